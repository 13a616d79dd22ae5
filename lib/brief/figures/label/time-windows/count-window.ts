import type { Raw } from "#brief/figures/card/figure.ts";
import { DURATIONS, MODALS } from "#brief/figures/language/lexicon.ts";
import { negated } from "#brief/figures/label/durations/past-doing.ts";
import { isWord, NUM, type Tok, WORD } from "#brief/figures/language/tokens.ts";
import { windowClause } from "#brief/figures/label/time-windows/window-clause.ts";
import { lastWindow } from "#brief/figures/label/time-windows/last-window.ts";
import { CARDINAL_WORDS } from "#news/numbers.ts";

// "left his side two 3-0 defeats in four days", "score just one goal in eight hours", "won two Bundesliga titles in
// seven years": a time "in" which a counted thing came holds that many of them ('four — days with two 3-0 defeats'),
// as ordinal-window.ts names "a third match in nine days" (days with three matches); the label was the unit alone, the
// commonest of cnndm-dev's bare "in N units". Only a count that ends right before "in" names what the window holds;
// a time the clause puts ahead or denies ("could win two titles in three years", "hasn't scored a goal in …") holds
// nothing yet.

/** Words before a count that the label keeps: "just one goal", "only four appearances". */
const LIMITS = new Set(["just", "only", "merely"]);

/** Words before "than" that bound a count: "more than 160 patients". */
const MORE = new Set(["more", "fewer", "less"]);

/** Nouns a count names no thing by: "30,000 times", "two occasions" ("N times in" counts how often, not what). */
const NO_THING = new Set(["time", "times", "occasion", "occasions", "percent", "per", "cent"]);


/** How many tokens a counted noun phrase may hold after its count: "two 3 - 0 defeats", "two Bundesliga titles". */
const PHRASE_WORDS = 5;

/**
 * "days with two 3-0 defeats" for the duration `r` (unit `unit`, its noun phrase ending at `npEnd`) after "in" (or "in
 * the space of"), when a counted noun phrase ends right before that "in" and its clause tells what happened; "" for any
 * other (`lead`: the tokens that open a sentence before its words).
 */
export function countWindow(toks: readonly Tok[], r: Raw, unit: string, npEnd: number, lead: number): string {
  // "scored 14 goals in the last two seasons": a window back from now too (last-window.ts).
  const within = windowIn(toks, r.s);
  const i = within < 0 ? lastWindow(toks, r.s) : within;
  if (i < 0 || !DURATIONS.has(unit)) return "";
  // "made just four appearances for Manchester United in two years": over a prepositional phrase after the counted noun.
  const end = afterPhrase(toks, i);
  // The noun phrase back from there: describing words, nouns and a score ("two 3-0 defeats"), to a count.
  let k = end - 2;
  while (k >= 0 && end - k <= PHRASE_WORDS && !count(toks, k) && phraseWord(toks[k])) k--;
  const head = toks[end - 1];
  // A plural the tagger calls a verb after the count is its noun ("two 3-0 defeats", "two defeats").
  const noun = isWord(head) && (head.pos === "NOUN" || (head.pos === "VERB" && head.l.endsWith("s")));
  if (!count(toks, k) || !noun || NO_THING.has(head.l)) return "";
  // "just one goal", "more than 160 patients": a count's limit stays with it.
  const from = LIMITS.has(toks[k - 1]?.l ?? "") ? k - 1 : isWord(toks[k - 1], "than") && MORE.has(toks[k - 2]?.l ?? "") ? k - 2 : k;
  // "the next two games in five days", "the first two goals in …": a count of the window's own, no count of what it held.
  const before = toks[from - 1];
  if (isWord(before) && (before.l === "the" || before.pos === "ADJ")) return "";
  // The clause's verb is before the count: "would have suffered | two defeats".
  const c = windowClause(toks, from, npEnd, lead);
  // A modal leaves the window's count to come or undone: "would have suffered two defeats". (An infinitive's "to play
  // two games in four days" is a time taken, duration-position.ts; "having to pick his side up from two defeats" is told.)
  if (c !== undefined && (negated(toks, c.verb) || toks.slice(Math.max(0, c.aux - 1), c.verb).some((t) => MODALS.has(t.l)))) return "";
  // (duration-position.ts leaves out a label longer than the card's.)
  return [unit, "with", ...words(toks, from, end)].join(" ");
}

/**
 * Where a counted noun phrase before the "in" at `i` ends: before a short phrase of a preposition and a name or noun
 * after it ("appearances | for Manchester United"), else at `i`.
 */
function afterPhrase(toks: readonly Tok[], i: number): number {
  for (let k = i - 1; k >= 0 && i - k <= PLACE_WORDS; k--) {
    const t = toks[k]!;
    if (isWord(t) && t.pos === "ADP" && k < i - 1 && (toks[k - 1]?.pos === "NOUN" || toks[k - 1]?.pos === "VERB")) return k;
    if (!isWord(t) || (t.pos !== "PROPN" && t.pos !== "NOUN" && t.pos !== "DET")) return i;
  }
  return i;
}

/** How many words a phrase after the counted noun may hold: "for Manchester United". */
const PLACE_WORDS = 4;

/** The label's words from `from` to `to`: a name keeps its capitals, a score its digits ("two 3-0 defeats"). */
function words(toks: readonly Tok[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let k = from; k < to; k++) {
    const t = toks[k]!;
    // "3", "-", "0" are one score.
    const word = t.kind === WORD;
    if (!word && k > from && toks[k - 1]!.kind !== WORD) out[out.length - 1] += t.s;
    else out.push(t.pos === "PROPN" || !word ? t.s : t.l);
  }
  return out;
}

/** Where the "in" before a duration starting at `s` is: right before it, or before "the space of"; -1 when none. */
export function windowIn(toks: readonly Tok[], s: number): number {
  if (isWord(toks[s - 1], "in")) return s - 1;
  const spaceOf = isWord(toks[s - 1], "of") && isWord(toks[s - 2], "space") && isWord(toks[s - 3], "the") && isWord(toks[s - 4], "in");
  return spaceOf ? s - 4 : -1;
}

/** Whether the token at `k` counts things: digits or a cardinal word ("one", "14"), no year nor a score's side ("3-0"). */
function count(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  if (t === undefined) return false;
  if (t.kind === NUM) return /^\d[\d,]*$/.test(t.s) && !/^(?:19|20)\d\d$/.test(t.s) && toks[k - 1]?.s !== "-" && toks[k + 1]?.s !== "-";
  return (CARDINAL_WORDS.get(t.l) ?? 0) >= 1 && isWord(t);
}

/** Words of a counted noun phrase after its count: "3-0", "Bundesliga", "defeats". */
function phraseWord(t: Tok | undefined): boolean {
  return t !== undefined && (t.pos === "NUM" || (isWord(t) && (t.pos === "ADJ" || t.pos === "NOUN" || t.pos === "PROPN")));
}

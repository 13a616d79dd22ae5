import type { Raw } from "#brief/figures/card/figure.ts";
import { AUXILIARIES, CONJUNCTIONS, DURATIONS, OPENING_QUOTES, POSSESSIVES, PRONOUNS } from "#brief/figures/language/lexicon.ts";
import { backNP, forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { CUR, isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";

// A duration said as a window of time ("in the last five years", "over the next 18 months", "within three days", "in
// the first 10 minutes") names no doing of its own: the clause it sits in says what happened in it. This file finds the
// window and that clause's pieces (subject, auxiliaries, verb, object); duration-window.ts and time-within.ts name the
// duration from them.

/** Which part of time a window is: looking back to now, ahead from now, a match's or a stretch's start or end. */
export type WindowKind = "back" | "ahead" | "start" | "end";

/** Words after "the" that make a window of the duration after them, and its kind. */
const WINDOW_WORDS: ReadonlyMap<string, WindowKind> = new Map([
  ["last", "back"], ["past", "back"], ["previous", "back"], ["next", "ahead"], ["coming", "ahead"],
  ["first", "start"], ["opening", "start"], ["final", "end"], ["closing", "end"],
]);

/** Prepositions that open a window: "in the last", "over the past", "during the first", "within the next". */
const WINDOW_PREPOSITIONS = new Set(["in", "over", "during", "within", "throughout", "inside", "for"]);

/** A window and where its phrase starts: the preposition ("in the last five years" → "in"), or the window word. */
export interface TimeWindow {
  kind: WindowKind;
  /** The window word ("last", "opening"). */
  word: string;
  /** Where the window's phrase starts: its preposition, else the window word. */
  start: number;
  /** Its preposition's word, "" when none ("a lacklustre opening 20 minutes"). */
  preposition: string;
}

/**
 * The window a duration starting at `r.s` is, when a window word stands right before it: "in the last five years" →
 * back, "over the next 18 months" → ahead, "the opening 20 minutes" → start; undefined for any other.
 */
export function timeWindow(toks: readonly Tok[], r: Raw): TimeWindow | undefined {
  // "my final 200m of the night": the unit is the amount's last word, or the window is of something else.
  if (!DURATIONS.has(toks[r.e]?.l ?? "")) return undefined;
  const w = toks[r.s - 1];
  const kind = w === undefined ? undefined : WINDOW_WORDS.get(w.l);
  if (kind === undefined || !isWord(w)) return undefined;
  // "in the last five years", "in his first two years"; "a lacklustre opening 20 minutes" has no preposition.
  const p = toks[r.s - 3];
  if (isWord(p) && WINDOW_PREPOSITIONS.has(p.l)) return { kind, word: w.l, start: r.s - 3, preposition: p.l };
  return { kind, word: w.l, start: r.s - 1, preposition: "" };
}

/** The pieces of a clause a window sits in: subject (may be absent), auxiliaries, verb and the object after it. */
export interface WindowClause {
  /** The subject's noun phrase [from, to), undefined when the parse finds none. */
  subject: [number, number] | undefined;
  /** The first auxiliary or adverb before the verb (the verb itself when none). */
  aux: number;
  verb: number;
  /** The end of the words after the verb that belong to it: before the window, or at the clause's end. */
  objectEnd: number;
  /** Whether the window opens the sentence and the clause follows it. */
  fronted: boolean;
}

/** How many words may stand between a verb and a window after it: "has started 15 Tests for the world champions". */
const OBJECT_REACH = 8;

/** Tags of the words between a verb and the window after it (or the "in" of a time taken, done-in.ts). */
export const OBJECT_TAGS: ReadonlySet<string> = new Set(["DET", "NOUN", "PROPN", "ADJ", "ADV", "ADP", "PRON", "PART", "NUM"]);

/**
 * The clause a window starting at `start` (its duration's noun phrase ending at `npEnd`) sits in: the clause after it
 * when it opens the sentence (`lead`: the tokens that open a sentence before its words), else the verb before it;
 * undefined when no verb the parse reads stands there.
 */
export function windowClause(toks: readonly Tok[], start: number, npEnd: number, lead: number): WindowClause | undefined {
  // "said, 'Over the past 30 years, Technogym has invested": a quotation that opens with the window is fronted too.
  const quoted = OPENING_QUOTES.has(toks[start - 1]?.s ?? "") && (start === 1 || !isWord(toks[start - 2]));
  // "'… changed her system. In the last six weeks she has moved …'": a quotation the splitter keeps whole holds
  // sentences of its own, and a window after one's stop opens the next (blind sample AZ's made-up T1).
  const afterStop = STOPS.has(toks[start - 1]?.s ?? "");
  return start === lead || quoted || afterStop ? clauseAfter(toks, npEnd) : clauseBefore(toks, start);
}


/** Marks that end a sentence inside a quotation the splitter keeps whole. */
const STOPS = new Set([".", "!", "?"]);

/** "In the past three days, his tweet has been retweeted …": the subject, auxiliaries and verb after a fronted window. */
function clauseAfter(toks: readonly Tok[], npEnd: number): WindowClause | undefined {
  // "In the last five months alone, the singer has played": over the window's "alone" (blind sample AZ's made-up T2).
  const alone = isWord(toks[npEnd], "alone") ? npEnd + 1 : npEnd;
  let k = toks[alone]?.s === "," ? alone + 1 : alone;
  const first = toks[k];
  if (!isWord(first)) return undefined;
  const from = k;
  k = PRONOUNS.has(first.l) || first.pos === "PRON" ? k + 1 : forwardNP(toks, pastDeterminers(toks, k));
  if (k === from || k === pastDeterminers(toks, from)) return undefined;
  const subject: [number, number] = [from, k];
  const aux = k;
  while (isWord(toks[k]) && (AUXILIARIES.has(toks[k]!.l) || toks[k]!.pos === "AUX" || toks[k]!.pos === "ADV")) k++;
  if (!isWord(toks[k]) || toks[k]!.pos !== "VERB") return undefined;
  let end = k + 1;
  while ((isWord(toks[end]) && !CONJUNCTIONS.has(toks[end]!.l)) || amount(toks[end])) end++;
  return { subject, aux, verb: k, objectEnd: end, fronted: true };
}

/** "Cruden has started 15 Tests for the world champions in the last two years": the verb, back over its object. */
function clauseBefore(toks: readonly Tok[], start: number): WindowClause | undefined {
  let v = start - 1;
  // A "verb" after an owner or an article is a noun ("their lead").
  const noun = (k: number): boolean => isWord(toks[k]) && ((toks[k]!.pos !== "VERB" && toks[k]!.pos !== "AUX") || owned(toks[k - 1]));
  while (v >= 0 && start - v <= OBJECT_REACH && (amount(toks[v]) || noun(v))) {
    const t = toks[v]!;
    if (!amount(t) && t.pos !== "VERB" && (!OBJECT_TAGS.has(t.pos ?? "") || CONJUNCTIONS.has(t.l))) return undefined;
    v--;
  }
  const verb = toks[v];
  // "will have his eye on a world title", "There should be handsets out": "have" and "be" the tagger calls auxiliaries
  // are the verb when nothing follows them but the object.
  if (!isWord(verb) || (verb.pos !== "VERB" && verb.pos !== "AUX") || start - v > OBJECT_REACH) return undefined;
  let aux = v;
  while (isWord(toks[aux - 1]) && (AUXILIARIES.has(toks[aux - 1]!.l) || toks[aux - 1]!.pos === "AUX" || toks[aux - 1]!.pos === "ADV")) aux--;
  return { subject: backNP(toks, aux, false), aux, verb: v, objectEnd: start, fronted: false };
}

/** Whether a token is an amount's in an object: digits, a currency sign, a percent sign ("shrank 0.2%", "raised £5m"). */
function amount(t: Tok | undefined): boolean {
  return t !== undefined && (t.kind === NUM || t.kind === CUR || t.s === "%");
}

/** Whether a word before one the tagger calls a verb makes it a noun: an article or an owner ("their lead"). */
function owned(t: Tok | undefined): boolean {
  return t !== undefined && (t.pos === "DET" || POSSESSIVES.has(t.l));
}

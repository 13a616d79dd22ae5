import type { Raw } from "#brief/figures/card/figure.ts";
import { plural } from "#brief/figures/language/phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";
import { windowIn } from "#brief/figures/label/time-windows/count-window.ts";
import { lastWindow } from "#brief/figures/label/time-windows/last-window.ts";
import { CARDINAL_WORDS, ORDINAL_WORDS } from "#news/numbers.ts";

// "It was a third match in nine days", "Saints' ninth manager in eight years", "her second defeat in two days": a time
// an ordinal's thing came "in" holds that many of them ('nine — days with three matches'); the label was the unit alone.
// "the first … in N years" is a time since the last one (duration-position.ts), and "the seventh time in eight years"
// counts no thing a label can name.

/** Cardinal words by value, for the count an ordinal makes ("third" → three). */
const CARDINALS: ReadonlyMap<number, string> = new Map([...CARDINAL_WORDS].filter(([w]) => !w.includes("-")).map(([w, n]) => [n, w]));

/** Nouns an ordinal counts that name no thing: "the seventh time", "a second chance". */
const NO_THING = new Set(["time", "times", "occasion", "chance", "attempt", "half", "place", "round", "day", "year", "week", "month"]);

/** Words between an ordinal and its noun that the label leaves out: "a second such incident". */
const SKIPPED = new Set(["such", "straight", "successive", "consecutive"]);

/** How far before "in" the ordinal is looked for: "second appearance at an awards show in". */
const REACH = 8;

/**
 * "days with three matches" for the duration `r` (unit `unit`) after "in" (or "in the space of") or "within", when an
 * ordinal and its noun stand a few words before; "" for any other ("first", a time, a noun the label cannot name).
 */
export function ordinalWindow(toks: readonly Tok[], r: Raw, unit: string): string {
  // "a second offence in the space of 48 hours": the "in" may stand before "the space of" (windowIn), as a count's does.
  const within = isWord(toks[r.s - 1], "within") ? r.s - 1 : windowIn(toks, r.s);
  // "the twelfth stranded dolphin found in the last 20 years" (last-window.ts).
  const i = within < 0 ? lastWindow(toks, r.s) : within;
  if (i < 0) return "";
  for (let k = i - 1; k >= 0 && i - k <= REACH; k--) {
    const t = toks[k];
    if (!isWord(t)) return "";
    const n = ORDINAL_WORDS.get(t.l);
    if (n === undefined) continue;
    const count = n >= 2 ? CARDINALS.get(n) : undefined;
    if (count === undefined) return "";
    // The noun: describing words and a compound's nouns after the ordinal ("second literary event"); one the tagger
    // calls an adjective is none ("the second highest").
    let j = k + 1;
    while (SKIPPED.has(toks[j]?.l ?? "")) j++;
    const from = j;
    // "the twelfth stranded dolphin": a participle before a noun describes it, whatever the tagger calls it.
    const describing = (t: Tok | undefined): boolean => isWord(t) && t.pos === "VERB" && t.l.endsWith("ed") && toks[j + 1]?.pos === "NOUN";
    while (isWord(toks[j]) && (toks[j]!.pos === "ADJ" || toks[j]!.pos === "NOUN" || toks[j]!.pos === "PROPN" || (j === from && describing(toks[j])))) j++;
    const head = toks[j - 1];
    if (j === from || head === undefined || NO_THING.has(head.l) || head.pos === "ADJ") return "";
    // Pushed into a literal's array, not mapped from a slice: one array layout whatever the words (speed37, speed38).
    const words: string[] = [];
    for (let w = from; w < j; w++) words.push(toks[w]!.pos === "PROPN" ? toks[w]!.s : toks[w]!.l);
    words[words.length - 1] = plural(words[words.length - 1]!);
    // (duration-position.ts leaves out a label longer than the card's.)
    return [unit, "with", count, ...words].join(" ");
  }
  return "";
}

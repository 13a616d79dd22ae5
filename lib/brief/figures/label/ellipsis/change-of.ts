import type { Raw } from "#brief/figures/card/figure.ts";
import { CHANGE_NOUNS, YEAR_DIGITS } from "#brief/figures/language/lexicon.ts";
import { isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";

// A percent change set beside the amount it changes names nothing of its own: "the number sold will reach 159
// million, an increase of 104%", "a collective turnover of £1 billion last year -- a 22 per cent increase from 2010",
// "217 penalty notices were issued … -- an increase of 61 per cent", "Retail sales dropped by 1% …, after a 0.6% rise
// in November". Each was labelled by its change noun alone ("increase", "rise"), which says how but not what; the
// amount just named says what.


/** Words before the change's article that set it beside the clause before: an aside or the change before this one. */
const BESIDE = new Set([",", "-", "--", "–", "—", "(", "after", "following", "marking", "representing"]);

/** Labels of an amount that name no thing a change could be in: an index's points are a measure of the index (change-taking.ts reads it too). */
export const NO_THING = new Set(["number", "total", "figure", "amount", "sum", "tally", "points"]);

/** "rise in retail sales" → "retail sales": what an earlier percent change was a change in. */
const CHANGE_IN = /^(?:rise|fall|increase|decrease|drop) in (.+)$/;

/**
 * The label of `r`, a percent labelled by a change noun alone, as a change in what `before` (the labelled figure said
 * just before it in the sentence) counts: "increase in penalty notices", "rise in retail sales"; "" when it is not
 * one. Only when the change stands beside that figure (after a comma, a dash or a bracket, or "after" the change
 * before it): "in contrast with a 33 per cent fall for cigarettes" is a change of something else.
 */
export function changeOfBefore(toks: readonly Tok[], r: Raw, before: Raw | undefined): string {
  if (!r.percent || !CHANGE_NOUNS.has(r.label) || before === undefined || before.drop || before.fallback === true || before.fold !== undefined) return "";
  // "an increase of 104%": the change noun before "of"; "a startling 6 per cent fall": an adjective between.
  let k = isWord(toks[r.s - 1], "of") && toks[r.s - 2]?.l === r.label ? r.s - 3 : r.s - 1;
  while (toks[k]?.pos === "ADJ" || toks[k]?.pos === "ADV") k--;
  if (isWord(toks[k], "a") || isWord(toks[k], "an") || isWord(toks[k], "the")) k--;
  if (!BESIDE.has(toks[k]?.l ?? "")) return "";
  // "241m in 2007 and 10m more (a 4.4 per cent rise)": another amount between is the one changed, read or not.
  for (let j = before.e; j < k; j++) if (toks[j]?.kind === NUM && !YEAR_DIGITS.test(toks[j]!.s)) return "";
  let thing = before.label;
  if (before.percent) {
    // A share names a part, not a thing that moved; an earlier change names what moved.
    const moved = CHANGE_IN.exec(thing);
    if (moved === null) return "";
    thing = moved[1]!;
  }
  const last = thing.split(" ").at(-1) ?? "";
  if (NO_THING.has(thing) || last.endsWith("ed")) return "";
  return `${r.label} in ${thing}`;
}

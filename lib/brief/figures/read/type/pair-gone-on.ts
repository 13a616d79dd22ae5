import type { Raw } from "#brief/figures/card/figure.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "a toy crane that hops along on two feet", "the foal stood on four feet": what a body or a machine goes or stands on is
// its feet, counted as "walked on two legs" is, no length (card audit 57's type error: '2 feet — feet', a measure with
// its unit for a label). "on two feet of snow", "on two feet high stilts" measure.

/** Words after a length's unit: "two feet of snow", "two feet high", "two feet away". */
const LENGTH_AFTER = new Set(["of", "high", "deep", "tall", "long", "wide", "away", "apart", "thick", "below", "above", "under", "over", "from"]);

/** Turns "on two feet" read as a length (r) into a count of feet; any other figure is left as it is. */
export function pairGoneOn(toks: readonly Tok[], r: Raw): void {
  // The unit is looked at first: almost no figure is in feet.
  if (r.unit !== "feet" || (r.value !== 2 && r.value !== 4) || !isWord(toks[r.s - 1], "on")) return;
  // The unit word is right after the number's display ("two" feet) or its last token ("2 feet"); a length goes on to
  // what it measures.
  const p = isWord(toks[r.e], "feet") ? r.e : r.e - 1;
  if (!isWord(toks[p], "feet") || LENGTH_AFTER.has(toks[p + 1]?.l ?? "")) return;
  r.kind = "count";
  r.type = "count";
  // Cleared, not deleted: a delete makes the Raw a slow dictionary-mode object for every rule after (rawOf, figure.ts).
  r.unit = undefined;
  r.label = "feet";
}

import type { Raw } from "#brief/figures/card/figure.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// A measure of each of many things ("our own haversacks weighing 10 kg each") is a detail of them, not a figure of the
// story: since 7f4d620 read spaced units, the haversacks' '10 kg' took the card slot of Everest's 8,850 metres.
// Money each ("£5 each") is a price and a count each ("two goals each") a tally, so only measures.

/** How much a measure of each thing ranks against the rest: as a hypothetical does (hypothetical.ts). */
export const PER_ITEM_FACTOR = 0.4;

/** Whether the figure is a measure said of each of several things ("weighing 10 kg each"). */
export function perItem(toks: readonly Tok[], r: Raw): boolean {
  return r.kind === "measure" && r.currency === undefined && !r.percent && isWord(toks[r.e], "each");
}

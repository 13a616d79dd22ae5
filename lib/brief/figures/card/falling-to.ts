import type { Raw } from "#brief/figures/card/figure.ts";
import { isWord, type Tok, upDown } from "#brief/figures/language/tokens.ts";

// "The term was reduced 12 to 9 months", "The death toll fell 12 to 9": a fall from one level to another said without
// "from". read.ts reads a rising "N to M" as a range, so what reaches here has N above M; after a verb of falling that
// is the two levels, as a fall by N to M would take the thing down by more than half. Counts, durations and measures
// only ("Output fell 12km to 9 km"): "profits fell £12m to £9m" and "fell 5% to 3%" are as often a change by N; and a
// verb of rising is left alone.

/** Whether `r` is the earlier level of `after` ("reduced 12 to 9 months"), linked as "from 12 to 9 months" would be. */
export function fallingTo(toks: readonly Tok[], r: Raw, after: Raw | undefined): boolean {
  if (after === undefined || r.currency !== undefined || r.percent || after.currency !== undefined || after.percent) return false;
  // The first level is a bare number, the second holds the unit ("12 to 9 months"), or both hold the same abbreviated
  // unit ("Output fell 12km to 9 km"); a range of its own is none.
  if ((r.glued !== undefined && r.glued !== after.glued) || r.compound !== undefined || r.valueMax !== undefined || after.valueMax !== undefined) return false;
  // A level below the next is no earlier level of a fall: "fell 11,000 to 813,200" is a change and the level reached
  // (read-amount's change-to-level.ts keeps it from being a range). A place falls to a higher number ("fell 3 to 5th").
  const lower = after.ordinal || r.value > after.value;
  return upDown(toks[r.s - 1]) === "down" && isWord(toks[r.e], "to") && after.s === r.e + 1 && lower;
}

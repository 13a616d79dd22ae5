import type { Raw } from "#brief/figures/card/figure.ts";
import { timeWithout } from "#brief/figures/label/time-windows/time-without.ts";
import type { Tok } from "#brief/figures/language/tokens.ts";

// "Rangers, who had not won in nine games", "has not scored in six matches", "have not kept a clean sheet in five
// games": a count of units after "in" or "for" whose governing verb is denied is a run of them without that doing,
// as a denied doing's time is (time-without.ts, whose reading this is: the same auxiliaries, object and "-ing").
// Labelled by its noun alone ('nine — games') it read as the games played (sample BE's shape 1).

/**
 * Relabels a count by its noun phrase when a denied verb governs it: "games without winning", "league games without
 * scoring"; only a count: money is paid or spent, no run ("has not paid in £500 of fees"), and a time is time-without.ts'
 * to label (it runs before the mend, and a time it left alone, "for 24 hours straight", has its reasons).
 */
export function countWithout(toks: readonly Tok[], r: Raw): void {
  if (r.kind !== "count" || r.label === "") return;
  const without = timeWithout(toks, r, r.label);
  if (without !== "") r.label = without;
}

// A percentage compared with "than" right after an amount is that amount's change ("24% higher than in 2003"),
// labelled as a rise or fall in it whatever the percentage's own words say.
import type { Raw } from "#brief/figures/card/figure.ts";
import { COMPARATIVES } from "#brief/figures/language/lexicon.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

/**
 * "produced 14.27 million tonnes of crops in 2004, 24% higher than in 2003": a percentage followed by a
 * comparative and "than" is the change of the amount just named ("rise in crops"), whatever its words say.
 */
export function comparedWithBefore(toks: readonly Tok[], before: Raw | undefined, r: Raw): void {
  const dir = r.percent ? COMPARATIVES.get(toks[r.e]?.l ?? "") : undefined;
  // An amount that already carries its change (linkAmounts) is compared once: "…, 24% higher than in 2003 and
  // 21% more than the average" — the second is against something else.
  if (dir === undefined || before === undefined || before.percent || before.change !== undefined || before.label === "" || !isWord(toks[r.e + 1], "than")) return;
  r.label = `${dir === "up" ? "rise" : "fall"} in ${before.label}`;
}

// An amount said not to be needed ("you don't need a £10,000 bike") is a hypothetical, not a figure the story
// reports: the card ranks it low rather than dropping it.
import type { Tok } from "#brief/figures/language/tokens.ts";

/** A hypothetical amount weighs this much of one the story reports. */
export const HYPOTHETICAL_FACTOR = 0.4;

/** A negated need or obligation a few words before the amount: "don't need a", "doesn't have to pay". */
export function hypothetical(toks: readonly Tok[], s: number): boolean {
  let negated = false;
  for (let k = s - 1; k >= 0 && s - k <= 5; k--) {
    const l = toks[k]?.l ?? "";
    if (l === "need" || l === "needs" || l === "have" || l === "has") {
      const n = toks[k - 1]?.l ?? "";
      negated = n.endsWith("n't") || n === "not" || n === "never" || n === "no";
      if (negated) return true;
    }
  }
  return false;
}

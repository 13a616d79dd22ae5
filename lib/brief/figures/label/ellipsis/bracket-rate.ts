import type { Raw } from "#brief/figures/card/figure.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "Her paintings fetched £4m for the gallery (or £400,000 a year over the decade)": a rate bracketed after a total
// with "or" is the total said per period, so it is labelled as the total is, with its period ('£400,000 — a year' said
// nothing; card audit 32's pattern 2), as a named deal's does through rate-anaphor.ts ("… worth £90m over three seasons
// (or £30m a year)" → deal a year).

/** A rate's label that is its period alone: "a year", "per week", "every month". */
const PERIOD_ONLY = /^(?:a|an|per|every) \w+$/;

/**
 * The label of a rate `r` bracketed with "or" after `total` (the last amount of its currency before it): the total's
 * label with the rate's period; undefined when `r` is no such rate, says more than its period, or the total has no label.
 */
export function bracketRate(toks: readonly Tok[], r: Raw, total: Raw | undefined): string | undefined {
  if (total === undefined || total.label === "" || !PERIOD_ONLY.test(r.label)) return undefined;
  const or = isWord(toks[r.s - 1], "or") && toks[r.s - 2]?.s === "(";
  return or ? `${total.label} ${r.label}` : undefined;
}

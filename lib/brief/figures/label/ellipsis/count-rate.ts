import { RATE_PERIODS } from "#brief/figures/language/lexicon.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// A bare count said as a rate ("8,000 applications - equivalent to 40 a day") leaves its noun to the count before it,
// and keeps its period: 40 is applications a day, not "equivalent" (the subject the reading took, card audit 13's
// sample G), nor applications in all.

/** Words after a period that make it a time, not a rate: "a year earlier", "a week ago". */
const TIME_AFTER = new Set(["earlier", "ago", "before", "later", "after", "on", "from"]);

/**
 * The rate's period right after a number that ends at `e` ("a day", "per week", "an hour"), or "" when none follows.
 */
export function periodAfter(toks: readonly Tok[], e: number): string {
  const per = toks[e];
  const period = toks[e + 1];
  if (!isWord(per) || !(per.l === "a" || per.l === "an" || per.l === "per") || !isWord(period) || !RATE_PERIODS.has(period.l)) return "";
  return TIME_AFTER.has(toks[e + 2]?.l ?? "") ? "" : `${per.l} ${period.l}`;
}

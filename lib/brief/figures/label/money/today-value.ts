import type { Raw } from "#brief/figures/card/figure.ts";

// "sold the guitar for $3,000 in 1958, which would be around £25,000 by today's standards", "The ticket cost just $4
// in 1962, about £40 in today's money": a sum restated in today's money is the earlier sum's thing, not the yardstick
// ('around £25,000 — today's standards', card audit 47, sample AO). It takes the label of the money said before it in
// the sentence, with the yardstick kept as "in today's money".

/** Labels that name only the yardstick a sum is restated by. */
const YARDSTICK = /^today['’]s (?:standards|money|terms|prices|values?)$/;

/** The label of a sum restated in today's money after `before` (the sentence's money before it), else undefined. */
export function todayValue(r: Raw, before: Raw | undefined): string | undefined {
  if (r.currency === undefined || before === undefined || !YARDSTICK.test(r.label) || before.label === "" || YARDSTICK.test(before.label)) return undefined;
  return `${before.label} in today's money`;
}

import type { Raw } from "#brief/figures/card/figure.ts";

// "The two stations drew 3 and 4 million viewers": the first of a pair that takes the second's scale (shared-scale.ts)
// counts the second's noun too, as it shares its "million"; read alone it named nothing and took the noun of the count
// before it ('3 million — stations'). A second that counts no noun (a sum: "fined $3 and $4 million in the cases")
// lends no label.

/** Gives the scaled first of "N and M million NOUN" (the raw before `second`) the second's label and kind. */
export function scaledFirst(first: Raw | undefined, second: Raw): void {
  if (first?.scale === undefined || second.noun === undefined) return;
  first.label = second.label;
  first.kind = second.kind;
}

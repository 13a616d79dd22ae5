import type { Raw } from "#brief/figures/card/figure.ts";

// "a skeleton … 128,000 to 187,000 years old", "a 4,000-year-old tomb": an age no one lives to is a thing's, not a
// person's. A person's age is no card figure; a thing's age is how old it is, read as any duration is.

/** More years than a person lives: the "years old" is a thing's age. */
const LIFESPAN = 130;

/** Whether the amount (its top end for a range) is more years than any person lives. */
export function pastLifespan(r: Pick<Raw, "value" | "valueMax">): boolean {
  return (r.valueMax ?? r.value) > LIFESPAN;
}

// Money followed by "in what …" is not counted in "what": the words open a clause (noun-after.ts), and the amount is
// labelled as if nothing followed it.
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("'in what' after an amount names no unit it is counted in", () => {
  it("'… raise takings upwards of $40 million in what is billed as the tour of the year': takings, not 'what'", () => {
    const text = "The concert will raise takings upwards of $40 million in what is billed as the tour of the year.";
    expect(exact(at(text, 40_000_000))).toEqual(want(40_000_000, "upwards of", "USD", "raise takings", "money"));
  });
});

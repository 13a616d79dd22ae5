// "has been stopped by police six times in the past two months": the window of a count of times is said with the
// count, no figure of its own (card audit 56, sample AX's made-up shape 11: read 'two — months').
import { describe, expect, it } from "vitest";
import { exactOnly, labelOf, want } from "#test/helpers/figures.ts";

describe("times-window.ts: a window right after a count of times is off the card", () => {
  it("'She has been fined four times in the last three years.' → only 4 — times fined", () => {
    expect(exactOnly("She has been fined four times in the last three years.")).toEqual(want(4, undefined, undefined, "times fined", "count"));
  });
  it("'The bridge has flooded 12 times in the past 20 years.' → only 12 — times flooded", () => {
    expect(exactOnly("The bridge has flooded 12 times in the past 20 years.")).toEqual(want(12, undefined, undefined, "times flooded", "count"));
  });
  it("near miss: a bare 'in' says how fast: 'The clip was viewed 9,000 times in two hours.' keeps 2 — hours", () => {
    expect(labelOf("The clip was viewed 9,000 times in two hours.", 2)).toBe("hours");
  });
  it("near miss: a window after a count of things keeps its figure: 'He scored nine goals in the past three months.'", () => {
    expect(labelOf("He scored nine goals in the past three months.", 3)).toBe("months with nine goals");
  });
});

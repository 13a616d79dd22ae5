// The first of a pair takes the unit said after the second, in digits or in words ("jailed for eight and seven years
// respectively" → eight — years in prison), with the second's prison term or ban (label-count-noun.ts sharedUnit).
// Each a one-sentence repro with the exact figure, and the near misses that stay as they were.
import { describe, expect, it } from "vitest";
import { at, duration, exact, figs, want } from "#test/helpers/figures.ts";

describe("the first of a pair takes the second's unit", () => {
  it("'jailed for eight and seven years respectively' → 8 — years in prison", () => {
    expect(exact(at("The two men were jailed for eight and seven years respectively.", 8))).toEqual(duration(8, "years", "years in prison"));
  });

  it("'jailed for 15 and 18 years respectively' → 15 — years in prison, in digits too", () => {
    expect(exact(at("The brothers were jailed for 15 and 18 years respectively.", 15))).toEqual(duration(15, "years", "years in prison"));
  });

  it("'banned from driving for two and three years' → 2 — years ban", () => {
    expect(exact(at("The drivers were banned from driving for two and three years.", 2))).toEqual(duration(2, "years", "years ban"));
  });

  it("'took nine and eleven months to build' → 9 — months, no term", () => {
    expect(exact(at("The two bridges took nine and eleven months to build.", 9))).toEqual(duration(9, "months", "months"));
  });
});

describe("near misses", () => {
  it("'Sixteen and seventeen year olds' are ages: no figure", () => {
    expect(figs("Sixteen and seventeen year olds should not be allowed to vote.")).toEqual([]);
  });

  it("'five men and two women' share no unit: each its own noun", () => {
    expect(figs("Five men and two women were detained.").map((f) => f.label)).toEqual(["men detained", "women detained"]);
  });
});

describe("the first of a pair takes the second's area", () => {
  // Was '3 — square' (the unit's first word alone), '500 — square', '3 — sq'.
  it.each([
    ["They sold 3 and 4 square foot plots.", 3, "square feet", "size of plots"],
    ["Flats of 500 and 600 square feet were sold.", 500, "square feet", "area"],
    ["They sold 3 and 4 sq ft plots.", 3, "sq ft", "size of plots"],
  ])("'%s': %i %s — %s", (text, value, unit, label) => {
    expect(exact(at(text, value))).toEqual(want(value, undefined, unit, label, "measure"));
  });
});

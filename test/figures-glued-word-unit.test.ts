// A unit's whole word glued to its number by a missing space is the unit (lexicon.ts' GLUED_UNITS), and a grade point
// average is a score, never a figure (grade-average.ts).
import { describe, expect, it } from "vitest";
import { exactOnly, typedList, want } from "#test/helpers/figures.ts";

describe("a whole unit word glued to its number", () => {
  it("'The villagers walked more than 120miles to the border.': more than 120 miles — miles walked, a measure", () => {
    expect(exactOnly("The villagers walked more than 120miles to the border.")).toEqual(want(120, "more than", "miles", "miles walked", "measure"));
  });
});

describe("a grade point average", () => {
  it("'She left school with a modest 2.6 GPA.': a score, no identifier", () => {
    expect(typedList("She left school with a modest 2.6 GPA.")).toEqual([["2.6 GPA", "score", false]]);
  });
  it("'He earned a 3.7 grade point average.': a score, no count of 'grade point average'", () => {
    expect(typedList("He earned a 3.7 grade point average.")).toEqual([["3.7 grade point average", "score", false]]);
  });
});

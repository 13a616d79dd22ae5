// An age group written with an apostrophe ("30-something's", "the over 60's") is an age, no count: as "20-somethings"
// and "people over 50" are (compound-idiom.ts, age-bound.ts).
import { describe, expect, it } from "vitest";
import { typedList } from "#test/helpers/figures.ts";

describe("age groups with an apostrophe", () => {
  it("'The craze has moved from 40-something's to the over 70's.': two ages, neither a figure", () => {
    expect(typedList("The craze has moved from 40-something's to the over 70's.")).toEqual([["40-something's", "age", false], ["over 70", "age", false]]);
  });
});

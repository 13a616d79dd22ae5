// A temperature said by its decade ("lows dropped into the mid-40s", "highs in the low 60s") is a measure in degrees,
// the part of the decade its qualifier, where it read as a year or an identifier, no candidate (card audit 51, sample
// AS's made-up shape 14).
import { describe, expect, it } from "vitest";
import { exactOnly, typedList, want } from "#test/helpers/figures.ts";

const degrees = (value: number, qualifier: string | undefined) => want(value, qualifier, "degrees", "temperature", "measure");

describe("temperature-decade.ts: a temperature by its decade", () => {
  it("'Overnight lows dropped into the mid-40s across the valley, and snow fell on the hills.' → mid 40 degrees", () => {
    // Was '40', an identifier.
    expect(exactOnly("Overnight lows dropped into the mid-40s across the valley, and snow fell on the hills.")).toEqual(degrees(40, "mid"));
  });
  it("'Highs will reach the low 60s on Friday.' → low 60 degrees", () => {
    // Was '60', a year.
    expect(exactOnly("Highs will reach the low 60s on Friday.")).toEqual(degrees(60, "low"));
  });
  it("near miss: 'She is in her mid-40s.' → no temperature said, no candidate as before", () => {
    expect(typedList("She is in her mid-40s.")).toEqual([["40", "identifier", false]]);
  });
  it("near miss: 'He moved there in the mid-1990s.' → a decade of years, as before", () => {
    expect(typedList("He moved there in the mid-1990s.")).toEqual([["1990", "identifier", false]]);
  });
  it("near miss: 'The suspect, in his mid-40s, was arrested as temperatures soared.' → an age, no candidate as before", () => {
    expect(typedList("The suspect, in his mid-40s, was arrested as temperatures soared.")).toEqual([["40", "identifier", false]]);
  });
  it("near miss: 'Temperatures soared as crowds danced to hits of the 70s.' → a decade of years in another clause, as before", () => {
    expect(typedList("Temperatures soared as crowds danced to hits of the 70s.")).toEqual([["70", "year", false]]);
  });
  it("near miss: 'Temperatures in the 30s did not stop the mid-50s runner.' → the runner's age no temperature", () => {
    expect(typedList("Temperatures in the 30s did not stop the mid-50s runner.")).toEqual([["30s", "measure", true], ["50", "identifier", false]]);
  });
  it("near miss: 'Temperatures hit the 40s, the highest since the 80s.' → 'since the 80s' a decade of years", () => {
    expect(typedList("Temperatures hit the 40s, the highest since the 80s.")).toEqual([["40s", "measure", true], ["80", "year", false]]);
  });
});

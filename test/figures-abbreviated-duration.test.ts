// Durations said with an abbreviated unit ("3 yrs", "90 mins") are durations, not counts of the abbreviation (lexicon.ts'
// DURATIONS), shown and compared spelled out (unit-spelling.ts).
import { describe, expect, it } from "vitest";
import { exactOnly } from "#test/helpers/figures.ts";

describe("an abbreviated unit of time", () => {
  it("'He served 5 yrs in prison.': years, a duration", () => {
    expect(exactOnly("He served 5 yrs in prison.")).toEqual({ value: 5, qualifier: undefined, unit: "years", label: "years in prison", type: "duration" });
  });
  it("'They have done 10 yrs already.': a duration with nothing else of it said", () => {
    expect(exactOnly("They have done 10 yrs already.")).toMatchObject({ value: 10, unit: "years", type: "duration" });
  });
  it("'He was out for 90 mins.': minutes, as before", () => {
    expect(exactOnly("He was out for 90 mins.")).toMatchObject({ value: 90, unit: "minutes", type: "duration" });
  });
});

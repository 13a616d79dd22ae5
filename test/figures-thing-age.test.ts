// An "N-year-old" no one lives to is a thing's age, a duration in years, as "128,000 years old" is (past-lifespan.ts);
// a person's stays an age, no figure.
import { describe, expect, it } from "vitest";
import { exactOnly, typedList } from "#test/helpers/figures.ts";

describe("a thing's age past a lifespan", () => {
  it("\"Builders uncovered a 2,500-year-old temple under the car park.\": a duration", () => {
    expect(exactOnly("Builders uncovered a 2,500-year-old temple under the car park.")).toMatchObject({ value: 2500, unit: "years", type: "duration", label: "temple" });
  });
  it("\"The club scrapped a 150-year-old rule.\": just past a lifespan", () => {
    expect(exactOnly("The club scrapped a 150-year-old rule.")).toMatchObject({ value: 150, unit: "years", type: "duration" });
  });
});

describe("near misses", () => {
  it("\"A 104-year-old woman voted for the first time.\": a person's age, no figure", () => {
    expect(typedList("A 104-year-old woman voted for the first time.")).toEqual([["104-year-old", "age", false]]);
  });
  it("\"Police reopened a 30-year-old cold case.\": within a lifespan the compound stays an age (a thing's age is not told apart yet)", () => {
    expect(typedList("Police reopened a 30-year-old cold case.")).toEqual([["30-year-old", "age", false]]);
  });
  it("\"Doctors saved a 150-day-old baby girl.\": past 130 in days is no lifespan passed; an age, no figure", () => {
    expect(typedList("Doctors saved a 150-day-old baby girl.")).toEqual([["150-day-old", "age", false]]);
  });
});

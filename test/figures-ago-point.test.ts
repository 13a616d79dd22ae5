// A time "ago" after "from", "of" or "than" names a point in time, as a date does, no figure (ago-point.ts).
import { describe, expect, it } from "vitest";
import { exactOnly, one, typedList, want } from "#test/helpers/figures.ts";

describe("'from N years ago', 'of N years ago', 'than N years ago' are time points", () => {
  it("\"If the bitter amalgamation of 21 years ago produced a fine club, it cost fans.\": which amalgamation, no span", () => {
    expect(typedList("If the bitter amalgamation of 21 years ago produced a fine club, it cost fans.")).toEqual([["21 years ago", "date", false]]);
  });
  it("\"It should be a better fight than five years ago.\"", () => {
    expect(typedList("It should be a better fight than five years ago.")).toEqual([["five years ago", "date", false]]);
  });
  it("\"The clock is based on a design by John Harrison from 300 years ago.\": an era, no span", () => {
    expect(typedList("The clock is based on a design by John Harrison from 300 years ago.")).toEqual([["300 years ago", "date", false]]);
  });
  it("\"It is a far cry from about 20 years ago, when the sport nearly died.\": a hedge too", () => {
    expect(typedList("It is a far cry from about 20 years ago, when the sport nearly died.")).toEqual([["about 20 years ago", "date", false]]);
  });
  it("\"Prices are up 20% from five years ago.\": the change stays, its time point is none", () => {
    expect(exactOnly("Prices are up 20% from five years ago.")).toMatchObject({ value: 20, unit: "%", type: "percent" });
  });
});

describe("'compared to N years ago' is the time point compared against, no earlier level", () => {
  it("\"Almost 2.5 million more tenants are unhappy with their landlords compared to six years ago.\": no 'from 6' (blind sample AZ's value error, made up)", () => {
    expect(exactOnly("Almost 2.5 million more tenants are unhappy with their landlords compared to six years ago.")).toEqual(want(2500000, "almost", undefined, "more tenants", "count"));
    expect(typedList("Almost 2.5 million more tenants are unhappy with their landlords compared to six years ago.")).toContainEqual(["six years ago", "date", false]);
  });
  it("\"Fares are 20% higher compared with five years ago.\"", () => {
    expect(typedList("Fares are 20% higher compared with five years ago.")).toEqual([["20%", "percent", true], ["five years ago", "date", false]]);
  });
  it("near miss: \"Sales were 40,000, compared with 35,000 a decade ago.\": the 35,000 is the earlier level", () => {
    expect(one("Sales were 40,000, compared with 35,000 a decade ago.")).toMatchObject({ value: 40000, previous: 35000 });
  });
});

describe("near misses", () => {
  it("\"He died three years ago.\": a time ago after a verb dates the event, named by it, and stays", () => {
    expect(exactOnly("He died three years ago in Leeds.")).toEqual(want(3, undefined, "years", "years since dying", "duration"));
  });
  it("\"He was banned from 20 games two years ago.\": 'from' before a count that is no time ago", () => {
    expect(typedList("He was banned from 20 games two years ago.").map((x) => x[1])).toEqual(["count", "duration"]);
  });
});

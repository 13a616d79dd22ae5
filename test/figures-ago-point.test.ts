// A time "ago" after "from", "of" or "than" names a point in time, as a date does, no figure (ago-point.ts).
import { describe, expect, it } from "vitest";
import { exactOnly, typedList, want } from "#test/helpers/figures.ts";

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

describe("near misses", () => {
  it("\"He died three years ago.\": a time ago after a verb dates the event, named by it, and stays", () => {
    expect(exactOnly("He died three years ago in Leeds.")).toEqual(want(3, undefined, "years", "years since dying", "duration"));
  });
  it("\"He was banned from 20 games two years ago.\": 'from' before a count that is no time ago", () => {
    expect(typedList("He was banned from 20 games two years ago.").map((x) => x[1])).toEqual(["count", "duration"]);
  });
});

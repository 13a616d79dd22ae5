// A league table's "bottom N" is a section of places, a rank as "the top N" is, no count (table-section.ts).
import { describe, expect, it } from "vitest";
import { exactOnly, typedList, want } from "#test/helpers/figures.ts";

describe("the bottom of a table", () => {
  it("\"The final round of bottom six fixtures is on Sunday.\": a section, no count of fixtures", () => {
    expect(typedList("The final round of bottom six fixtures is on Sunday.")).toEqual([["six", "rank", false]]);
  });
  it("\"Rovers are three points above the bottom four.\": the gap counts, the section does not", () => {
    expect(exactOnly("Rovers are three points above the bottom four.")).toEqual(want(3, undefined, undefined, "points", "count"));
  });
  it("\"A late win lifted the club out of the bottom 3.\": in digits too", () => {
    expect(typedList("A late win lifted the club out of the bottom 3.")).toEqual([["3", "rank", false]]);
  });
});

describe("near misses", () => {
  it("\"Shares hit rock bottom two years ago.\": no table; a span of time", () => {
    expect(exactOnly("Shares hit rock bottom two years ago.")).toMatchObject({ value: 2, unit: "years", type: "duration" });
  });
  it("\"After he hit rock bottom two friends took him in.\": no table; the friends count", () => {
    expect(exactOnly("After he hit rock bottom two friends took him in.")).toMatchObject({ value: 2, type: "count" });
  });
  it("\"The bakery hit bottom three months ago.\": before a unit of time, no section", () => {
    expect(exactOnly("The bakery hit bottom three months ago.")).toMatchObject({ value: 3, unit: "months", type: "duration" });
  });
  it("\"The bottom 200 metres of the shaft flooded.\": a thing's lowest part measured, no table", () => {
    expect(exactOnly("The bottom 200 metres of the shaft flooded.")).toEqual(want(200, undefined, "metres", "shaft", "measure"));
  });
  it("\"The bottom 200m of the shaft flooded.\": a glued unit, no table", () => {
    expect(exactOnly("The bottom 200m of the shaft flooded.")).toEqual(want(200, undefined, "m", "shaft", "measure"));
  });
});

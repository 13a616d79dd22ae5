// A range in words whose second end carries an age's word ("four or five-year-old") is an age, as "18 or 19-year-old"
// in digits is, no count of what follows (read-range.ts); another unit's word ("five-mile", "three-year") makes the
// range a measure or a duration in that unit, as "4 or 5-mile" in digits is.
import { describe, expect, it } from "vitest";
import { exactOnly, figs, typedList } from "#test/helpers/figures.ts";

describe("an age range said in words", () => {
  it("\"Six or seven-year-old laptops cannot run the update.\": an age, no count of laptops", () => {
    expect(typedList("Six or seven-year-old laptops cannot run the update.")).toEqual([["Six or seven-year-old", "age", false]]);
  });
  it("\"Classes for eight to ten-year-olds open in June.\": the plural age word", () => {
    expect(typedList("Classes for eight to ten-year-olds open in June.")).toEqual([["eight to ten-year-olds", "age", false]]);
  });
});

describe("a range in words whose second end is a unit's compound", () => {
  it("\"Walkers do six or seven-mile circuits of the lake.\": a measure in miles, labelled by the circuits", () => {
    expect(exactOnly("Walkers do six or seven-mile circuits of the lake.")).toEqual({ value: 6, qualifier: undefined, unit: "miles", label: "circuits", type: "measure" });
  });
  it("\"The striker was offered a three or four-year contract.\": a duration in years, labelled by the contract", () => {
    expect(exactOnly("The striker was offered a three or four-year contract.")).toEqual({ value: 3, qualifier: undefined, unit: "years", label: "contract", type: "duration" });
  });
  it("\"The striker was offered a three or four-year contract.\": both ends kept", () => {
    expect(figs("The striker was offered a three or four-year contract.").map((f) => [f.value, f.valueMax])).toEqual([[3, 4]]);
  });
});

describe("near misses", () => {
  it("\"Six or seven laptops were stolen.\": no age word, a count", () => {
    expect(exactOnly("Six or seven laptops were stolen.")).toEqual({ value: 6, qualifier: undefined, unit: undefined, label: "laptops", type: "count" });
  });
  it("\"He signed a two or three-year deal.\": another compound is no age", () => {
    expect(typedList("He signed a two or three-year deal.").map(([, type]) => type)).not.toContain("age");
  });
  it("\"They need a two or three-man crew.\": a compound that is no unit stays a count of what follows", () => {
    expect(exactOnly("They need a two or three-man crew.")).toMatchObject({ value: 2, unit: undefined, type: "count" });
  });
});

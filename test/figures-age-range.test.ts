// A range in words whose second end carries an age's word ("four or five-year-old") is an age, as "18 or 19-year-old"
// in digits is, no count of what follows (read-range.ts).
import { describe, expect, it } from "vitest";
import { exactOnly, typedList } from "#test/helpers/figures.ts";

describe("an age range said in words", () => {
  it("\"Six or seven-year-old laptops cannot run the update.\": an age, no count of laptops", () => {
    expect(typedList("Six or seven-year-old laptops cannot run the update.")).toEqual([["Six or seven-year-old", "age", false]]);
  });
  it("\"Classes for eight to ten-year-olds open in June.\": the plural age word", () => {
    expect(typedList("Classes for eight to ten-year-olds open in June.")).toEqual([["eight to ten-year-olds", "age", false]]);
  });
});

describe("near misses", () => {
  it("\"Six or seven laptops were stolen.\": no age word, a count", () => {
    expect(exactOnly("Six or seven laptops were stolen.")).toEqual({ value: 6, qualifier: undefined, unit: undefined, label: "laptops", type: "count" });
  });
  it("\"He signed a two or three-year deal.\": another compound is no age", () => {
    expect(typedList("He signed a two or three-year deal.").map(([, type]) => type)).not.toContain("age");
  });
});

// A number glued to "g" is grams, a measure with its unit; a capital "G" is a network's generation (lexicon.ts).
import { describe, expect, it } from "vitest";
import { exactOnly, typedList, want } from "#test/helpers/figures.ts";

describe("grams glued to the digits", () => {
  it("\"He was caught with 334g of heroin.\": 334 g of heroin", () => {
    expect(exactOnly("He was caught with 334g of heroin.")).toEqual(want(334, undefined, "g", "heroin", "measure"));
  });
  it("\"The firm launched its 4G network.\": a generation, no grams", () => {
    expect(typedList("The firm launched its 4G network.")).toEqual([["4", "identifier", false]]);
  });
});

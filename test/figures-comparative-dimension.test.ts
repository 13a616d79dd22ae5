// A measure after a comparative of a dimension and "than" is a bound on the thing's dimension
// (comparative-dimension.ts; card audit 43, sample AK's made-up shape: '12.5 — centimetres').
import { describe, expect, it } from "vitest";
import { exactOnly, one, want } from "#test/helpers/figures.ts";

describe("comparative-dimension.ts: 'wider than 12.5 centimetres' is more than 12.5 centimetres of width", () => {
  it("'a pipe if it is wider than 12.5 centimetres' → more than 12.5 centimetres, pipe width", () => {
    expect(exactOnly("Rats will fit through a pipe if it is wider than 12.5 centimetres.")).toEqual(want(12.5, "more than", "centimetres", "pipe width", "measure"));
  });

  it("'No lorry heavier than 7.5 tonnes' → lorry weight; 'narrower than 2 metres' → less than", () => {
    expect(exactOnly("No lorry heavier than 7.5 tonnes may cross the bridge.")).toEqual(want(7.5, "more than", "tonnes", "lorry weight", "measure"));
    expect(exactOnly("The lane is narrower than 2 metres.")).toEqual(want(2, "less than", "metres", "lane width", "measure"));
  });

  it("near miss: a time after 'longer than' is no length ('lasted longer than five years')", () => {
    expect(one("The dispute lasted longer than five years.").label).not.toMatch(/length$/);
  });

  it("near miss: 'made wider by 2 metres' is a change, no bound", () => {
    expect(one("The road was made wider by 2 metres.").qualifier).toBeUndefined();
  });

  it("'bigger than 3 metres' bounds the thing's size: gap size (was 'distance', the unit's dimension)", () => {
    expect(exactOnly("The gap must be bigger than 3 metres.")).toEqual(want(3, "more than", "metres", "gap size", "measure"));
    expect(exactOnly("The tumour was smaller than 2 centimetres.")).toEqual(want(2, "less than", "centimetres", "tumour size", "measure"));
  });

  it("a denied comparative is at most, and a size in grams a weight: 'no bigger than 50 grams' → no more than, weight", () => {
    expect(exactOnly("The stone is probably no bigger than 50 grams.")).toEqual(want(50, "no more than", "grams", "stone weight", "measure"));
    expect(exactOnly("The lane is not wider than 2 metres.")).toEqual(want(2, "no more than", "metres", "lane width", "measure"));
  });

  it("in a relative clause, the noun the clause is about, in the singular: 'gaps in the floor which are bigger' → gap size", () => {
    // Card audit 43, sample AK: '7.5 — centimetres'; the nearest noun, 'floor', is where the gaps are.
    const s = "The rats squeeze through gaps in the floor which are bigger than 7.5 centimetres.";
    expect(exactOnly(s)).toEqual(want(7.5, "more than", "centimetres", "gap size", "measure"));
    expect(exactOnly("The fish live in ponds that are deeper than 3 metres.")).toEqual(want(3, "more than", "metres", "pond depth", "measure"));
  });
});

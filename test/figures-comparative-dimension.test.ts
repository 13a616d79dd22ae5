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

  it("near miss: a comparative of no dimension ('bigger than 3 metres') is left to the unit's dimension", () => {
    expect(exactOnly("The gap must be bigger than 3 metres.")).toEqual(want(3, undefined, "metres", "distance", "measure"));
  });
});

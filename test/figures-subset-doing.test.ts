// A count of a subset whose whole a relative clause defines is labelled by what the subset did (subset-doing.ts):
// "… of the 30 riders banned …, only three of the 21 whose teams were named came from the north" was 'only three —
// riders', a second count of riders (card-audit-45's made-up shape 4).
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("subset-doing.ts: 'N of the M whose …' does what its main verb says", () => {
  it("'… only three of the 21 whose teams were named came from the north.' → only three — came from north", () => {
    const text = "Club records show that of the 30 riders banned for doping since the 2010 rule change, only three of the 21 whose teams were named came from the north.";
    expect(exact(at(text, 3))).toEqual(want(3, "only", undefined, "came from north", "count"));
  });

  it("'Only two of the 14 whose claims were heard got compensation.' → Only two — got compensation", () => {
    expect(exact(at("Only two of the 14 whose claims were heard got compensation.", 2))).toEqual(want(2, "only", undefined, "got compensation", "count"));
  });

  it("near miss: 'Three of the 21 riders came from the north.' names its own noun: riders", () => {
    expect(at("Three of the 21 riders came from the north.", 3).label).toBe("riders");
  });
});

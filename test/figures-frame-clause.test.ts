// A rough idiom ("in the order of", "in the region of") set off by a comma after a clause of change is that change's
// size: 'rise in fees', not the idiom's noun 'order'; with no change, money is a 'sum' (frame-clause.ts; card audit
// 57, AY's made-up shape 14). Made-up one-sentence repros with the exact figure and near misses.
import { describe, expect, it } from "vitest";
import { exactOnly, want } from "#test/helpers/figures.ts";

describe("a rough frame after a comma names the clause's change", () => {
  it("\"Rents will climb sharply after the ruling, in the order of roughly £3bn.\": rise in rents", () => {
    expect(exactOnly("Rents will climb sharply after the ruling, in the order of roughly £3bn.")).toEqual(want(3e9, "roughly", "GBP", "rise in rents", "money"));
  });
  it("\"Exports fell hard last winter, in the region of roughly 20%.\": fall in exports", () => {
    expect(exactOnly("Exports fell hard last winter, in the region of roughly 20%.")).toEqual(want(20, "roughly", "%", "fall in exports", "percent"));
  });
  it("\"The council spent heavily, in the order of roughly £2m.\": no change, a sum", () => {
    expect(exactOnly("The council spent heavily, in the order of roughly £2m.")).toEqual(want(2e6, "roughly", "GBP", "sum", "money"));
  });
});

describe("near misses", () => {
  it("\"Bidders offered a deal, to the tune of roughly £3bn.\": no rough frame ('tune' stays with frame-noun.ts)", () => {
    expect(exactOnly("Bidders offered a deal, to the tune of roughly £3bn.")?.label).not.toBe("sum");
  });
});

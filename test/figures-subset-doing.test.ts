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

describe("subset-doing.ts: 'N of the M X were ADJ' counts X in that state", () => {
  it("'Only nine of the 40 beaches were clean.' → Only nine — beaches clean", () => {
    expect(exact(at("Only nine of the 40 beaches were clean.", 9))).toEqual(want(9, "only", undefined, "beaches clean", "count"));
  });

  it("'Only two of the 30 bridges inspected are safe.' → bridges safe (the whole's participle passed over)", () => {
    expect(exact(at("Only two of the 30 bridges inspected are safe.", 2))).toEqual(want(2, "only", undefined, "bridges safe", "count"));
  });

  it("'Five of the 20 wells were not dry.' → wells not dry (a denial kept)", () => {
    expect(exact(at("Five of the 20 wells were not dry.", 5))).toEqual(want(5, undefined, undefined, "wells not dry", "count"));
  });

  it("near miss: 'Three of the 12 players were injured.' keeps its fold verb: players injured", () => {
    expect(at("Three of the 12 players were injured.", 3).label).toBe("players injured");
  });

  it("'Only nine of its beaches were clean.' (no whole count) → beaches clean", () => {
    expect(exact(at("Only nine of its beaches were clean.", 9))).toEqual(want(9, "only", undefined, "beaches clean", "count"));
  });

  it("near miss: 'Only nine beaches were clean.' is no subset: beaches", () => {
    expect(at("Only nine beaches were clean.", 9).label).toBe("beaches");
  });

  it("near miss: 'Two of the 10 suspects were teenagers.' has a noun after the copula, no state: suspects", () => {
    expect(at("Two of the 10 suspects were teenagers.", 2).label).toBe("suspects");
  });

  it("near miss: 'Nine of the 40 beaches have clean water.' has no copula: the adjective is the object's, beaches", () => {
    expect(at("Nine of the 40 beaches have clean water.", 9).label).toBe("beaches");
  });
});

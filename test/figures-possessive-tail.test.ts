// A label cut at an owner's possessive runs on to what the owner has, said right after it (possessive-tail.ts): the
// card read '56% — Kane's' and 'billions of pounds — taxpayers' (the 38th sweep's 'label cut at a possessive').
import { describe, expect, it } from "vitest";
import { at, exact, exactOnly, want } from "#test/helpers/figures.ts";

describe("what the owner has", () => {
  it("\"56% Kane's pass completion rate was the worst of any Spurs player.\": the owner's rate", () => {
    expect(exactOnly("56% Kane's pass completion rate was the worst of any Spurs player.")).toEqual(want(56, undefined, "%", "Kane's pass completion rate", "percent"));
  });
  it("\"The UK has 529 quangos financed with billions of pounds of taxpayers' cash.\": a plural owner's apostrophe", () => {
    expect(exact(at("The UK has 529 quangos financed with billions of pounds of taxpayers' cash.", 1000000000))).toEqual(want(1000000000, "billions of", "GBP", "taxpayers' cash", "money"));
  });
  it("\"The council spent £2m of taxpayers' money on the scheme.\": taxpayers' money", () => {
    expect(exactOnly("The council spent £2m of taxpayers' money on the scheme.")).toEqual(want(2000000, undefined, "GBP", "taxpayers' money", "money"));
  });
  it("\"Charvis has missed all three of Wales' victories with an ankle injury.\": a part of an owner's whole", () => {
    expect(exactOnly("Charvis has missed all three of Wales' victories with an ankle injury.")).toEqual(want(3, undefined, undefined, "Wales' victories", "count"));
  });
  it("\"The paper said at least three of Bates' supervisors were moved.\": the same, hedged", () => {
    expect(exactOnly("The paper said at least three of Bates' supervisors were moved.")).toEqual(want(3, "at least", undefined, "Bates' supervisors", "count"));
  });
});

describe("near misses", () => {
  it("\"Mourinho backs them despite the three midfielders' decline in form.\": a count of the owners", () => {
    expect(exactOnly("Mourinho backs them despite the three midfielders' decline in form.")).toEqual(want(3, undefined, undefined, "midfielders", "count"));
  });
  it("\"He has worked five of Mayweather's bouts and seven of Pacquiao's.\": an owner with nothing after it keeps its label", () => {
    expect(exact(at("He has worked five of Mayweather's bouts and seven of Pacquiao's.", 7))).toEqual(want(7, undefined, undefined, "Pacquiao's", "count"));
  });
  it("\"Walcott was hauled off after 55 minutes of England's 1-1 draw in Italy.\": a noun with a number of its own", () => {
    expect(exactOnly("Walcott was hauled off after 55 minutes of England's 1-1 draw in Italy.")).toEqual(want(55, undefined, "minutes", "England's", "duration"));
  });
});

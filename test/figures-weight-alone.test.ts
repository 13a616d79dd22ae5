// A spaced weight with no noun of its own, said after a height, is a body's weight, as a glued one is
// (unit-dimension.ts): "hoisted her partner, at 6ft 2in and 240 pounds, above her head" was '240 — pounds'
// (card-audit-45's made-up shape 2).
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("unit-dimension.ts: a weight unit alone after a height and 'and' labels a weight", () => {
  it("'… hoisted her partner, at 6ft 2in and 240 pounds, above her head.' → 240 pounds — weight", () => {
    const text = "In the finale the dancer hoisted her partner, at 6ft 2in and 240 pounds, above her head.";
    expect(exact(at(text, 240))).toEqual(want(240, undefined, "pounds", "weight", "measure"));
  });

  it("'The new signing, at 6ft 5in and 17 stone, is the tallest …' → 17 stone — weight", () => {
    const text = "The new signing, at 6ft 5in and 17 stone, is the tallest in the squad.";
    expect(exact(at(text, 17))).toEqual(want(17, undefined, "stone", "weight", "measure"));
  });

  it("'He is described as 5 feet 10 inches and 180 pounds.' → 180 pounds — weight", () => {
    expect(exact(at("He is described as 5 feet 10 inches and 180 pounds.", 180))).toEqual(want(180, undefined, "pounds", "weight", "measure"));
  });

  it("near miss: no height before it, 'went from a slim 11.5 stone to 18 stone' keeps the unit (rounded.ts' same label)", () => {
    expect(at("She went from a slim 11.5 stone to 18 stone.", 11.5).label).toBe("stone");
  });
});

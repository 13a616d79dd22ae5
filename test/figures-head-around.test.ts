// "get your head around 12 years …": the idiom's "around" is its preposition, no hedge on the number
// (head-around.ts; the thirty-fifth round's made-up 'around 12 — years coming to an end').
import { describe, expect, it } from "vitest";
import { at, exact } from "#test/helpers/figures.ts";

describe("head-around.ts: 'one's head around N' is no 'around N'", () => {
  it("'Fans cannot get their heads around 40 years of failure' → 40 years of failure, no qualifier", () => {
    expect(exact(at("Fans cannot get their heads around 40 years of failure.", 40))).toEqual({ value: 40, qualifier: undefined, unit: "years", label: "failure", type: "duration" });
  });

  it("'a head around 12 inches wide' still hedges: no possessive before 'head'", () => {
    expect(at("The statue has a head around 12 inches wide.", 12).qualifier).toBe("around");
  });
});

// A noun phrase read on into the "worth" that opens the next amount drops it: "a four-year deal worth £50,000" labels
// the four years 'deal', not 'deal worth' (worth-tail.ts). One-sentence repros with the exact figure and near misses.
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("'worth' after the noun is the next amount's, not the noun's (worth-tail.ts)", () => {
  it("'a four-year deal worth £50,000 a week': the term is the deal's", () => {
    expect(exact(at("He signed a four-year deal worth £50,000 a week.", 4))).toEqual(want(4, undefined, "years", "deal", "duration"));
  });

  it("'3kg of cannabis worth £20,000': the weight is the cannabis's", () => {
    expect(exact(at("He was caught with 3kg of cannabis worth £20,000.", 3))).toEqual(want(3, undefined, "kg", "cannabis", "measure"));
  });

  it("near miss: 'six month's worth of pills': a worth of a thing is a noun, and stays", () => {
    expect(exact(at("Doctors gave him six month's worth of pills.", 6))).toEqual(want(6, undefined, undefined, "month's worth", "count"));
  });

  it("near miss: 'His net worth is put at £30 million': 'net worth' is a noun and stays", () => {
    expect(exact(at("His net worth is put at £30 million.", 3e7))).toEqual(want(3e7, undefined, "GBP", "net worth", "money"));
  });
});

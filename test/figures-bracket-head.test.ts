// An amount bracketed between a noun phrase's modifier and its head is the head's amount (bracket-head.ts).
import { describe, expect, it } from "vitest";
import { at, exact } from "#test/helpers/figures.ts";

describe("a bracketed amount inside a noun phrase takes the head after the bracket", () => {
  it("'a five-year (£20m) deal': deal", () => {
    expect(exact(at("He signed a five-year (£20m) deal with the club.", 20e6))).toEqual({ value: 20e6, qualifier: undefined, unit: "GBP", label: "deal", type: "money" });
  });

  it("'a long-term ($5bn) contract': contract", () => {
    expect(exact(at("They agreed a long-term ($5bn) contract.", 5e9))).toEqual({ value: 5e9, qualifier: undefined, unit: "USD", label: "contract", type: "money" });
  });

  it("near miss: no determiner opens the phrase ('were strong (£20m) last year')", () => {
    expect(at("Sales were strong (£20m) last year.", 20e6).label).toBe("strong");
  });

  it("near miss: a copula's adjective with no determiner before it ('were strong (£20m) thanks to exports') keeps it", () => {
    expect(at("Sales were strong (£20m) thanks to exports.", 20e6).label).toBe("strong");
  });

  it("near miss: a bracket after a noun ('sold the house (£2m) last year') keeps the noun", () => {
    expect(at("He sold the house (£2m) last year.", 2e6).label).toBe("house");
  });

  it("near miss: a conversion ('a $1.8bn (£931m) deal') stays the first amount's", () => {
    expect(exact(at("Air Deccan has ordered 30 Airbus A320 planes in a $1.8bn (£931m) deal.", 1.8e9))).toEqual({ value: 1.8e9, qualifier: undefined, unit: "USD", label: "deal", type: "money" });
  });
});

// A rate bracketed with "or" after a total is the total said per period, labelled as the total with its period, not by
// the period alone ('£400,000 — a year', card audit 32's pattern 2; bracket-rate.ts). One-sentence repros with the
// exact figure, and near misses: a rate that names what it is, a bracket with no "or", a rate with no total before.
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("a rate bracketed with 'or' after a total is labelled as the total (bracket-rate.ts)", () => {
  it("'His cars fetched $6m for the museum (or $500,000 a year over the decade)': the sale price a year", () => {
    const text = "His cars fetched $6m for the museum in 2018 (or $500,000 a year over the decade).";
    expect(exact(at(text, 5e5))).toEqual(want(5e5, undefined, "USD", "sale price of cars a year", "money"));
  });

  it("'The grant was £3m in all (or £300,000 a year)': the total's subject, per year", () => {
    expect(exact(at("The grant was £3m in all (or £300,000 a year).", 3e5))).toEqual(want(3e5, undefined, "GBP", "grant a year", "money"));
  });

  it("near miss: 'costs £2m (or £200 per person)' — a rate whose verb names it keeps its own label", () => {
    expect(exact(at("The scheme costs £2m (or £200 per person).", 200))).toEqual(want(200, undefined, "GBP", "cost per person", "money"));
  });

  it("near miss: 'The grant was £3m in all, £300,000 a year' — no bracketed 'or', the period as before", () => {
    expect(exact(at("The grant was £3m in all, £300,000 a year.", 3e5))).toEqual(want(3e5, undefined, "GBP", "a year", "money"));
  });
});

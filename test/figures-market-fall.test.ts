// market-fall.ts: a percent a market "lost" or "shed" is its fall, not the market (card audit 47's shape 5: 'only 2% —
// main share index').
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

const pct = (value: number, label: string, qualifier?: string) => want(value, qualifier, "%", label, "percent");

describe("a market's lost or shed percent is its fall", () => {
  it("'Even in Portugal, the main share index has lost only 2% since the strike started' → fall in main share index", () => {
    const text = "Even in Portugal, the main share index has lost only 2% since the strike started.";
    expect(exact(at(text, 2))).toEqual(pct(2, "fall in main share index", "only"));
  });

  it("'shed', a fronted clause: 'In Chile, harder hit by the storms, the benchmark index has shed just 4%' → fall", () => {
    const text = "In Chile, harder hit by the storms, the benchmark index has shed just 4% since the floods began.";
    expect(exact(at(text, 4))).toEqual(pct(4, "fall in benchmark index", "just"));
  });

  it("past tense, decimals, shares: 'Tech shares lost 3.5% on Friday' → fall in tech shares", () => {
    expect(exact(at("Tech shares lost 3.5% on Friday.", 3.5))).toEqual(pct(3.5, "fall in tech shares"));
  });

  it("a currency, 'per cent': 'The pound has shed nearly 5 per cent against the dollar this year' → fall in pound", () => {
    expect(exact(at("The pound has shed nearly 5 per cent against the dollar this year.", 5))).toEqual(pct(5, "fall in pound", "nearly"));
  });

  it("near miss: a party's lost percent is no market's fall ('Labour lost 5% in the poll')", () => {
    expect(at("Labour lost 5% in the poll.", 5).label).not.toMatch(/^fall in/);
  });

  it("near miss: 'lost 2% of its staff' is a share of something else", () => {
    expect(at("The company lost 2% of its staff.", 2).label).toBe("share of staff lost");
  });

  it("a hedge in no list of the rule's, read as the qualifier: 'The index has lost roughly 4%' → fall in index", () => {
    expect(exact(at("The index has lost roughly 4%.", 4))).toEqual(pct(4, "fall in index", "roughly"));
  });

  it("a currency, a hedge, a yardstick after: 'The euro has lost roughly 4% against the dollar' → fall in euro", () => {
    expect(exact(at("The euro has lost roughly 4% against the dollar.", 4))).toEqual(pct(4, "fall in euro", "roughly"));
  });

  it("'exactly', shed, plural: 'Shares have shed exactly 2% this week' → fall in shares", () => {
    expect(exact(at("Shares have shed exactly 2% this week.", 2))).toEqual(pct(2, "fall in shares", "exactly"));
  });
});

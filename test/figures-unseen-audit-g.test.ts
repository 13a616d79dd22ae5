// Readings found wrong in card audit 13's sample G (docs/audits/card-audit-13.md: cnndm-dev and dev-bbc articles no
// gold was read for): money labelled by a neighbouring word rather than by what the money is. Each is the general
// construction behind it as a one-sentence repro with the exact figure; these fixes were chosen on sample G, so G's
// after-figure is fitted.
import { describe, expect, it } from "vitest";
import { at, exact } from "#test/helpers/figures.ts";

describe("an amount after 'for' with no verb that moves money is a price, or an asking price, not the noun before it", () => {
  it("'download the song in minutes for 70p': the price, not the minutes", () => {
    expect(exact(at("Who would travel miles to a record shop when they could download the song in minutes for 70p?", 0.7))).toEqual({ value: 0.7, qualifier: undefined, unit: "GBP", label: "price", type: "money" });
  });

  it("'on the market for more than $1.2 million', 'initially listed for $889,000': the asking price", () => {
    expect(exact(at("Agent Paul Summers said the Edwardian style yacht is on the market for more than $1.2 million.", 1.2e6))).toEqual({ value: 1.2e6, qualifier: "more than", unit: "USD", label: "asking price", type: "money" });
    expect(at("It has been on the market for 366 days and was initially listed for $889,000.", 889000)).toMatchObject({ unit: "USD", type: "money", label: "asking price" });
  });

  it("a thing's own noun before 'for' stays its label ('a cheque for £1.5m')", () => {
    expect(at("Hearn produced a cheque for £1.5m live on television.", 1.5e6).label).toMatch(/cheque/);
  });
});

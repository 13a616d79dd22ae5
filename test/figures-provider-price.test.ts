// A price whose subject names who charges it ("the price of a check-up by a high-street optician") is the price of the
// thing done, not the provider the nearest noun phrase gave (card audit 54, sample AV's made-up shape 5).
import { describe, expect, it } from "vitest";
import { exactOnly, want } from "#test/helpers/figures.ts";

/** One sentence, its one amount's value and qualifier, and the label it should have. */
const CASES: readonly [string, number, string | undefined, string][] = [
  // Was 'as much as £37 — high-street optician'.
  ["The price of a check-up by a high-street optician in Leeds runs to as much as £37.", 37, "as much as", "price of a check-up"],
  ["The fee for a scan at a private clinic runs to £250.", 250, undefined, "fee for a scan"],
  // No price noun: the thing before the provider, when a verb of pricing follows the provider.
  ["A repair at a local garage costs £300.", 300, undefined, "repair"],
  // Near misses: a price noun after "at" is the amount's own; a buyer after "by" leaves the purchase price.
  ["Tickets went on sale at a price of £20.", 20, undefined, "price"],
  ["The museum was bought by a local developer for £5m.", 5_000_000, undefined, "purchase price"],
];

describe("provider-price.ts: the thing priced, not who charges", () => {
  it.each(CASES)("'%s' → %d (%s) %s", (text, value, qualifier, label) => {
    expect(exactOnly(text)).toEqual(want(value, qualifier, "GBP", label, "money"));
  });
});

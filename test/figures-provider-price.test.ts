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

describe("provider-price.ts: a provider named by an initialism and a noun (AV one-liner)", () => {
  it("'The price of a filling by a NHS dentist runs to £65.' → price of a filling (the initialism describes, it names no one)", () => {
    // Was '£65 — NHS dentist': a capital after 'by' was taken for a name, which the rule leaves alone.
    expect(exactOnly("The price of a filling by a NHS dentist runs to £65.")).toEqual(want(65, undefined, "GBP", "price of a filling", "money"));
  });
  it("near miss: a name after 'by' is who paid or owns, left as read ('The price of a filling by Dr Hale …')", () => {
    expect(exactOnly("The price of a filling by Dr Hale runs to £65.")?.label).not.toBe("price of a filling");
  });
});

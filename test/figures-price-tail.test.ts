// A price's opening word after the things counted ("20 paintings worth £3m", "6 guest trips costs £47.25") is no word
// of their noun (price-tail.ts), nor of the whole a later "N of them" is part of; and what counted things are worth
// together is their value (worth-label.ts).
import { describe, expect, it } from "vitest";
import { at, exact, labelOf, want } from "#test/helpers/figures.ts";

const SHOPS = "The firm owns 300 shops worth £900 million. Analysts said 50 of them would close.";

describe("price-tail.ts: 'worth' after a count's noun", () => {
  it("'He sold 20 paintings worth £3m.' → 20 — paintings sold", () => {
    // Was 'paintings worth sold'.
    expect(exact(at("He sold 20 paintings worth £3m.", 20))).toEqual(want(20, undefined, undefined, "paintings sold", "count"));
  });
  it(`'${SHOPS}' → 50 — shops (the whole's noun without its 'worth')`, () => {
    // Was 'shops worth'.
    expect(exact(at(SHOPS, 50))).toEqual(want(50, undefined, undefined, "shops", "count"));
  });
  it("near miss: 'Firms now face 3 extra costs.' → 3 — costs (no price after it: the noun itself)", () => {
    expect(exact(at("Firms now face 3 extra costs.", 3))).toEqual(want(3, undefined, undefined, "costs", "count"));
  });
  it("near miss: 'He has 3 months worth of pills.' → months worth (a time's worth of a thing keeps it)", () => {
    expect(labelOf("He has 3 months worth of pills.", 3)).toBe("months worth");
  });
});

describe("worth-label.ts: what counted things are worth is their value", () => {
  it.each([
    // Was '£900 million — shops', beside '300 — shops'.
    [SHOPS, 900e6, undefined, "value of shops"],
    ["They own three homes worth more than £5m.", 5e6, "more than", "value of homes"],
  ])("'%s' → %s", (text, value, qualifier, label) => {
    expect(exact(at(text, value))).toEqual(want(value, qualifier, "GBP", label, "money"));
  });
  it("near miss: 'He signed a contract worth £90,000.' → contract (no count, the deal's size)", () => {
    expect(exact(at("He signed a contract worth £90,000.", 90000))).toEqual(want(90000, undefined, "GBP", "contract", "money"));
  });
});

// A second taker's named takings keep their name (payer-label.ts): "… while Ironvale has taken $33.2m in fewer cinemas"
// read '$33.2m — fewer cinemas', the party's label taken for a payer's and replaced by the "in" phrase after it (card
// audit 51, sample AS's made-up shape 6, its second sum).
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("payer-label.ts: 'NAME's takings' already says what the money is", () => {
  it("'The Long Road has taken $58m so far, while Ironvale has taken $33.2m in fewer cinemas.' → $33.2m — Ironvale's takings", () => {
    const text = "The Long Road has taken $58m so far, while Ironvale has taken $33.2m in fewer cinemas.";
    expect(exact(at(text, 33.2e6))).toEqual(want(33.2e6, undefined, "USD", "Ironvale's takings", "money"));
  });

  it("near miss: 'Regulators approved the FCC's $550,000 (£293,000) fine.' → $550,000 — fine: a bare possessive is a payer", () => {
    expect(exact(at("Regulators approved the FCC's $550,000 (£293,000) fine.", 550000))).toEqual(want(550000, undefined, "USD", "fine", "money"));
  });
});

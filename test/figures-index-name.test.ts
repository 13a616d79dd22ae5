// Digits after the possessive of two joined names ("X and Y's 250", "X & Y's 500"), with no noun after them, in a
// sentence about markets, name a stock index, as "the Nikkei 225" does: no count of the owner (card audit 51, sample
// AS's made-up shape 12).
import { describe, expect, it } from "vitest";
import { exactOnly, figs, typedList, want } from "#test/helpers/figures.ts";

describe("index-name.ts: a stock index named 'X and Y's N'", () => {
  it("'Stocks drifted in Sydney as the Hang Seng, Carter and Lowe's 300, and the Straits Times index moved between gains and losses.'", () => {
    // Was '300 — Lowe's', a count.
    const text = "Stocks drifted in Sydney as the Hang Seng, Carter and Lowe's 300, and the Straits Times index moved between gains and losses.";
    expect(figs(text)).toEqual([]);
    expect(typedList(text)).toEqual([["300", "identifier", false]]);
  });
  it("'Shares fell as the Standard & Poor's 500 slid.': an identifier", () => {
    // Was '500 — Poor's', a count.
    expect(typedList("Shares fell as the Standard & Poor's 500 slid.")).toEqual([["500", "identifier", false]]);
  });
  it("near miss: 'Shares in Marks and Spencer's 300 stores rose.' → 300 stores, a count", () => {
    expect(exactOnly("Shares in Marks and Spencer's 300 stores rose.")).toEqual(want(300, undefined, undefined, "stores", "count"));
  });
  it("near miss: 'Fenwick and Hale's 250 new homes lifted its shares.' → 250 new homes, a count", () => {
    // Was '250', an identifier: the describing word hid the noun.
    expect(exactOnly("Fenwick and Hale's 250 new homes lifted its shares.")).toEqual(want(250, undefined, undefined, "new homes", "count"));
  });
});

// Money the nearest-phrase fallback labelled by a party to it (a place, a body, a shop said "in", "at", "with") is what
// its clause's verb moved, or the noun it is set at for (party-money.ts): from the sweep of unblind cnndm-dev cards.
import { describe, expect, it } from "vitest";
import { at, exact } from "#test/helpers/figures.ts";

describe("money is what its clause's verb moved, not a party said 'in', 'at' or 'with'", () => {
  it.each([
    ["The Lennons bought Kenwood, then a 22-bedroom home, in Weybridge, Surrey, for £20,000 in 1964.", 20000, undefined, "GBP", "purchase price"],
    ["Kenya signed a deal with the World Bank to borrow $2bn.", 2e9, undefined, "USD", "borrowing"],
    ["The tour made an estimated $90m in South America alone.", 90e6, "an estimated", "USD", "earnings"],
    ["Last month the Chancellor earmarked up to £2million in the Budget towards marking the event.", 2e6, "up to", "GBP", "sum earmarked"],
    ["He's currently being held in the Erie County jail with his bail set at $1,000.", 1000, undefined, "USD", "bail"],
  ])("%s", (text, value, qualifier, unit, label) => {
    expect(exact(at(text, value))).toEqual({ value, qualifier, unit, label, type: "money" });
  });

  it("'A haircut costs £12 at Barber Bros.': the thing priced keeps its label", () => {
    expect(exact(at("A haircut costs £12 at Barber Bros.", 12))).toEqual({ value: 12, qualifier: undefined, unit: "GBP", label: "haircut", type: "money" });
  });
});

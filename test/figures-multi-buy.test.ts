// multi-buy.ts: a price right after "N for" with "on X" after it is a multi-buy offer's, on X, not the "on" phrase
// alone (card audit 48's shape 7: '£9 — on sliced bread').
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("a multi-buy price", () => {
  it("'Customers used to get four for £9 on sliced bread at the corner shop' → offer on sliced bread", () => {
    const text = "Customers used to get four for £9 on sliced bread at the corner shop.";
    expect(exact(at(text, 9))).toEqual(want(9, undefined, "GBP", "offer on sliced bread", "money"));
  });

  it("dollars, a clause after: 'Shoppers could once get five for $20 on most shampoos, but the promotion has gone'", () => {
    expect(at("Shoppers could once get five for $20 on most shampoos, but the promotion has gone.", 20).label).toBe("offer on most shampoos");
  });

  it("digits, a currency word, present tense: 'Supermarkets offer 3 for 10 euros on wine this week' → offer on wine", () => {
    expect(at("Supermarkets offer 3 for 10 euros on wine this week.", 10).label).toBe("offer on wine");
  });

  it("imperative, fronted time: 'This weekend, buy 2 for £3 on all crisps' → offer on crisps", () => {
    expect(at("This weekend, buy 2 for £3 on all crisps.", 3).label).toMatch(/^offer on (?:all )?crisps$/);
  });

  it("near miss: a sale of a few with no 'on' is no offer ('He sold three for £10 to a neighbour')", () => {
    expect(at("He sold three for £10 to a neighbour.", 10).label).toBe("sale price");
  });
});

// A sale's price "for" someone is the price of what was sold, the verb's subject, not of the payee the "for" names
// ('sale price for the council', card audit 32's pattern 2; sale-for.ts). One-sentence repros with the exact figure,
// and near misses: no "for" after the price, a "for" that is no sale's, a price after "for".
import { describe, expect, it } from "vitest";
import { exactOnly, want } from "#test/helpers/figures.ts";

describe("a sale's price 'for' a payee is the price of what was sold (sale-for.ts)", () => {
  it("'The sale of the farm fetched £9m for the charity': the sale named by the subject, not the charity", () => {
    expect(exactOnly("The sale of the farm fetched £9m for the charity in March.")).toEqual(want(9e6, undefined, "GBP", "sale of the farm", "money"));
  });

  it("'His old cars fetched $3m for the museum': the price of the cars", () => {
    expect(exactOnly("His old cars fetched $3m for the museum.")).toEqual(want(3e6, undefined, "USD", "sale price of old cars", "money"));
  });

  it("'The portrait could fetch up to £2m for the family': over a hedge and a modal", () => {
    expect(exactOnly("The portrait could fetch up to £2m for the family.")).toEqual(want(2e6, "up to", "GBP", "sale price of portrait", "money"));
  });

  it("'The sale fetched £5m for the club': a sale with nothing said of what was sold is its price", () => {
    expect(exactOnly("The sale fetched £5m for the club.")).toEqual(want(5e6, undefined, "GBP", "sale price", "money"));
  });

  it("near miss: 'His old cars fetched $3m.' — no 'for', the sale price as before", () => {
    expect(exactOnly("His old cars fetched $3m.")).toEqual(want(3e6, undefined, "USD", "sale price", "money"));
  });

  it("near miss: 'paid £80 for a passport' — another money verb's 'for' names what is bought", () => {
    expect(exactOnly("Travellers paid £80 for a passport.")).toEqual(want(80, undefined, "GBP", "payment for a passport", "money"));
  });

  it("near miss: 'raised £7,000 for the hospice' — money raised for a cause keeps it", () => {
    expect(exactOnly("Over the summer she raised £7,000 for the hospice.")).toEqual(want(7000, undefined, "GBP", "raised for the hospice", "money"));
  });

  it("near miss: 'The council has sold £12m for the school' — a seller, not the thing sold, is the subject of 'sold £12m'", () => {
    expect(exactOnly("The council has sold £12m for the school.")).toEqual(want(12e6, undefined, "GBP", "sale price for the school", "money"));
  });
});

// Z's leftover: "combined" after the subject sums it; verbSubject stopped at it and the payee was the label again.
describe("a sale's subject summed by 'combined' (sale-for.ts)", () => {
  it("'The TV deals combined fetched £2.2bn for the league' → sale price of TV deals, not the league", () => {
    expect(exactOnly("The TV deals combined fetched £2.2bn for the league.")).toEqual(want(2.2e9, undefined, "GBP", "sale price of TV deals", "money"));
  });

  it("near miss: 'The deals fetched £2.2bn for the league combined' → 'combined' after the payee changes nothing", () => {
    expect(exactOnly("The deals fetched £2.2bn for the league combined.")).toEqual(want(2.2e9, undefined, "GBP", "sale price of deals", "money"));
  });
});


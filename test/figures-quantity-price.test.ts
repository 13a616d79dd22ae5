// Money "for" a weight or a volume of goods is the price of that much (quantity-price.ts), not the unit alone.
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("money for a quantity of goods", () => {
  it("'£7 for 250g, Hollins Farm Shop.': £7 — price of 250g (a shop's price line)", () => {
    expect(exact(at("£7 for 250g, Hollins Farm Shop.", 7))).toEqual(want(7, undefined, "GBP", "price of 250g", "money"));
  });

  it("'It retails at £4.20 for 750ml in most supermarkets.': £4.20 — price of 750ml", () => {
    expect(exact(at("It retails at £4.20 for 750ml in most supermarkets.", 4.2))).toEqual(want(4.2, undefined, "GBP", "price of 750ml", "money"));
  });

  it("'£6 for a 400g jar, Mill Lane Stores.': £6 — price of a 400g jar (the container priced)", () => {
    expect(exact(at("£6 for a 400g jar, Mill Lane Stores.", 6))).toEqual(want(6, undefined, "GBP", "price of a 400g jar", "money"));
  });

  it("'£9 for 500g of oats, Kettle Grocers.': £9 — price of 500g of oats (the goods after 'of')", () => {
    expect(exact(at("£9 for 500g of oats, Kettle Grocers.", 9))).toEqual(want(9, undefined, "GBP", "price of 500g of oats", "money"));
  });

  it("'The courier was fined £300 for 20 grams of cocaine.': £300 — fine for 20 grams of cocaine (the money's verb first)", () => {
    expect(exact(at("The courier was fined £300 for 20 grams of cocaine.", 300))).toEqual(want(300, undefined, "GBP", "fine for 20 grams of cocaine", "money"));
  });

  it("'Parking is £3 for 40 minutes on weekdays.': £3 — parking (a time is no goods)", () => {
    expect(exact(at("Parking is £3 for 40 minutes on weekdays.", 3))).toEqual(want(3, undefined, "GBP", "parking", "money"));
  });

  it("'Top pick: Cedar Balm £11 for 60ml, from chemists.': £11 — Cedar Balm (a product's name before its price)", () => {
    expect(exact(at("Top pick: Cedar Balm £11 for 60ml, from chemists.", 11))).toEqual(want(11, undefined, "GBP", "Cedar Balm", "money"));
  });

  it("near miss: 'The cream sells for £19.99 for 80g.': £19.99 — cream (the subject of the verb it is sold at)", () => {
    expect(exact(at("The cream sells for £19.99 for 80g.", 19.99))).toEqual(want(19.99, undefined, "GBP", "cream", "money"));
  });

  it("near miss: 'The moisturiser, £24 for 50ml, is available now.': £24 — moisturiser (the noun the price stands beside)", () => {
    expect(exact(at("The moisturiser, £24 for 50ml, is available now.", 24))).toEqual(want(24, undefined, "GBP", "moisturiser", "money"));
  });

  it("near miss: 'Saffron sells for as much as £10 for 1g.': as much as £10 — saffron", () => {
    expect(exact(at("Saffron sells for as much as £10 for 1g.", 10))).toEqual(want(10, "as much as", "GBP", "saffron", "money"));
  });
});

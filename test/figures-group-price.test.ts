// A price list names who pays each price right after it: the amount is the price for that group (group-price.ts).
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("a price for a group, not the group", () => {
  it("'Prices from £21 adults, £15 concessions and £5 kids' → price for adults, not 'adults'", () => {
    expect(exact(at("Tickets are on sale until kick-off. Prices from £21 adults, £15 concessions and £5 kids.", 21))).toEqual(
      want(21, undefined, "GBP", "price for adults", "money"),
    );
  });

  it("'a 17-day trip from £3,829 pp' → price per person, not 'pp'", () => {
    expect(exact(at("Virgin Holidays offers a 17-day trip from £3,829 pp.", 3_829))).toEqual(want(3_829, undefined, "GBP", "price per person", "money"));
  });

  it("a group that opens a noun is no price list: 'She bought £5 children's books' keeps the books", () => {
    expect(exact(at("She bought £5 children's books.", 5))).toEqual(want(5, undefined, "GBP", "children's books", "money"));
  });
});

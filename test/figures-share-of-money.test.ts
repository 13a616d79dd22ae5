// A share of a sum ("two-thirds of the $9m budget") keeps the sum a money figure: a sum is no count a part is out of,
// and dropping it as the whole, typed a count, left the card with nothing (link.ts).
// A share capped "up to" after a penalty is the largest penalty allowed (penalty-share.ts).
import { describe, expect, it } from "vitest";
import { exactOnly, typedList, want } from "#test/helpers/figures.ts";

describe("a share of a sum: the sum stays money on the card", () => {
  it("'Two-thirds of the $9m budget was spent on roads.' → $9m — budget", () => {
    expect(exactOnly("Two-thirds of the $9m budget was spent on roads.")).toEqual(want(9_000_000, undefined, "USD", "budget", "money"));
  });
  it("'Half of the £40,000 went to the hospice.': money, as 'Most of the £40,000' reads (was a count in GBP, off the card)", () => {
    expect(typedList("Half of the £40,000 went to the hospice.")).toEqual([["Half", "other", false], ["£40,000", "money", true]]);
    expect(typedList("Most of the £40,000 went to the hospice.")).toEqual([["£40,000", "money", true]]);
  });
});

describe("near misses: a count's whole is still folded into the part", () => {
  it("'He won 210 of the 400 seats.': 400 is the whole, no figure", () => {
    expect(typedList("He won 210 of the 400 seats.")).toEqual([["210", "count", true], ["400", "count", false]]);
  });
  it("'A quarter of the 400 workers lost their jobs.': the share labelled by its whole, 400 folded", () => {
    expect(typedList("A quarter of the 400 workers lost their jobs.")).toEqual([["A quarter", "other", true], ["400", "count", false]]);
  });
});

describe("penalty-share.ts: a share capped 'up to' after a penalty is the largest penalty allowed (blind sample BA's made-up shape S4)", () => {
  it("'Regulators can levy penalties of up to 8 per cent of a firm's yearly revenue' → maximum penalty of firm's yearly revenue", () => {
    // Was 'share of firm's yearly revenue': read as a part of the revenue.
    expect(exactOnly("Regulators can levy penalties of up to 8 per cent of a firm's yearly revenue.")).toEqual(want(8, "up to", "%", "maximum penalty of firm's yearly revenue", "percent"));
  });
  it("'Firms face penalties up to 4% of global turnover.': the noun with no 'of'", () => {
    expect(exactOnly("Firms face penalties up to 4% of global turnover.")?.label).toBe("maximum penalty of global turnover");
  });
  it("'The watchdog can fine companies up to 10% of their annual turnover.': a verb of penalising and its object", () => {
    expect(exactOnly("The watchdog can fine companies up to 10% of their annual turnover.")?.label).toBe("maximum penalty of annual turnover");
  });
  it("near misses: 'Sales rose by up to 8 per cent of revenue' (no penalty), 'fines of 4% of global turnover' (no cap), 'fined for hiring up to 5% of staff' (the verb past its object's reach)", () => {
    expect(exactOnly("Sales rose by up to 8 per cent of revenue.")?.label).not.toMatch(/penalty/);
    expect(exactOnly("Firms face fines of 4% of global turnover.")?.label).not.toMatch(/penalty/);
    expect(exactOnly("Fined, firms cut up to 5% of staff.")?.label).not.toMatch(/penalty/); // a comma ends the verb's reach
    expect(exactOnly("Firms face fines of up to 4%, the report said.")?.label).not.toMatch(/^maximum penalty of/); // no base named
    expect(exactOnly("The firm was fined for laying off part of its staff and then hiring up to 5% of its workforce back.")?.label).not.toMatch(/penalty/);
  });
});

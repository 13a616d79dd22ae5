// A share of a sum ("two-thirds of the $9m budget") keeps the sum a money figure: a sum is no count a part is out of,
// and dropping it as the whole, typed a count, left the card with nothing (link.ts).
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

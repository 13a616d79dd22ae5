// Money a verb of raising or losing moves right after it is the sum raised or the loss, not the party (party-moved.ts).
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("money raised or lost: not the party that raised or lost it", () => {
  it("'the national broadsheet lost $30 million in the 2012/13 financial year' → loss, not 'national broadsheet'", () => {
    const text = "It has been reported that the national broadsheet lost $30 million in the 2012/13 financial year.";
    expect(exact(at(text, 30_000_000))).toEqual(want(30_000_000, undefined, "USD", "loss", "money"));
  });

  it("'after strangers raised £300,000' → raised, not 'strangers'", () => {
    expect(exact(at("The pensioner moved into his new home after strangers raised £300,000.", 300_000))).toEqual(want(300_000, undefined, "GBP", "raised", "money"));
  });

  it("a purpose after it says more: 'supporters raised £5,000 for the hospice' → raised for the hospice", () => {
    expect(exact(at("His supporters raised £5,000 for the hospice.", 5_000))).toEqual(want(5_000, undefined, "GBP", "raised for the hospice", "money"));
  });
});

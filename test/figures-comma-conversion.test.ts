// A local sum and its conversion set off by commas alone are one figure (conversion.ts); a country's pounds are money
// (numbers.ts' NAMED_CURRENCIES), never a weight.
import { describe, expect, it } from "vitest";
import { exactOnly, figs, want } from "#test/helpers/figures.ts";

describe("'N Egyptian pounds, more than $M,': the dollars convert the local sum", () => {
  it("'Each family was paid 3,000 Egyptian pounds, more than $400, in compensation.': 3,000 EGP — payment, alone", () => {
    expect(exactOnly("Each family was paid 3,000 Egyptian pounds, more than $400, in compensation.")).toEqual(want(3000, undefined, "EGP", "payment", "money"));
  });
  it("'The tax is 6,000 Kenyan shillings, about $70.': 6,000 KES — tax, alone", () => {
    expect(exactOnly("The tax is 6,000 Kenyan shillings, about $70.")).toEqual(want(6000, undefined, "KES", "tax", "money"));
  });
  it("'He was fined 4,000 Egyptian pounds.': a country's pounds are money, not a weight", () => {
    expect(exactOnly("He was fined 4,000 Egyptian pounds.")).toEqual(want(4000, undefined, "EGP", "fine", "money"));
  });
});

describe("near misses", () => {
  it("'The firm made $5m, £3m from the deal.': an amount the clause goes on from is a second figure", () => {
    expect(figs("The firm made $5m, £3m from the deal.")).toHaveLength(2);
  });
});

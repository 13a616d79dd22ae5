// "amount" and "amounts" before "to" and an amount are the verb, whatever the tagger says: what amounts to the money is
// the clause's subject (amount-to.ts). One-sentence repros with the exact figure and near misses.
import { describe, expect, it } from "vitest";
import { exactOnly, want } from "#test/helpers/figures.ts";

describe("what amounts to an amount names it (amount-to.ts)", () => {
  it("'Analysts said the losses amount to nearly $800m': losses, the clause after the saying verb", () => {
    expect(exactOnly("Analysts said the losses amount to nearly $800m.")).toEqual(want(8e8, "nearly", "USD", "losses", "money"));
  });

  it("'The fine amounts to $90 a day': the rate keeps its period", () => {
    expect(exactOnly("The fine amounts to $90 a day.")).toEqual(want(90, undefined, "USD", "fine a day", "money"));
  });

  it("'because the costs of keeping him in care amount to £600': the subject with its 'of' phrase, back to 'because'", () => {
    expect(exactOnly("The family is struggling because the costs of keeping him in care amount to £600.")).toEqual(want(600, undefined, "GBP", "costs of keeping him in care", "money"));
  });

  it("near miss: 'The total amount to be repaid is £2,000': 'amount' before an infinitive is the noun", () => {
    expect(exactOnly("The total amount to be repaid is £2,000.")).toEqual(want(2000, undefined, "GBP", "total amount", "money"));
  });

  it("near miss: 'refunded small amounts of £20': 'amounts' before 'of' is the noun", () => {
    expect(exactOnly("Customers were refunded small amounts of £20.")).toEqual(want(20, undefined, "GBP", "small amounts", "money"));
  });
});

// Money a participle right after it says was given "from", "by" or "to" a body is that allocation, grant or funding,
// not the body ('£8m — Home Office', card audit 32's pattern 3; given-from.ts). One-sentence repros with the exact
// figure, and near misses: the verb before the amount, a participle that gives nothing.
import { describe, expect, it } from "vitest";
import { exactOnly, labelOf, want } from "#test/helpers/figures.ts";

describe("money given from or by a body is labelled by what it is (given-from.ts)", () => {
  it("'The £6m allocated from the Treasury': an allocation from the Treasury, not 'Treasury'", () => {
    expect(exactOnly("The £6m allocated from the Treasury will pay for new buses.")).toEqual(want(6e6, undefined, "GBP", "allocation from the Treasury", "money"));
  });

  it("'the £40m given by the state': funding from the state", () => {
    expect(exactOnly("Of the £40m given by the state, little has been spent.")).toEqual(want(4e7, undefined, "GBP", "funding from the state", "money"));
  });

  it("'$20,000 donated by neighbours': a donation from neighbours", () => {
    expect(exactOnly("The appeal has seen $20,000 donated by neighbours.")).toEqual(want(20000, undefined, "USD", "donation from neighbours", "money"));
  });

  it("'The £3m granted to the museum': a grant to the museum", () => {
    expect(exactOnly("The £3m granted to the museum paid for a new roof.")).toEqual(want(3e6, undefined, "GBP", "grant to the museum", "money"));
  });

  it("near miss: 'He allocated £6m from the budget' — the verb before the amount is not this shape", () => {
    expect(exactOnly("He allocated £6m from the budget.")).toEqual(want(6e6, undefined, "GBP", "budget", "money"));
  });

  it("near miss: 'The £6m spent by the Treasury' — a participle that gives nothing keeps the reading it had", () => {
    expect(exactOnly("The £6m spent by the Treasury was wasted.")).toEqual(want(6e6, undefined, "GBP", "Treasury", "money"));
  });

  it("near miss: 'paid by the hour' — a rate's time after 'by' is no giver, the older reading stands", () => {
    expect(exactOnly("He earned £40,000 paid by the hour.")).toEqual(want(40000, undefined, "GBP", "earnings", "money"));
  });

  it("near miss: 'raised by the end of March' — a time after 'by' is no giver ('raised from the end' was read)", () => {
    expect(labelOf("The £10m raised by the end of March was a record.", 1e7)).not.toMatch(/from the end/);
  });

  it("'The £500 paid by cheque': a means after 'by' is no giver, the payment alone (not 'payment from cheque')", () => {
    expect(exactOnly("The £500 paid by cheque was returned.")).toEqual(want(500, undefined, "GBP", "payment", "money"));
  });
});

// An amount said as a line crossed ("passed the £1bn mark", "the £500,000 milestone") is labelled by what crossed it,
// not the line's noun (mark.ts). Each test is a one-sentence repro with the exact figure, with the near misses the
// rule must leave alone.
import { describe, expect, it } from "vitest";
import { exactOnly, want } from "#test/helpers/figures.ts";

describe("what reached the mark names the amount (mark.ts)", () => {
  it("'Online sales topped the £2billion mark': online sales", () => {
    expect(exactOnly("Online sales topped the £2billion mark last year.")).toEqual(want(2e9, undefined, "GBP", "online sales", "money"));
  });

  it("'The charity's appeal passed the £500,000 milestone': a milestone is a line too", () => {
    expect(exactOnly("The charity's appeal passed the £500,000 milestone on Friday.")).toEqual(want(500000, undefined, "GBP", "charity's appeal", "money"));
  });

  it("'the third British album to cross the 1 million mark': an infinitive's doer is the noun before its 'to'", () => {
    expect(exactOnly("It is the third British album to cross the 1 million mark this year.")).toEqual(want(1e6, undefined, undefined, "third British album", "count"));
  });

  it("'may raise its offer to the £3m mark': the noun the line is said of, with no verb between", () => {
    expect(exactOnly("The council may raise its offer to the £3m mark.")).toEqual(want(3e6, undefined, "GBP", "offer", "money"));
  });

  it("'The total value of the club's shares reached the £90million mark': a head with its 'of' names the thing", () => {
    expect(exactOnly("The total value of the club's shares reached the £90million mark in March.")).toEqual(want(9e7, undefined, "GBP", "total value of the club's shares", "money"));
  });

  it("'The cost of borrowing fell from its current 5% mark': a gerund after 'of' is the thing, over 'from'", () => {
    expect(exactOnly("The cost of borrowing fell from its current 5% mark.")).toEqual(want(5, undefined, "%", "cost of borrowing", "percent"));
  });

  it("near miss: 'It crossed the £1bn mark': a pronoun names nothing, so the line stays", () => {
    expect(exactOnly("It crossed the £1bn mark in May.")).toEqual(want(1e9, undefined, "GBP", "mark", "money"));
  });

  it("near miss: 'Shares were traded near the 300p mark': no verb of reaching before the line, so nothing crossed it", () => {
    expect(exactOnly("Shares were traded near the 300p mark.")).toEqual(want(3, undefined, "GBP", "mark", "money"));
  });
});

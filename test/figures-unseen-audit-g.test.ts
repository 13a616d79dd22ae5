// Readings found wrong in card audit 13's sample G (docs/audits/card-audit-13.md: cnndm-dev and dev-bbc articles no
// gold was read for): money labelled by a neighbouring word rather than by what the money is. Each is the general
// construction behind it as a one-sentence repro with the exact figure; these fixes were chosen on sample G, so G's
// after-figure is fitted.
import { describe, expect, it } from "vitest";
import { at, exact } from "#test/helpers/figures.ts";

describe("an amount after 'for' with no verb that moves money is a price, or an asking price, not the noun before it", () => {
  it("'download the song in minutes for 70p': the price, not the minutes", () => {
    expect(exact(at("Who would travel miles to a record shop when they could download the song in minutes for 70p?", 0.7))).toEqual({ value: 0.7, qualifier: undefined, unit: "GBP", label: "price", type: "money" });
  });

  it("'on the market for more than $1.2 million', 'initially listed for $889,000': the asking price", () => {
    expect(exact(at("Agent Paul Summers said the Edwardian style yacht is on the market for more than $1.2 million.", 1.2e6))).toEqual({ value: 1.2e6, qualifier: "more than", unit: "USD", label: "asking price", type: "money" });
    expect(at("It has been on the market for 366 days and was initially listed for $889,000.", 889000)).toMatchObject({ unit: "USD", type: "money", label: "asking price" });
  });

  it("a thing's own noun before 'for' stays its label ('a cheque for £1.5m')", () => {
    expect(at("Hearn produced a cheque for £1.5m live on television.", 1.5e6).label).toMatch(/cheque/);
  });
});

describe("an amount right before a comparative is a difference, not the comparative or what it is compared with", () => {
  it("'That is £1,000 cheaper than last year's list': the price difference", () => {
    expect(exact(at("That is £1,000 cheaper than last year's list due to falling manufacturing costs making gadgets more affordable.", 1000))).toEqual({ value: 1000, qualifier: undefined, unit: "GBP", label: "price difference", type: "money" });
  });

  it("'$10 million more than co-star Mark Wahlberg', '£4.5bn higher than the same period': a difference", () => {
    expect(at("Washington is believed to have been paid $20 million - $10 million more than co-star Mark Wahlberg - for the film.", 1e7)).toMatchObject({ unit: "USD", type: "money", label: "difference" });
    expect(at("The deficit now stands at £36.3bn, £4.5bn higher than the same period in 2003.", 4.5e9)).toMatchObject({ unit: "GBP", type: "money", label: "difference" });
  });

  it("'costs £50 more, at £249.99' with no 'than' is not made a difference", () => {
    expect(at("Motorola's Gold version costs £50 more, at £249.99.", 50).label).not.toBe("difference");
  });
});

describe("'set X back £N' and 'cost X £N' are the cost, not the one who pays it", () => {
  it("'Owning all 10 gadgets will set the gadget lover back £7,455': the cost to the gadget lover", () => {
    expect(exact(at("Owning all 10 gadgets will set the gadget lover back £7,455.", 7455))).toEqual({ value: 7455, qualifier: undefined, unit: "GBP", label: "cost to gadget lover", type: "money" });
  });

  it("'will cost you $180,000', 'will set you back £18,188 a night': the cost (a pronoun payer is not named)", () => {
    expect(at("A ticket at ringside will cost you $180,000 -- a knockout price.", 180000)).toMatchObject({ unit: "USD", type: "money", label: "cost" });
    expect(at("To rent the massive room, it will set you back £18,188 a night.", 18188)).toMatchObject({ unit: "GBP", type: "money", label: "cost a night" });
  });

  it("a judging word after an article is no payer ('cost a paltry £3million'); a name is the buyer ('cost Chelsea £19.35m', cost-named.ts)", () => {
    expect(at("Ospina cost a paltry £3million.", 3e6)).toMatchObject({ type: "money", label: "cost" });
    expect(at("Oscar cost Chelsea £19.35m and they would want a profit.", 19.35e6)).toMatchObject({ type: "money", label: "cost of Oscar" });
  });
});

describe("a price a market's session ended or opened at is the closing (or opening) price, not the day", () => {
  it("'ended the day down at $8.08': the closing price", () => {
    expect(exact(at("The real estate firm, which dominates Lebanon's stock exchange, ended the day down at $8.08.", 8.08))).toEqual({ value: 8.08, qualifier: undefined, unit: "USD", label: "closing price", type: "money" });
    expect(at("In London, the benchmark Brent crude price closed down 51 cents at $44.38 a barrel.", 44.38)).toMatchObject({ unit: "USD", type: "money", label: "closing price" });
  });

  it("a verb with an object before 'at' is no session ('closed the deal at $5bn')", () => {
    expect(at("They closed the deal at $5bn.", 5e9).label).not.toBe("closing price");
  });
});

describe("an amount after a publisher in a bracket is the price, not the publisher", () => {
  it("'(Scribe Books, £12.99)': the price", () => {
    expect(exact(at("BREAKTHROUGH by Jack Andraka with Matthew Lysiak (Scribe Books, £12.99).", 12.99))).toEqual({ value: 12.99, qualifier: undefined, unit: "GBP", label: "price", type: "money" });
  });

  it("a converted amount in a bracket is not a price ('300bn yen ($2.9bn, £1.5bn)')", () => {
    expect(at("Toshiba expects sales of HD-DVDs to reach 300bn yen ($2.9bn, £1.5bn) by 2010.", 300e9).label).toBe("sales");
  });
});

describe("what an amount is the worth of is the thing before a place's name, not 'total'", () => {
  it("'owns four property in the town of Sunapee worth $3million in total': the property", () => {
    expect(exact(at("Records show that a Dellinger family trust owns four property in the town of Sunapee worth $3million in total.", 3e6))).toEqual({ value: 3e6, qualifier: undefined, unit: "USD", label: "property", type: "money" });
  });
});

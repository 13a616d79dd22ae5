// An idiom's noun around an amount ('top' of "on top of", 'tune' of "to the tune of", 'range' of "in the £5,300 range",
// a post-positive 'extra', 'excess' of "in excess of") is a frame: the label is what the amount counts (frame-noun.ts).
// One-sentence repros with the exact figure and near misses.
import { describe, expect, it } from "vitest";
import { at, exact, exactOnly, want } from "#test/helpers/figures.ts";

describe("an idiom's frame noun is no label (frame-noun.ts)", () => {
  it("'on top of some £40million it is paying in refunds': the purpose 'in' past the relative clause", () => {
    const text = "The fine came on top of some £40million it is paying in refunds to wronged customers.";
    expect(exact(at(text, 4e7))).toEqual(want(4e7, "some", "GBP", "refunds", "money"));
  });

  it("'on top of £40m fines': the noun right after the amount", () => {
    expect(exactOnly("The penalty came on top of £40m fines.")).toEqual(want(4e7, undefined, "GBP", "fines", "money"));
  });

  it("'As part of $3bn in multi-year contracts': the purpose 'in'", () => {
    expect(exactOnly("As part of $3bn in multi-year contracts, Sprint will upgrade its network.")).toEqual(want(3e9, undefined, "USD", "multi-year contracts", "money"));
  });

  it("'to fund Yahoo to the tune of $2m': the verb and its object", () => {
    expect(exactOnly("They persuaded venture capitalists to fund Yahoo to the tune of $2m.")).toEqual(want(2e6, undefined, "USD", "fund Yahoo", "money"));
  });

  it("'accused of looting the conglomerate to the tune of $600m': an '-ing' verb the tagger calls a noun", () => {
    expect(exactOnly("He was accused of looting the conglomerate to the tune of $600m.")).toEqual(want(6e8, undefined, "USD", "looting the conglomerate", "money"));
  });

  it("'Raheem Sterling would cost in region of £50million': the money verb's noun", () => {
    expect(exactOnly("Raheem Sterling would cost in region of £50million.")).toEqual(want(5e7, undefined, "GBP", "cost", "money"));
  });

  it("'the maintenance costs, including damage …, are in the order of': the copula's subject over the aside", () => {
    const text = "The maintenance costs, including damage from poor tenancy, are in the order of approximately $12 million.";
    expect(exact(at(text, 12e6))).toEqual(want(12e6, "approximately", "USD", "maintenance costs", "money"));
  });

  it("'the average sale so far is in the £5,300 range': the copula's subject, over its adverbs", () => {
    expect(exactOnly("Gregoire said the average sale so far is in the £5,300 range.")).toEqual(want(5300, undefined, "GBP", "average sale", "money"));
  });

  it("'found almost £8billion extra in real terms for the National Health Service': extra for what the 'for' names", () => {
    const text = "We found almost £8billion extra in real terms for the National Health Service.";
    expect(exactOnly(text)).toEqual(want(8e9, "almost", "GBP", "extra for National Health Service", "money"));
  });

  it("'no more than 10 per cent in excess of the 147 lb welter limit': over the line exceeded, past its own measure", () => {
    const text = "The boxers must weigh no more than 10 per cent in excess of the 147 lb welter limit.";
    expect(exact(at(text, 10))).toEqual(want(10, "no more than", "%", "over welter limit", "percent"));
  });

  it("near miss: 'may test the $40 range': a range a verb acts on, no 'in the', stays", () => {
    expect(exactOnly("Oil prices may test the $40 range.")).toEqual(want(40, undefined, "USD", "range", "money"));
  });

  it("near miss: 'getting $25 billion extra each year to spend': no 'for' says what, 'extra' stays", () => {
    expect(exactOnly("I'd be getting $25 billion extra each year to spend on things.")).toEqual(want(25e9, undefined, "USD", "extra", "money"));
  });

  it("near miss: 'came on top of £40million in London': a place after 'in' is where, not what", () => {
    expect(exactOnly("The fine came on top of £40million in London.")).toEqual(want(4e7, undefined, "GBP", "top", "money"));
  });

  it("near miss: 'Bids reached the top of £40m fines': no preposition opens an idiom, the top reached stays", () => {
    expect(exactOnly("Bids reached the top of £40m fines.")).toEqual(want(4e7, undefined, "GBP", "top", "money"));
  });

  it("near miss: 'the leader of the £5,300 range': a range not said 'in the' is a thing (a product line), kept", () => {
    expect(exactOnly("Mulberry is the leader of the £5,300 range.")).toEqual(want(5300, undefined, "GBP", "range", "money"));
  });

  it("near miss: 'came on top of £5m in real terms': 'in real terms' says how it is counted, not what", () => {
    expect(exactOnly("The rise came on top of £5m in real terms.")).toEqual(want(5e6, undefined, "GBP", "top", "money"));
  });

  it("'made to fund the Royal Opera House to the tune of £2m': an infinitive's verb the tagger calls a noun, over a four-word name", () => {
    expect(exactOnly("Members are made to fund the Royal Opera House to the tune of £2m.")).toEqual(want(2e6, undefined, "GBP", "fund the Royal Opera House", "money"));
  });
});

// A money label that is the verb that moved it (an irregular form, or a verb with its object) is named by the verb's
// noun, and a giving verb's object by "to" (verb-label.ts). One-sentence repros with the exact figure, and near misses:
// a noun of pay ("pay day"), a spending verb with an object, a name the label cut.
import { describe, expect, it } from "vitest";
import { exactOnly, labelOf, want } from "#test/helpers/figures.ts";

describe("money labelled by its verb is named by the verb's noun (verb-label.ts)", () => {
  it("'that man should pay the other $5 million': payment, not 'pay'", () => {
    expect(exactOnly("He said that man should pay the other $5 million.")).toEqual(want(5e6, undefined, "USD", "payment", "money"));
  });

  it("'ordered to pay his wife $2.6 million': payment to wife, not 'pay wife'", () => {
    expect(exactOnly("Sterling has been ordered to pay his wife $2.6 million.")).toEqual(want(2.6e6, undefined, "USD", "payment to wife", "money"));
  });

  it("'awarded Shelly Sterling the nearly $3million': an award to a name of two words", () => {
    // This test read "most of the nearly $3million she had sought" and pinned 'award to Shelly Sterling': the award was
    // most of it, so $3million is the sum she sought (sought-amount.ts, below); the award's name is kept here whole.
    const text = "Judge Fruin awarded Shelly Sterling the nearly $3million.";
    expect(exactOnly(text)).toEqual(want(3e6, "nearly", "USD", "award to Shelly Sterling", "money"));
  });

  it("'a jury awarded a New York family $6.75 million': a cut name is left out ('award', not 'award to New')", () => {
    expect(exactOnly("A jury awarded a New York family $6.75 million in their lawsuit.")).toEqual(want(6.75e6, undefined, "USD", "award", "money"));
  });

  it("'had lent her £6,000': loan, not 'lent'", () => {
    expect(exactOnly("He had lent her £6,000 that she never paid back.")).toEqual(want(6000, undefined, "GBP", "loan", "money"));
  });

  it("'early gigs would earn her about $30': earnings, not 'earn'", () => {
    expect(exactOnly("Early gigs would earn her about $30.")).toEqual(want(30, "about", "USD", "earnings", "money"));
  });

  it("'won a dream £100,000': winnings, not 'won dream'", () => {
    expect(exactOnly("The winner won a dream £100,000 after coming first.")).toEqual(want(100000, undefined, "GBP", "winnings", "money"));
  });

  it("near miss: 'a career-best $1.4 million pay day' is a noun of pay", () => {
    expect(exactOnly("He turned down a career-best $1.4 million pay day.")).toEqual(want(1.4e6, undefined, "USD", "pay day", "money"));
  });

  it("near miss: 'The pay of nurses … a $20,000 pay packet': the word before is the noun, not the verb", () => {
    expect(exactOnly("The pay of nurses is low: a $20,000 pay packet is common.")).toEqual(want(20000, undefined, "USD", "pay packet", "money"));
  });

  it("near miss: 'a $1.4 million pay day will pay for it': the verb comes after the amount, not before", () => {
    expect(exactOnly("A career-best $1.4 million pay day will pay for it.")).toEqual(want(1.4e6, undefined, "USD", "pay day", "money"));
  });

  it("near miss: 'spent the night in a #170-a-night pod': a spending verb keeps a label with an object", () => {
    expect(labelOf("She spent the night in a #170-a-night 'designer pod'.", 170)).toBe("spent night");
  });
});

describe("money sought after a part of it was given is the sum sought, not the award (sought-amount.ts; blind sample BA's made-up shape S3)", () => {
  it("'awarded Mary Jones most of the roughly $5million she had asked for' → sought by Mary Jones", () => {
    // Was 'Mary Jones' (in the sample 'award to' and the name): the award is 'most of' it, a different figure.
    const text = "A city judge, Tom Reed, awarded Mary Jones most of the roughly $5million she had asked for.";
    expect(exactOnly(text)).toEqual(want(5e6, "roughly", "USD", "sought by Mary Jones", "money"));
    expect(exactOnly("Judge Fruin awarded Shelly Sterling most of the nearly $3million she had sought.")).toEqual(want(3e6, "nearly", "USD", "sought by Shelly Sterling", "money"));
  });
  it("'gave the council half of the £2m which Rowan Homes had claimed' → sought by Rowan Homes: a named subject, 'which'", () => {
    expect(exactOnly("The court gave the council half of the £2m which Rowan Homes had claimed.")?.label).toBe("sought by Rowan Homes");
  });
  it("'gave him some of the £40,000 it wanted' → sum sought: a pronoun with no name given to", () => {
    expect(exactOnly("The jury gave him some of the £40,000 it wanted.")?.label).toBe("sum sought");
  });
  it("'awarded the family most of $5million claimed in the suit' → sum sought: no subject, no article", () => {
    expect(exactOnly("The judge awarded the family most of $5million claimed in the suit.")?.label).toBe("sum sought");
  });
  it("near misses: 'awarded the $300,000 he had asked for' (no part: the award), 'most of the $5million she had spent' (no seeking), 'most of the $5million in the fund' (no clause)", () => {
    expect(exactOnly("He was awarded the $300,000 he had asked for.")?.label).toBe("award");
    expect(exactOnly("He was awarded all of the $300,000 he had asked for.")?.label).not.toMatch(/sought/); // all of it: the award
    expect(exactOnly("The union won most of the 5% it had sought.")?.label).not.toMatch(/sought/); // no money
    expect(exactOnly("The judge awarded Mary Jones most of the $5million she had spent.")?.label).not.toMatch(/sought/);
    expect(exactOnly("The judge awarded Mary Jones most of the $5million in the fund.")?.label).not.toMatch(/sought/);
    expect(exactOnly("The judge awarded Mary Jones most of the $5million she had asked about.")?.label).not.toMatch(/sought/);
  });
});

// An amount in a yes-no question put with a modal ("Would you … for £3?") is a case put, not reported: no card figure
// (asked-hypothetical.ts).
import { describe, expect, it } from "vitest";
import { exactOnly, figs, want } from "#test/helpers/figures.ts";

describe("an amount in a question put", () => {
  it("'The host asked: \"Would you walk a stranger's dog for £2?\"': no figure", () => {
    expect(figs("The host asked: \"Would you walk a stranger's dog for £2?\"")).toEqual([]);
  });
  it("\"Could anyone feed a family on £40 a week?\": no figure", () => {
    expect(figs("Could anyone feed a family on £40 a week? Charities doubt it.")).toEqual([]);
  });
  it("\"The host asked the panel: would you walk a stranger's dog for £2?\": a colon opens the question, no quote", () => {
    expect(figs("The host asked the panel: would you walk a stranger's dog for £2?")).toEqual([]);
  });
});

describe("near misses", () => {
  it("\"'Why did you spend £20million on the plan?' she asked.\": a question that presumes its amount reports it", () => {
    expect(exactOnly("'Why did you spend £20million on the plan?' she asked.")).toMatchObject({ value: 2e7, unit: "GBP", type: "money" });
  });
  it("\"Did they really pay £20million for the plan?\": no modal; a question about what was paid", () => {
    expect(exactOnly("Did they really pay £20million for the plan?")).toMatchObject({ value: 2e7, unit: "GBP", type: "money" });
  });
  it("\"Can Chelsea afford the £50m fee Napoli want?\": a modal, but the fee is asked of a club, not put as a case", () => {
    expect(exactOnly("Can Chelsea afford the £50m fee Napoli want?")).toMatchObject({ value: 5e7, unit: "GBP", type: "money" });
  });
  it("\"Would you believe it, the shop made £4m.\": no question mark closes the clause", () => {
    expect(exactOnly("Would you believe it, the shop made £4m.")).toMatchObject({ value: 4e6, unit: "GBP", type: "money" });
  });
  it("\"Would you like tea? He paid £6 for a pot.\": the question closes before the amount's sentence", () => {
    expect(exactOnly("Would you like tea? He paid £6 for a pot.")).toEqual(want(6, undefined, "GBP", "payment for a pot", "money"));
  });
  it("\"Should people pay £500 more in council tax?\": a group the story is about, asked of a real proposal", () => {
    expect(exactOnly("Should people pay £500 more in council tax?")).toEqual(want(500, undefined, "GBP", "payment", "money"));
  });
  it("\"Will they repay the £2m loan?\": 'they' are the story's borrowers, and 'the' says the loan is known", () => {
    expect(exactOnly("Will they repay the £2m loan?")).toEqual(want(2e6, undefined, "GBP", "loan", "money"));
  });
  it("\"Could you pay the £9 fee?\": put to anyone, but of an amount the story already knows", () => {
    expect(exactOnly("Could you pay the £9 fee?")).toEqual(want(9, undefined, "GBP", "fee", "money"));
  });
  it("\"Can they raise £40,000 by Friday?\": 'they' are the story's fundraisers, their target reported", () => {
    expect(exactOnly("Can they raise £40,000 by Friday?")).toEqual(want(40000, undefined, "GBP", "raised", "money"));
  });
});

// Money followed by what it is for takes the noun of the verb that moved it, for verbs the lexicon leaves out
// (purpose-verb.ts): from sweep 41's money labelled by its "for …", "to …" or "on …" alone (made-up sentences).
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("the verb before money with a purpose after it", () => {
  it.each([
    ["The referee will pocket $25,000 for the night's work on Saturday.", 25000, undefined, "USD", "sum received for the night's work"],
    ["The club are looking for around £25m for his services this summer.", 25e6, "around", "GBP", "sum sought for his services"],
    ["On the website they are seeking £10,000 for the new protein bar.", 10000, undefined, "GBP", "sum sought for new protein bar"],
    ["He charges $1 million to coach private clients.", 1e6, undefined, "USD", "charge to coach private clients"],
    ["It would take £40m to stage a takeover of the club.", 40e6, undefined, "GBP", "cost to stage a takeover"],
    ["The creditors have each put up $480m to stabilise the firm.", 480e6, undefined, "USD", "funding to stabilise the firm"],
    ["The couple spent £500,000 on flowers and £30,000 on a twelve-tier wedding cake.", 30000, undefined, "GBP", "spending on a twelve-tier wedding cake"],
    ["They spent £500,000 ($700,000) on flowers and £30,000 ($40,000) on a wedding cake.", 30000, undefined, "GBP", "spending on a wedding cake"],
  ])("%s", (text, value, qualifier, unit, label) => {
    expect(exact(at(text, value))).toEqual(want(value, qualifier, unit, label, "money"));
  });

  it("near miss: 'took $2m in ticket sales' is takings, not a cost (no purpose after it)", () => {
    expect(at("The show took $2m in ticket sales last week.", 2e6).label).not.toMatch(/^cost/);
  });
});

// today-value.ts: a sum restated "by today's standards" or "in today's money" is the earlier sum's thing in today's
// money, not the yardstick (card audit 47's shape 3: "around £25,000 — today's standards").
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("a sum restated in today's money", () => {
  it("'sold the guitar for $3,000 in 1958, which would be around £25,000 by today's standards' → sale price in today's money", () => {
    const text = "Its maker sold the guitar for $3,000 in 1958, which would be around £25,000 by today's standards.";
    expect(exact(at(text, 25000))).toEqual(want(25000, "around", "GBP", "sale price in today's money", "money"));
  });

  it("after a comma, 'in today's money': 'The ticket cost just $4 in 1962, about £40 in today's money' → ticket", () => {
    expect(exact(at("The ticket cost just $4 in 1962, about £40 in today's money.", 40))).toEqual(want(40, "about", "GBP", "ticket in today's money", "money"));
  });

  it("fronted year, 'in today's terms', no 'about': 'In 1970 the house was bought for £9,000, or £150,000 in today's terms'", () => {
    const text = "In 1970 the house was bought for £9,000, or £150,000 in today's terms.";
    expect(at(text, 150000).label).toBe("purchase price in today's money");
  });

  it("digits in the millions, dollars both: 'The club paid $1 million for him in 1980, some $3.5 million in today's money'", () => {
    const text = "The club paid $1 million for him in 1980, some $3.5 million in today's money.";
    expect(at(text, 3500000).label).toMatch(/ in today's money$/);
  });

  it("near miss: with no sum before it the yardstick stays ('The fee was £4,000 by today's standards')", () => {
    expect(at("Back then a fee of £4,000 by today's standards was huge.", 4000).label).not.toMatch(/in today's money/);
  });
});

// "could not last more than 30 minutes": a bound a negated verb governs turns round, at most 30 (card audit 56, sample
// AX's made-up shape 10: the round's one value error, read 'more than 30').
import { describe, expect, it } from "vitest";
import { displays, exactOnly, one, want } from "#test/helpers/figures.ts";

describe("negated-cap.ts: a negated verb's 'more than N' is at most N", () => {
  it("'The medic warned that Sully could not last more than 40 minutes.' → at most 40 minutes", () => {
    expect(exactOnly("The medic warned that Sully could not last more than 40 minutes.")?.qualifier).toBe("at most");
  });
  it("'The board won't spend more than £8m on the pier.' → at most £8m", () => {
    expect(exactOnly("The board won't spend more than £8m on the pier.")).toEqual(want(8000000, "at most", "GBP", "spending on the pier", "money"));
  });
  it("'The side never conceded fewer than 4 goals away from home.' → at least 4 goals", () => {
    expect(exactOnly("The side never conceded fewer than 4 goals away from home.")?.qualifier).toBe("at least");
  });
  it("near miss: 'The medic warned that Sully could last more than 40 minutes.' → more than 40", () => {
    expect(exactOnly("The medic warned that Sully could last more than 40 minutes.")?.qualifier).toBe("more than");
  });
  it("near miss: 'The board will spend not more than £8m on the pier.' → not more than, the qualifier itself", () => {
    expect(exactOnly("The board will spend not more than £8m on the pier.")?.qualifier).toBe("not more than");
  });
  it("near miss: 'Not one of them scored more than 12 points.' → more than, the negation is the subject's", () => {
    expect(exactOnly("Not one of them scored more than 12 points.")?.qualifier).toBe("more than");
  });

  // The card shows the bound read, not the words it turned: "more than 40" beside 'at most' said the opposite, and a
  // digest line, which puts a qualifier its display lacks in front, read "at most more than 40".
  it("'The medic warned that Sully could not last more than 40 minutes.' shows 'at most 40', on the card and in the listing", () => {
    expect(one("The medic warned that Sully could not last more than 40 minutes.").display).toBe("at most 40");
    expect(displays("The medic warned that Sully could not last more than 40 minutes.")).toEqual(["at most 40"]);
  });
  it("'The side never conceded fewer than 4 goals away from home.' shows 'at least 4'", () => {
    expect(displays("The side never conceded fewer than 4 goals away from home.")).toEqual(["at least 4"]);
  });
  it("near miss: 'The medic warned that Sully could last more than 40 minutes.' shows the article's 'more than 40'", () => {
    expect(displays("The medic warned that Sully could last more than 40 minutes.")).toEqual(["more than 40"]);
  });
});

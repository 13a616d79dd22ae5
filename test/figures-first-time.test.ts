// "for the first time in N years" names what was last done by the clause's own doing (first-time.ts), not 'since last
// time'; a return is an absence, and a doing too long for the label keeps the old label.
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

const years = (value: number, label: string, unit = "years") => want(value, undefined, unit, label, "duration");

describe("the first time in N years: since the clause's doing", () => {
  it("'won the league for the first time in 50 years' → years since winning the league", () => {
    expect(exact(at("Chelsea won the league for the first time in 50 years last season.", 50))).toEqual(years(50, "years since winning the league"));
  });

  it("a passive: 'the painting went on display for the first time in five years' → years since going on display", () => {
    expect(exact(at("The painting went on display for the first time in five years on Monday.", 5))).toEqual(years(5, "years since going on display"));
  });

  it("a return is an absence, not a time since returning: 'returned to Test cricket for the first time in 17 months'", () => {
    expect(exact(at("Trott returned to Test cricket for the first time in 17 months.", 17))).toEqual(years(17, "months since last time", "months"));
  });

  it("'that he had lost' after it is no clause before 'for': the old label stays", () => {
    expect(exact(at("It was the first time in 12 years that he had lost.", 12))).toEqual(years(12, "years since last time"));
  });
});

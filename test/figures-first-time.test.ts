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
    expect(exact(at("Trott returned to Test cricket for the first time in 17 months.", 17))).toEqual(years(17, "months away from Test cricket", "months"));
  });

  it("a return said as a noun: 'on his return to the stage for the first time in six years' → years away from the stage", () => {
    expect(exact(at("The singer was cheered on his return to the stage for the first time in six years.", 6))).toEqual(years(6, "years away from the stage"));
  });

  it("an infinitive's doing: 'beat Ajax 2-0 to win the cup for the first time in seven seasons' → seasons since winning the cup", () => {
    expect(exact(at("PSV beat Ajax 2-0 to win the cup for the first time in seven seasons.", 7))).toEqual(years(7, "seasons since winning the cup", "seasons"));
  });

  it("a bare infinitive after its object: 'saw Leeds reach the final for the first time in 19 years'", () => {
    expect(exact(at("The season saw Leeds reach the final for the first time in 19 years.", 19))).toEqual(years(19, "years since reaching the final"));
  });

  it("'saw his brother for the first time in two years' → years since seeing his brother", () => {
    expect(exact(at("He saw his brother for the first time in two years.", 2))).toEqual(years(2, "years since seeing his brother"));
  });

  it("a denied future keeps the old label: 'will not start the season at the top for the first time in 100 years'", () => {
    expect(exact(at("Arsenal will not start the season at the top for the first time in 100 years.", 100))).toEqual(years(100, "years since last time"));
  });

  it("'that he had lost' after it is no clause before 'for': the old label stays", () => {
    expect(exact(at("It was the first time in 12 years that he had lost.", 12))).toEqual(years(12, "years since last time"));
  });
});

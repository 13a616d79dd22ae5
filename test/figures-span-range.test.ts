// span-range.ts: a span of time given as a range — "over eight months to a year", "over three to five years" (card
// audit 47's shape 9). The upper end "a year" closes the range; "over" on a range of time is no hedge.
import { describe, expect, it } from "vitest";
import { at, exact } from "#test/helpers/figures.ts";

type Fig = ReturnType<typeof at>;
const span = (f: Fig) => ({ ...exact(f), valueMax: f.valueMax });
const range = (value: number, valueMax: number, unit: string, label: string) => ({ value, valueMax, qualifier: undefined, unit, label, type: "duration" });

describe("'N <unit> to a <larger unit>' is one range in the smaller unit", () => {
  it("'paid off over eight months to a year' → 8–12 months, no qualifier", () => {
    const text = "The landlord said it would most likely be a two week deposit, paid off over eight months to a year.";
    expect(span(at(text, 8))).toEqual(range(8, 12, "months", "months"));
  });

  it("digits and the verb first: 'will pay the deposit off over 9 months to a year, the developer said' → 9–12 months", () => {
    expect(span(at("Buyers will pay the deposit off over 9 months to a year, the developer said.", 9))).toEqual(range(9, 12, "months", "months"));
  });

  it("fronted, another topic: 'Over six months to a year the clinic will treat new patients' → 6–12 months", () => {
    expect(span(at("Over six months to a year the clinic will treat new patients.", 6))).toEqual(range(6, 12, "months", "months"));
  });

  it("past tense, other units, no 'over': 'Recovery took 3 days to a week' → 3–7 days", () => {
    expect(span(at("Recovery took 3 days to a week in most cases.", 3))).toEqual(range(3, 7, "days", "days"));
  });

  it("hours to a day, after a comma: 'The repair, officials said, could take four hours to a day' → 4–24 hours", () => {
    expect(span(at("The repair, officials said, could take four hours to a day.", 4))).toEqual(range(4, 24, "hours", "hours"));
  });

  it("near miss: a lower end past one larger unit ('18 months to a year') is no range", () => {
    expect(span(at("The work lasted 18 months to a year, the builder said.", 18)).valueMax).toBeUndefined();
  });

  it("near miss: 'six months to a year and a half' goes on past the unit; left as it was", () => {
    expect(span(at("The ban could last six months to a year and a half.", 6)).valueMax).toBeUndefined();
  });
});

describe("'over' before a range of time is the span, not 'more than'", () => {
  it("'could be repaid over three to five years' → 3–5 years, no qualifier", () => {
    expect(span(at("The council said the debt could be repaid over three to five years.", 3))).toEqual(range(3, 5, "years", "years"));
  });

  it("digits: 'The loan is repaid over 3 to 5 years' → 3–5 years", () => {
    expect(span(at("The loan is repaid over 3 to 5 years, the bank said.", 3))).toEqual(range(3, 5, "years", "years"));
  });

  it("a hyphen, weeks, future: 'The course will be taught over 10-12 weeks' → 10–12 weeks", () => {
    expect(span(at("The course will be taught over 10-12 weeks next spring.", 10))).toEqual(range(10, 12, "weeks", "weeks"));
  });

  it("fronted: 'Over two to three months, the team rebuilt the bridge' → 2–3 months", () => {
    expect(span(at("Over two to three months, the team rebuilt the bridge.", 2))).toEqual(range(2, 3, "months", "months"));
  });

  it("near miss: a single duration keeps 'over' as 'more than' ('He has worked there for over ten years')", () => {
    expect(at("He has worked there for over ten years.", 10).qualifier).toBe("over");
  });

  it("near miss: a count range keeps its 'over' ('over 20 to 30 people')", () => {
    expect(at("The clinic saw over 20 to 30 people a day.", 20).qualifier).toBe("over");
  });
});

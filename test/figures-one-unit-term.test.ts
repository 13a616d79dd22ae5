// one-unit-term.ts: "a one month deposit", "a one week bond", "a one-month deposit": "one" and a unit between "a" and a
// noun are the noun's length, read as "a two week deposit" is (card audit 47's shape 15: no number at all).
import { describe, expect, it } from "vitest";
import { at, exact, figs, want } from "#test/helpers/figures.ts";

const span = (unit: string, label: string) => want(1, undefined, unit, label, "duration");

describe("'a one UNIT NOUN' is a duration labelled by its noun", () => {
  it("'it would most likely be a one month deposit' → 1 months — deposit", () => {
    expect(exact(at("The landlord said it would most likely be a one month deposit.", 1))).toEqual(span("months", "deposit"));
  });

  it("a week, a clause after: 'will have to pay a one week bond before they move in' → 1 weeks — bond", () => {
    const text = "Tenants will have to pay a one week bond before they move in, the minister said.";
    expect(exact(at(text, 1))).toEqual(span("weeks", "bond"));
  });

  it("hyphened, past tense: 'She paid a one-month deposit last May' → 1 months — deposit", () => {
    expect(exact(at("She paid a one-month deposit last May.", 1))).toEqual(span("months", "deposit"));
  });

  it("a day, another topic: 'Nurses staged a one day strike over pay' → 1 days — strike", () => {
    expect(exact(at("Nurses staged a one day strike over pay.", 1))).toEqual(span("days", "strike"));
  });

  it("a year, fronted clause: 'At first, staff will get a one year contract' → 1 years — contract", () => {
    expect(exact(at("At first, staff will get a one year contract.", 1))).toEqual(span("years", "contract"));
  });

  it("near miss: 'One month later he died' has no article before 'one': no figure", () => {
    expect(figs("One month later he died.")).toEqual([]);
  });

  it("near miss: 'a one week of hell': 'of' after the unit is no noun it describes: no figure", () => {
    expect(figs("It was a one week of hell.")).toEqual([]);
  });

  // Any determiner, or a verb whose object it is, before "one"; an adjective may stand before the noun (sweep 41).
  it("'the': 'The students took the one week course in May' → 1 weeks — course", () => {
    expect(exact(at("The students took the one week course in May.", 1))).toEqual(span("weeks", "course"));
  });

  it("a possessive: 'She booked her one month holiday in Spain' → 1 months — holiday", () => {
    expect(exact(at("She booked her one month holiday in Spain.", 1))).toEqual(span("months", "holiday"));
  });

  it("no determiner, a verb's object: 'The bank sells one year bonds to savers' → 1 years — bonds", () => {
    expect(exact(at("The bank sells one year bonds to savers.", 1))).toEqual(span("years", "bonds"));
  });

  it("an adjective before the noun: 'New users get a one month free trial' → 1 months — free trial", () => {
    expect(exact(at("New users get a one month free trial.", 1))).toEqual(span("months", "free trial"));
  });

  it("sentence-initial possessive: 'Their one day strike closed schools' → 1 days — strike", () => {
    expect(exact(at("Their one day strike closed schools.", 1))).toEqual(span("days", "strike"));
  });

  it("near miss: 'One day he left' and 'One year later the firm closed': no figure", () => {
    expect(figs("One day he left.")).toEqual([]);
    expect(figs("One year later the firm closed.")).toEqual([]);
  });

  it("near miss: a verb whose object is a clause, 'He said one day police would come': no figure", () => {
    expect(figs("He said one day police would come.")).toEqual([]);
  });

  it("near miss: 'No one day passes without rain' (no noun after the unit): no figure", () => {
    expect(figs("No one day passes without rain.")).toEqual([]);
  });

  it("near miss (review): 'We met one day last summer' — a time adverbial after the unit: no figure", () => {
    expect(figs("We met one day last summer at the fair.")).toEqual([]);
  });
});

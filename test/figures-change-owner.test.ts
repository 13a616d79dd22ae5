// An amount labelled by its change noun alone takes the subject whose change it is: the subject of a verb of making or
// suffering the change, or of a verb of change the amount's change follows (change-owner.ts).
import { describe, expect, it } from "vitest";
import { at, exact } from "#test/helpers/figures.ts";

const percent = (value: number, label: string) => ({ value, qualifier: undefined, unit: "%", label, type: "percent" });
const money = (value: number, unit: string, label: string) => ({ value, qualifier: undefined, unit, label, type: "money" });

describe("a change noun with its owner", () => {
  it("'The UK clocked up growth of 2.8 per cent' → UK growth", () => {
    expect(exact(at("The UK clocked up growth of 2.8 per cent in 2014.", 2.8))).toEqual(percent(2.8, "UK growth"));
  });

  it("'The airline made a loss of 984m euros' → airline loss", () => {
    expect(exact(at("The airline made a loss of 984m euros in 2003.", 984e6))).toEqual(money(984e6, "EUR", "airline loss"));
  });

  it("after a verb of change: 'Mortgage lending rose by £7.1bn in December, up from a £6.4bn rise' → mortgage lending rise", () => {
    expect(exact(at("Mortgage lending rose by £7.1bn in December, up from a £6.4bn rise in November.", 6.4e9))).toEqual(money(6.4e9, "GBP", "mortgage lending rise"));
  });

  it("over a comparison: 'The airline made £4m, compared with a loss of £9m' → airline loss", () => {
    expect(exact(at("The airline made £4m, compared with a loss of £9m in 2003.", 9e6))).toEqual(money(9e6, "GBP", "airline loss"));
  });
});

describe("near misses keep the noun alone", () => {
  it("someone else's change: 'The IMF is forecasting growth of 2.7 per cent'", () => {
    expect(exact(at("The IMF is forecasting growth of 2.7 per cent this year.", 2.7))).toEqual(percent(2.7, "growth"));
  });

  it("a pronoun subject: 'It made a loss of 27.2m euros'", () => {
    expect(exact(at("It made a loss of 27.2m euros in the first half.", 27.2e6))).toEqual(money(27.2e6, "EUR", "loss"));
  });

  it("a subject that is a change itself: 'The rise in prices delivered growth of 3%'", () => {
    expect(exact(at("The rise in prices delivered growth of 3% last year.", 3))).toEqual(percent(3, "growth"));
  });

  it("a nearer verb of neither kind: 'The airline flew 3m passengers, compared with a loss of 984m euros'", () => {
    expect(exact(at("The airline flew 3m passengers, compared with a loss of 984m euros in 2003.", 984e6))).toEqual(money(984e6, "EUR", "loss"));
  });
});

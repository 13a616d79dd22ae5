// change-fraction.ts: a fraction that says how much something changed ("by a third", "by half", "a third less
// likely") is read as a share is (0.333, type other), labelled by what changed (card audit 47's shape 16: an ordinal,
// or no number at all).
import { describe, expect, it } from "vitest";
import { at, exact, typedList, want } from "#test/helpers/figures.ts";

const part = (value: number, label: string) => want(value, undefined, undefined, label, "other");

describe("'by a third', 'by half': the fraction of a change", () => {
  it("'cut the risk of a snack attack by a third, the study found' → 0.333 — cut in risk", () => {
    expect(exact(at("Eating breakfast cut the risk of a snack attack by a third, the study found.", 0.333))).toEqual(part(0.333, "cut in risk"));
  });

  it("'Sales fell by a quarter last year' → 0.25 — fall in sales", () => {
    expect(exact(at("Sales fell by a quarter last year.", 0.25))).toEqual(part(0.25, "fall in sales"));
  });

  it("'Profits rose by a fifth' → 0.2 — rise in profits", () => {
    expect(exact(at("Profits rose by a fifth.", 0.2))).toEqual(part(0.2, "rise in profits"));
  });

  it("'Crime was reduced by one third' → 0.333 — fall in crime", () => {
    expect(exact(at("Crime was reduced by one third.", 0.333))).toEqual(part(0.333, "fall in crime"));
  });

  it("'The risk fell by a half' and 'by half' → 0.5 — fall in risk", () => {
    expect(exact(at("The risk fell by a half.", 0.5))).toEqual(part(0.5, "fall in risk"));
    expect(exact(at("The risk of a fire fell by half after the change.", 0.5))).toEqual(part(0.5, "fall in risk"));
  });

  it("near miss: 'brokered by a third party' is no change (a noun follows)", () => {
    expect(typedList("The deal was brokered by a third party.")).toEqual([["third party", "identifier", false]]);
  });
});

describe("'a third less likely', 'a quarter higher': a fraction before a comparative", () => {
  it("'Cyclists were a third less likely to be injured' → 0.333 — less likely to be injured", () => {
    const text = "Cyclists were a third less likely to be injured when wearing bright jackets.";
    expect(exact(at(text, 0.333))).toEqual(part(0.333, "less likely to be injured"));
  });

  it("'Smokers were a quarter less likely to quit' → 0.25 — less likely to quit", () => {
    expect(exact(at("Smokers were a quarter less likely to quit.", 0.25))).toEqual(part(0.25, "less likely to quit"));
  });

  it("'a fifth less likely', another tense: 'Drivers will be a fifth less likely to crash' → 0.2", () => {
    expect(exact(at("Drivers will be a fifth less likely to crash.", 0.2))).toEqual(part(0.2, "less likely to crash"));
  });

  it("'Prices are a quarter higher than in 2010' → 0.25 — higher prices", () => {
    expect(exact(at("Prices are a quarter higher than in 2010.", 0.25))).toEqual(part(0.25, "higher prices"));
  });

  it("near miss: 'He finished third' stays a place", () => {
    expect(typedList("He finished third.")).toEqual([["third", "rank", false]]);
  });
});

// Reading a number phrase: digits, words, ordinals, compounds, percentages, money, ranges and qualifiers.
import { describe, expect, it } from "vitest";
import { figs, one } from "#test/helpers/figures.ts";

describe("kinds of number", () => {
  it("reads digits with thousands separators and decimals", () => {
    expect(one("The council said 1,200 homes were flooded.")).toMatchObject({ value: 1200, display: "1,200", label: "homes" });
    // The unit joins the display; the label is what was measured.
    expect(one("Rainfall reached 3.5 inches in the valley.")).toMatchObject({ value: 3.5, kind: "measure", display: "3.5 inches", unit: "inches", label: "rainfall" });
  });

  it("reads number words, a dozen, and hundreds of", () => {
    expect(one("Officers detained seven suspects near the border.")).toMatchObject({ value: 7, display: "seven", label: "suspects detained", kind: "people" });
    expect(one("Police questioned a dozen witnesses.")).toMatchObject({ value: 12, display: "a dozen", label: "witnesses questioned" });
    expect(one("The storm forced hundreds of families from their homes.")).toMatchObject({ value: 100, display: "hundreds of", qualifier: "hundreds of", label: "families" });
    expect(one("The plan would cost taxpayers about two million pounds.")).toMatchObject({ value: 2e6, unit: "GBP", qualifier: "about" });
    expect(one("Organisers said twenty-five thousand runners took part.")).toMatchObject({ value: 25000, label: "runners" });
  });

  it("reads ordinals that count, skips those that name periods, and reads fractions as shares", () => {
    expect(one("It is the bank's fifth consecutive annual loss.")).toMatchObject({ value: 5, kind: "rank", label: "consecutive annual loss" });
    expect(figs("Sales rose in the fourth quarter.")).toEqual([]);
    expect(figs("A third of the staff left.")).toEqual([expect.objectContaining({ value: 0.333, type: "other", label: "staff", display: "A third" })]);
  });

  it("reads compounds", () => {
    expect(one("Ministers of a 28-nation bloc met on Monday.")).toMatchObject({ value: 28, display: "28-nation", label: "nations" });
    // The display says the unit, so the label does not repeat it: "10-year — sentence", not "10-year — year sentence".
    expect(one("He was handed a 10-year sentence for fraud.")).toMatchObject({ value: 10, display: "10-year", label: "sentence", kind: "measure" });
  });

  it("reads percentages", () => {
    expect(one("Unemployment fell 0.4% in March.")).toMatchObject({ value: 0.4, unit: "%", kind: "percent", label: "fall in unemployment" });
    expect(one("The firm owns 8 per cent of the airline.")).toMatchObject({ value: 8, display: "8 per cent", unit: "%", label: "share of airline" });
  });

  it("reads money in dollars, pounds and euros with bn, m, million and billion", () => {
    expect(one("The company posted a profit of $3.36bn.")).toMatchObject({ value: 3360000000, unit: "USD", label: "profit" });
    expect(one("Ministers approved a £600m rescue package.")).toMatchObject({ value: 600000000, unit: "GBP", label: "rescue package" });
    expect(one("Brussels imposed a €2.4 billion fine on the search firm.")).toMatchObject({ value: 2400000000, unit: "EUR", label: "fine" });
    expect(one("The club paid 50 million euros for the striker.")).toMatchObject({ value: 50000000, unit: "EUR", display: "50 million euros" });
    expect(one("The deal is worth US$1.5 million to the port.")).toMatchObject({ value: 1500000, unit: "USD" });
  });

  it("reads ranges", () => {
    expect(one("Witnesses said 20 to 30 gunmen stormed the hotel.")).toMatchObject({ value: 20, valueMax: 30, label: "gunmen", display: "20 to 30" });
    expect(one("Officials expect 20-30 centimetres of snow.")).toMatchObject({ value: 20, valueMax: 30, display: "20-30 centimetres", unit: "centimetres", label: "snow" });
    expect(one("The storm cut power to between 5,000 and 8,000 homes.")).toMatchObject({ value: 5000, valueMax: 8000 });
  });

  it("tells a change from a range: only amounts of the same kind make a range", () => {
    expect(one("Officials expect 20 to 30 million visitors.")).toMatchObject({ value: 2e7, valueMax: 3e7, label: "visitors" });
    expect(one("Profit fell 36% to 2.9bn euros (£1.99bn).")).toMatchObject({
      value: 2.9e9,
      unit: "EUR",
      label: "profit",
      change: { value: 36, unit: "%", direction: "down" },
    });
    expect(one("Inflation rose from 5% to 7% last year.")).toMatchObject({ value: 7, previous: 5, unit: "%", label: "inflation" });
    expect(one("BP is increasing its dividend by 26% to 8.5 cents.")).toMatchObject({ value: 0.085, unit: "USD", label: "dividend", change: { value: 26, direction: "up" } });
  });

  it("keeps the qualifier and normalises the value", () => {
    const cases: [string, string, number][] = [
      ["Almost 300 people attended the vigil.", "almost", 300],
      ["Nearly 40 flights were cancelled.", "nearly", 40],
      ["More than 500 workers went on strike.", "more than", 500],
      ["The blaze destroyed over 70 homes.", "over", 70],
      ["About 60 protesters gathered outside.", "about", 60],
      ["Around 200 firefighters tackled the fire.", "around", 200],
      ["The ferry can carry up to 900 passengers.", "up to", 900],
      ["Some 3,000 troops were deployed.", "some", 3000],
      ["The bomb killed at least 12 people.", "at least", 12],
    ];
    for (const [text, qualifier, value] of cases) {
      expect(one(text), text).toMatchObject({ qualifier, value });
      expect(one(text).display.toLowerCase()).toBe(`${qualifier} ${value.toLocaleString("en-US")}`);
    }
  });
});

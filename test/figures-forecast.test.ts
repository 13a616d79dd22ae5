// A number in a quote that a verb of prediction attributes is the forecast, not the forecaster named after the verb;
// a change expected or forecast keeps the verb's word (expected-change.ts).
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("a quoted number attributed by a verb of prediction", () => {
  it("'\"will rise toward 13,000\", predicted Morgan Stanley equity strategist Naoki Kamiyama' is a forecast", () => {
    const text = "Japan's stock market will rally this year and it \"will rise toward 13,000\", predicted Morgan Stanley equity strategist Naoki Kamiyama.";
    expect(exact(at(text, 13000))).toEqual({ value: 13000, qualifier: undefined, unit: undefined, label: "forecast", type: "count" });
  });
});

describe("expected-change.ts: a change expected or forecast keeps the verb's word (blind sample BA's made-up shapes S5, S6)", () => {
  const pct = (value: number, label: string) => want(value, undefined, "%", label, "percent");
  it("'Buyers now expect rents to rise by 2% over the next year' → expected rise in rents, the fact before it as it was", () => {
    // Was '2% — rents', beside '0.3% — rise in rents' that happened.
    const text = "Rents rose 0.3% in May. Buyers now expect rents to rise by 2% over the next year, the survey said.";
    expect(exact(at(text, 2))).toEqual(pct(2, "expected rise in rents"));
    expect(exact(at(text, 0.3))).toEqual(pct(0.3, "rise in rents"));
  });
  it("'the bank forecast a 5% fall in car sales in 2006' → forecast fall in car sales", () => {
    // Was '5% — fall in car sales', read as a fact.
    expect(exact(at("In March, the bank forecast a 5% fall in car sales in 2006, followed by further falls in 2007.", 5))).toEqual(pct(5, "forecast fall in car sales"));
  });
  it("'House prices are expected to grow by 4% next year.': the passive, the change's label read before kept", () => {
    expect(exact(at("House prices are expected to grow by 4% next year.", 4))).toEqual(pct(4, "expected rise in house prices"));
  });
  it("'Economists expect prices to fall by 3%.': a verb of change by its noun after the subject", () => {
    expect(exact(at("Economists expect prices to fall by 3%.", 3))).toEqual(pct(3, "expected fall in prices"));
  });
  it("'The IMF predicts growth of 3% next year.': the change's 'of' before the amount", () => {
    expect(exact(at("The IMF predicts growth of 3% next year.", 3))).toEqual(pct(3, "predicted growth"));
  });
  it("'The economy is weak. Economists predict growth of 3% next year.': the economy's growth keeps its word (economic-growth.ts)", () => {
    expect(exact(at("The economy is weak. Economists predict growth of 3% next year.", 3))).toEqual(pct(3, "predicted economic growth"));
  });
  it("'The bank expects a £2bn fall in profits.': money too", () => {
    expect(exact(at("The bank expects a £2bn fall in profits.", 2e9))).toEqual(want(2e9, undefined, "GBP", "expected fall in profits", "money"));
  });
  it("near misses: 'Prices rose 5% as expected.' (a change that happened), 'analysts expect sales of 3%' (no change), 'expect rents to be 2% higher' (no verb of change after 'to')", () => {
    expect(at("Prices rose 5% last year, as economists had expected.", 5).label).toBe("rise in prices");
    expect(at("Analysts expect a margin of 3% this year.", 3).label).not.toMatch(/^expected/);
    expect(at("Buyers expect rents to be 2% higher next year.", 2).label).not.toMatch(/^expected/);
    expect(at("Landlords who expected nothing saw rents rise by 2%.", 2).label).not.toMatch(/^expected/); // no "to"
    expect(at("Costs were higher than expected, causing rents to rise by 2%.", 2).label).not.toMatch(/^expected/); // a comma
  });
  it("near miss: 'Buyers expect many other things and rents to rise by 2%': the verb too far before 'to'", () => {
    expect(at("Buyers expect their many landlords and all of their rents to rise by 2% next year.", 2).label).not.toMatch(/^expected/);
  });
});

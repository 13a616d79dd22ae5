// "March saw 30 per cent more rain than average": a percent told by "more", "less" or "fewer" and a noun before
// "than" is a difference in that noun, read as '30 per cent — wet' or '— shops' (the lead's made-up shape from blind
// sample AX); the second of a coordinated pair that names no noun takes the first's (elided-comparison.ts).
import { describe, expect, it } from "vitest";
import { at, exact, exactOnly, want } from "#test/helpers/figures.ts";

describe("more-noun.ts: 'N% more NOUN than NORM' is a difference in the noun", () => {
  it("'Lambing sheds held 25 per cent more ewes than usual this spring.' → 25% — more ewes than usual", () => {
    expect(exactOnly("Lambing sheds held 25 per cent more ewes than usual this spring.")).toEqual(want(25, undefined, "%", "more ewes than usual", "percent"));
  });
  it("'The ferry carried 18 per cent fewer passengers than last year.' → 18% — fewer passengers than last year", () => {
    expect(exactOnly("The ferry carried 18 per cent fewer passengers than last year.")).toEqual(want(18, undefined, "%", "fewer passengers than last year", "percent"));
  });
  it("'Wells gave 40% less water than the national average.' → 40% — less water than national average", () => {
    expect(exactOnly("Wells gave 40% less water than the national average.")).toEqual(want(40, undefined, "%", "less water than national average", "percent"));
  });
  it("a clause after 'than' is no norm: 'Growers got 12 per cent more pay than analysts had expected.' → more pay", () => {
    expect(exactOnly("Growers got 12 per cent more pay than analysts had expected.")).toEqual(want(12, undefined, "%", "more pay", "percent"));
  });
  it("a preposition after what follows 'than' is part of it: 'The gallery drew 30 per cent fewer visitors than exhibitions in past summers.' → fewer visitors", () => {
    expect(exactOnly("The gallery drew 30 per cent fewer visitors than exhibitions in past summers.")).toEqual(want(30, undefined, "%", "fewer visitors", "percent"));
  });
  it("near miss: an adjective is no noun: 'Tickets were 15 per cent more expensive than at the old venue.' → tickets", () => {
    expect(exactOnly("Tickets were 15 per cent more expensive than at the old venue.")).toEqual(want(15, undefined, "%", "tickets", "percent"));
  });
  it("near miss: no noun and none before: 'Sales were 10 per cent less than forecast.' → sales", () => {
    expect(exactOnly("Sales were 10 per cent less than forecast.")).toEqual(want(10, undefined, "%", "sales", "percent"));
  });
});

describe("elided-comparison.ts: a coordinated 'N% less than NORM' takes the first difference's noun", () => {
  const pair = "The bakery sold 20 per cent more loaves than usual on Friday and 8 per cent fewer than expected on Saturday.";
  it(`'${pair}' → 8% — fewer loaves than expected`, () => {
    expect(exact(at(pair, 8))).toEqual(want(8, undefined, "%", "fewer loaves than expected", "percent"));
  });
  it("the tagger's noun after the norm is left: '… 30 per cent more rain than average but then 12 per cent less than usual fell in April.' → less rain than usual", () => {
    const text = "March saw 30 per cent more rain than average but then 12 per cent less than usual fell in April.";
    expect(exact(at(text, 12))).toEqual(want(12, undefined, "%", "less rain than usual", "percent"));
  });
  it("near miss: a change lends no noun: 'Profits rose 30 per cent but were 12 per cent less than forecast.' → forecast", () => {
    expect(exact(at("Profits rose 30 per cent but were 12 per cent less than forecast.", 12))).toEqual(want(12, undefined, "%", "forecast", "percent"));
  });
});

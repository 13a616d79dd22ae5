// An amount labelled by its change noun alone takes what the change took to a level (change-taking.ts): "a £5,000
// rise, taking his pay … to £140,281" → pay rise, "a £13million boost taking his fortune to £20million" → fortune boost.
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

const gbp = (value: number, label: string) => want(value, undefined, "GBP", label, "money");

describe("what the change took to a level", () => {
  it("'he received a £5,000 rise, taking his pay and pensions package to £140,281' → pay rise", () => {
    const text = "Last year it was revealed he received a £5,000 rise, taking his pay and pensions package to £140,281.";
    expect(exact(at(text, 5000))).toEqual(gbp(5000, "pay rise"));
  });

  it("no comma: 'a £13million boost taking his fortune to £20million' → fortune boost", () => {
    const text = "Ed Sheeran has enjoyed the year's biggest rise, with a £13million boost taking his fortune to £20million.";
    expect(exact(at(text, 13e6))).toEqual(gbp(13e6, "fortune boost"));
  });

  it("the noun before 'of': 'a rise of £2m, bringing the club's debt to £9m' → debt rise", () => {
    expect(exact(at("The accounts show a rise of £2m, bringing the club's debt to £9m.", 2e6))).toEqual(gbp(2e6, "club's debt rise"));
  });
});

describe("near misses keep the change noun", () => {
  it("a total names nothing: 'The fund saw a £5m rise, taking the total to £20m'", () => {
    expect(exact(at("The fund saw a £5m rise, taking the total to £20m.", 5e6))).toEqual(gbp(5e6, "rise"));
  });

  it("a pronoun: 'a £5m rise, taking it to a record'", () => {
    expect(exact(at("The fund saw a £5m rise, taking it to a record.", 5e6))).toEqual(gbp(5e6, "rise"));
  });

  it("no level reached: 'a £5m rise, taking his pay home'", () => {
    expect(exact(at("He won a £5m rise, taking his pay home.", 5e6))).toEqual(gbp(5e6, "rise"));
  });

  it("another verb: 'a £5m rise, leaving his family to pay the bills'", () => {
    expect(exact(at("He won a £5m rise, leaving his family to pay the bills.", 5e6))).toEqual(gbp(5e6, "rise"));
  });

  it("a pair with no level after it: 'a 10 per cent rise, taking investors and analysts by surprise' → shares rise (whose), not investors rise", () => {
    const text = "Shares jumped after a 10 per cent rise, taking investors and analysts by surprise.";
    expect(exact(at(text, 10))).toEqual(want(10, undefined, "%", "shares rise", "percent"));
  });

  it("no noun taken: 'greeted the £5m rise, taking to the streets'", () => {
    expect(exact(at("Fans greeted the £5m rise, taking to the streets.", 5e6))).toEqual(gbp(5e6, "rise"));
  });
});

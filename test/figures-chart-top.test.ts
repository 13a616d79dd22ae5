// A count of what stands behind a chart's "top N" is labelled with the whole "top N <noun>" (chart-top.ts), not 'top'.
import { describe, expect, it } from "vitest";
import { at, exact, figs, want } from "#test/helpers/figures.ts";

describe("a count behind a chart's 'top N'", () => {
  it("a number word: 'eight top three hits' → top three hits", () => {
    expect(exact(at("The band have had eight top three hits since they first hit the charts.", 8))).toEqual(want(8, undefined, undefined, "top three hits", "count"));
  });

  it("digits: 'spawned three top 20 singles' → top 20 singles", () => {
    expect(exact(at("Their debut album won the Mercury Music Prize and spawned three top 20 singles.", 3))).toEqual(want(3, undefined, undefined, "top 20 singles", "count"));
  });

  it("a chart's country before it: 'six US top 10 albums' → US top 10 albums", () => {
    expect(exact(at("The rapper has enjoyed six US top 10 albums since 1993.", 6))).toEqual(want(6, undefined, undefined, "US top 10 albums", "count"));
  });

  it("a part of the chart: 'three of the top five largest IKEA stores' → top five largest IKEA stores", () => {
    expect(exact(at("The country is now home to three of the top five largest IKEA stores in the world.", 3))).toEqual(want(3, undefined, undefined, "top five largest IKEA stores", "count"));
  });

  it("the chart's number is no figure of its own", () => {
    expect(figs("Their debut album spawned three top 20 singles.").map((f) => f.value)).toEqual([3]);
  });
});

describe("near misses keep their labels", () => {
  it("a hyphened chart already names its noun: '12 top-ten hits'", () => {
    expect(exact(at("She has had 12 top-ten hits in her career.", 12))).toEqual(want(12, undefined, undefined, "top-ten hits", "count"));
  });

  it("'top' with no number after it: 'eight top players' keeps its noun", () => {
    expect(exact(at("The club lost eight top players in the summer.", 8))).toEqual(want(8, undefined, undefined, "top players lost", "count"));
  });

  it("no chart's number after 'top': 'Two of the top have won medals' takes no verb into the label", () => {
    expect(exact(at("Two of the top have won medals this year.", 2))).toEqual(want(2, undefined, undefined, "top", "count"));
  });

  it("no noun after the chart's number: 'two of the top three' stays 'top'", () => {
    expect(exact(at("Two of the top three were caught doping.", 2))).toEqual(want(2, undefined, undefined, "top", "count"));
  });
});

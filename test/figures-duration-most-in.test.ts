// An ordinal or a superlative "in" a time: how many of the thing the time held ('nine — days with three matches',
// ordinal-window.ts), or how long since one as big ('three — years since lower level', superlative-since.ts).
import { describe, expect, it } from "vitest";
import { at, duration, exact } from "#test/helpers/figures.ts";

describe("an ordinal's thing in a time", () => {
  it("'a third match in nine days' → days with three matches", () => {
    expect(exact(at("It was a third match in nine days for both sides.", 9))).toEqual(duration(9, "days", "days with three matches"));
  });

  it("'Saints' ninth manager in eight years' → years with nine managers", () => {
    expect(exact(at("He will be Saints' ninth manager in eight years.", 8))).toEqual(duration(8, "years", "years with nine managers"));
  });

  it("'the second such incident to emerge within two days' → days with two incidents", () => {
    expect(exact(at("It is the second such incident to emerge within two days.", 2))).toEqual(duration(2, "days", "days with two incidents"));
  });

  it("'her second appearance at an awards show in just two days' → days with two appearances", () => {
    expect(exact(at("She made her second appearance at an awards show in just two days.", 2))).toEqual(duration(2, "days", "days with two appearances", "just"));
  });

  it("'a second offence in the space of 48 hours' → hours with two offences, over 'the space of'", () => {
    expect(exact(at("The driver committed a second offence in the space of 48 hours.", 48))).toEqual(duration(48, "hours", "hours with two offences"));
  });

  it("'a fourth attack in the space of ten days' → days with four attacks", () => {
    expect(exact(at("Police reported a fourth attack in the space of ten days.", 10))).toEqual(duration(10, "days", "days with four attacks"));
  });

  it("near miss: 'the space of' with no 'in' before it ('a second offence within the space of 48 hours')", () => {
    expect(exact(at("The driver committed a second offence within the space of 48 hours.", 48))?.label).not.toBe("hours with two offences");
  });

  it("near miss: a time in the space of no ordinal's thing ('for the seventh time in the space of eight years')", () => {
    expect(exact(at("The club reached the semi-finals for the seventh time in the space of eight years.", 8))).toEqual(duration(8, "years", "years"));
  });

  it("near miss: a time is no thing ('for the seventh time in eight years')", () => {
    expect(exact(at("The club reached the semi-finals for the seventh time in eight years.", 8))).toEqual(duration(8, "years", "years"));
  });

  it("near miss: an ordinal in another clause ('After the third game, he was sacked in two days')", () => {
    expect(exact(at("After the third game, he was sacked in two days.", 2))).toEqual(duration(2, "days", "days"));
  });

  it("near miss: an adjective with no noun ('the second highest in five years')", () => {
    expect(exact(at("It was the second highest in five years.", 5))).toEqual(duration(5, "years", "years"));
  });

  it("near miss: a noun longer than the card ('third UEFA Champions League group stage defeat in two weeks')", () => {
    expect(exact(at("It was their third UEFA Champions League group stage defeat in two weeks.", 2))).toEqual(duration(2, "weeks", "weeks"));
  });

  it("near miss: no noun ('the second in less than four days')", () => {
    expect(exact(at("It was the second in less than four days for the Princess.", 4))).toEqual(duration(4, "days", "days", "less than"));
  });
});

describe("a superlative in a time", () => {
  it("'to its lowest level in three years' → years since lower level", () => {
    expect(exact(at("The unemployment rate fell to its lowest level in three years.", 3))).toEqual(duration(3, "years", "years since lower level"));
  });

  it("'the heaviest rainfall in 100 years' → years since heavier rainfall", () => {
    expect(exact(at("Parts of the city saw the heaviest rainfall in 100 years.", 100))).toEqual(duration(100, "years", "years since heavier rainfall"));
  });

  it("an irregular: 'his worst round in close to 13 years' → years since worse round", () => {
    expect(exact(at("It was his worst round in close to 13 years.", 13))).toEqual(duration(13, "years", "years since worse round", "close to"));
  });

  it("British 'for': 'the worst recession for 50 years' → years since worse recession", () => {
    expect(exact(at("It got us through the worst recession for 50 years without mass unemployment.", 50))).toEqual(duration(50, "years", "years since worse recession"));
  });

  it("after a copula: 'Britain is in the worst recession for 50 years' → years since worse recession, not years in it", () => {
    expect(exact(at("Britain is in the worst recession for 50 years.", 50))).toEqual(duration(50, "years", "years since worse recession"));
  });

  it("a noun's head the tagger calls a verb: 'their biggest derby win for six years' → years since bigger derby win", () => {
    expect(exact(at("Goals from Mata and Smalling gave the Red Devils their biggest derby win for six years.", 6))).toEqual(duration(6, "years", "years since bigger derby win"));
  });

  it("near miss: a superlative then a place before 'for' ('the best player at the club for ten years')", () => {
    expect(exact(at("He was the best player at the club for ten years.", 10))).toEqual(duration(10, "years", "years"));
  });

  it("near miss: a superlative with no noun ('the biggest in 20 years')", () => {
    expect(exact(at("It was the biggest in 20 years.", 20))).toEqual(duration(20, "years", "years"));
  });

  it("near miss: a plural's superlative picks some of many ('America's biggest companies in five minutes')", () => {
    expect(exact(at("Billions were wiped from the value of America's biggest companies in five minutes.", 5))).toEqual(duration(5, "minutes", "minutes"));
  });
});

// A time said as a distance or counted back from a match's end says so ("30 — minutes away", "four — minutes from the
// end"), not its unit alone (time-away.ts).
import { describe, expect, it } from "vitest";
import { at, duration, exact } from "#test/helpers/figures.ts";

describe("a time as a distance", () => {
  it("'the Thane Civil hospital, about 30 minutes away' → minutes away", () => {
    expect(exact(at("The boy is being treated at the Thane Civil hospital, about 30 minutes away.", 30))).toEqual(duration(30, "minutes", "minutes away", "about"));
  });

  it("'15 minutes from the training ground' → minutes from the training ground", () => {
    expect(exact(at("I live in Hampstead, 15 minutes from the training ground, and it is easy.", 15))).toEqual(duration(15, "minutes", "minutes from the training ground"));
  });

  it("'12 months away from the bike' → months away from the bike", () => {
    expect(exact(at("You'd think that, with 12 months away from the bike, I'd have plenty of energy.", 12))).toEqual(duration(12, "months", "months away from the bike"));
  });

  it("'about 30 minutes away from the tourist hot-spot of Kuta': too long for the card, minutes away", () => {
    expect(exact(at("The resort is located about 30 minutes away from the tourist hot-spot of Kuta.", 30))).toEqual(duration(30, "minutes", "minutes away", "about"));
  });
});

describe("a match's clock counted from its end", () => {
  it("'four minutes from the end of extra time' → minutes from the end", () => {
    expect(exact(at("Raven slotted home the deciding goal four minutes from the end of extra time as Carlisle won.", 4))).toEqual(duration(4, "minutes", "minutes from the end"));
  });

  it("'two minutes from the end of regulation' → minutes from the end of regulation", () => {
    expect(exact(at("Edwards headed home two minutes from the end of regulation.", 2))).toEqual(duration(2, "minutes", "minutes from the end of regulation"));
  });
});

describe("near misses stay their unit", () => {
  it("a date after 'from': 'in three decades from July 17-19' (the superlative's time since, superlative-since.ts)", () => {
    expect(exact(at("Britain will host its biggest home tie in three decades from July 17-19.", 3))).toEqual(duration(3, "decades", "decades since bigger home tie"));
  });

  it("a clause after 'from': 'takes about three years from when a decision is taken'", () => {
    expect(exact(at("Typically it takes about three years from when a decision is taken.", 3))).toEqual(duration(3, "years", "years", "about"));
  });

  it("a phrase ended on no noun: '20 minutes from the coast's busiest'", () => {
    expect(exact(at("The house is 20 minutes from the coast's busiest.", 20))).toEqual(duration(20, "minutes", "minutes"));
  });

  it("a place too long for the card after 'away': 'about 30 minutes away from the main shopping street in town' → minutes away", () => {
    expect(exact(at("The hotel is about 30 minutes away from the main shopping street in town.", 30))).toEqual(duration(30, "minutes", "minutes away", "about"));
  });

  it("a time 'for': 'he lived for ten days from the supplies' (a past before its 'for' is said as its participle)", () => {
    expect(exact(at("He survived for ten days from the supplies.", 10))).toEqual(duration(10, "days", "days survived"));
  });
});

// A role set beside a name, with no verb of its own, is what a time "for" was spent as (role-for.ts): "Edith Newman,
// a friend for 30 years" → years as friend.
import { describe, expect, it } from "vitest";
import { at, duration, exact } from "#test/helpers/figures.ts";

describe("a role set beside a name", () => {
  it("'said Edith Newman, a friend for 30 years' → years as friend", () => {
    expect(exact(at("'Fredric was a dear friend,' said Edith Newman, a friend for 30 years.", 30))).toEqual(duration(30, "years", "years as friend"));
  });

  it("'Alan Alda, a family friend for over forty years' → years as family friend", () => {
    expect(exact(at("The tribute came from Alan Alda, a family friend for over forty years.", 40))).toEqual(duration(40, "years", "years as family friend", "over"));
  });

  it("'Freddie, the face of Jacamo for the last four years' → years as face of Jacamo", () => {
    expect(exact(at("Sporting legend Freddie, the face of Jacamo for the last four years, wears his own collection.", 4))).toEqual(duration(4, "years", "years as face of Jacamo"));
  });

  it("no article: 'Craig Mottram, winner for the last two years' → years as winner", () => {
    expect(exact(at("He faces Australian Craig Mottram, winner for the last two years.", 2))).toEqual(duration(2, "years", "years as winner"));
  });

  it("after 'as': 'as a waiter for 10 years I have a professional ability' → years as waiter", () => {
    expect(exact(at("Of course as a waiter for 10 years I have a professional ability here.", 10))).toEqual(duration(10, "years", "years as waiter"));
  });
});

describe("near misses stay their unit", () => {
  it("no person's word: 'He agreed a deal, a contract for three years, with the club'", () => {
    expect(exact(at("He agreed a deal, a contract for three years, with the club.", 3))).toEqual(duration(3, "years", "years"));
  });

  it("an object, not set beside a name: 'The club gave him a supporter for three years'", () => {
    expect(exact(at("The club gave him a supporter for three years.", 3))).toEqual(duration(3, "years", "years"));
  });

  it("a plural: 'Two men, the owners for 20 years, sold the pub'", () => {
    expect(exact(at("Two men, the owners for 20 years, sold the pub.", 20))).toEqual(duration(20, "years", "years"));
  });

  it("a role longer than the card's: 'Jones, the veteran senior team fitness coach for 34 years'", () => {
    expect(exact(at("He met Jones, the veteran senior team fitness coach for 34 years.", 34))).toEqual(duration(34, "years", "years"));
  });

  it("a preposition before the role: 'He trained hard, under coach Baker for three years'", () => {
    expect(exact(at("He trained hard, under coach Baker for three years.", 3))).toEqual(duration(3, "years", "years"));
  });
});

// number-place.ts: a place "No N" with its ranking after it ("in the world", "in the charts", "behind NAME") is a rank
// the card may show, not a listed '3 — ranking' (card audit 48's shape 13: 'She is No 3 behind Elena Petrova').
import { describe, expect, it } from "vitest";
import { at, exact, listed, want } from "#test/helpers/figures.ts";

const candidate = (text: string, value: number) => listed(text).find((f) => f.value === value)?.candidate;

describe("a place 'No N' with its ranking after it", () => {
  it("'behind' a name: 'She is No 3 behind Elena Petrova after the win'", () => {
    expect(exact(at("She is No 3 behind Elena Petrova after the win.", 3))).toEqual(want(3, undefined, undefined, "place behind Elena Petrova", "rank"));
  });

  it("'in the world': 'The Dane is now No 7 in the world after a run of wins'", () => {
    expect(exact(at("The Dane is now No 7 in the world after a run of wins.", 7))).toEqual(want(7, undefined, undefined, "world ranking", "rank"));
  });

  it("a ranking noun, a verb of moving: 'The Spaniard climbed to No 42 in the world rankings behind Djokovic'", () => {
    const text = "The Spaniard climbed to No 42 in the world rankings behind Djokovic.";
    expect(exact(at(text, 42))).toEqual(want(42, undefined, undefined, "place in the world rankings", "rank"));
  });

  it("a chart: 'Their second album sits at No 5 in the download chart this week'", () => {
    expect(at("Their second album sits at No 5 in the download chart this week.", 5).label).toBe("place in the download chart");
  });

  it("near miss: 'behind' no name ('Ministers met at No 10 behind closed doors')", () => {
    expect(candidate("Ministers met at No 10 behind closed doors on Monday.", 10)).toBe(false);
  });

  it("near miss: 'in the' no ranking ('Talks were held at No 10 in the afternoon')", () => {
    expect(candidate("Talks were held at No 10 in the afternoon.", 10)).toBe(false);
  });

  it("near miss: a seat's or a bike's number ('She was sitting in seat No 14 behind John Smith', 'riding No 93')", () => {
    expect(candidate("She was sitting in seat No 14 behind John Smith when the plane crashed.", 14)).toBe(false);
    expect(candidate("Marc Marquez, riding No 93 behind Valentino Rossi, crashed on lap five.", 93)).toBe(false);
  });

  it("near miss: 'the World Cup' is no world ranking ('He will wear No 10 in the World Cup, the FA said')", () => {
    expect(candidate("He will wear No 10 in the World Cup, the FA said.", 10)).toBe(false);
    expect(candidate("England's captain is No 10 in the World Cup squad.", 10)).toBe(false);
  });

  it("near miss: an owner after 'behind' ('Talks were held at No 10 behind Mr Johnson's back')", () => {
    expect(candidate("Talks were held at No 10 behind Mr Johnson's back.", 10)).toBe(false);
  });
});

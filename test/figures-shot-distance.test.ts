// shot-distance.ts: a golf shot's length after "from", the score it was for naming it ("sank a putt from 25 feet for a
// birdie" → birdie putt), not its unit alone (card audit 47's shape 1: '25 — feet').
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

const feet = (value: number, label: string) => want(value, undefined, "feet", label, "measure");

describe("a shot's length is labelled by its score and shot", () => {
  it("'Moreno sank a putt from 25 feet for a birdie on the ninth' → 25 feet — birdie putt", () => {
    expect(exact(at("Moreno sank a putt from 25 feet for a birdie on the ninth to take the lead.", 25))).toEqual(feet(25, "birdie putt"));
  });

  it("a verb says the shot: 'The 30-year-old then chipped in from 40 feet for an eagle at the 14th' → eagle chip", () => {
    expect(exact(at("The 30-year-old then chipped in from 40 feet for an eagle at the 14th.", 40))).toEqual(feet(40, "eagle chip"));
  });

  it("a number word, no article: 'He missed from eight feet for par' → par putt", () => {
    expect(exact(at("He missed from eight feet for par.", 8))).toEqual(feet(8, "par putt"));
  });

  it("the score before the shot: 'Smith rolled in a birdie putt from 15 feet' → birdie putt", () => {
    expect(exact(at("Smith rolled in a birdie putt from 15 feet.", 15))).toEqual(feet(15, "birdie putt"));
  });

  it("near miss: no score, no shot ('The ball fell from 30 feet onto the roof') keeps its label", () => {
    expect(at("The ball fell from 30 feet onto the roof.", 30).label).not.toMatch(/putt|chip/);
  });
});

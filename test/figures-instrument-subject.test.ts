// Money a thing made or done "using" a material costs is the price of the thing, not the material
// (instrument-subject.ts): from card audit 37's pattern 4 (made-up sentences, AE informed).
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("'Knitting a scarf using merino wool costs £15' prices the scarf", () => {
  it.each([
    ["Knitting a scarf using merino wool costs £15.", 15, "scarf"],
    ["Printing a card at home using recycled paper costs 40p.", 0.4, "card"],
    ["A jumper made using merino wool costs £80.", 80, "jumper"],
  ])("%s", (text, value, label) => {
    expect(exact(at(text, value))).toEqual(want(value, undefined, "GBP", label, "money"));
  });

  it("near miss: 'He is using the money to buy a £2m house.' keeps the house", () => {
    expect(exact(at("He is using the money to buy a £2m house.", 2e6))).toEqual(want(2e6, undefined, "GBP", "house", "money"));
  });
});

// A model number between a part's "of its" and its noun is passed over to the noun counted (model-number.ts): from card
// audit 37's pattern 5 (made-up sentences, AE informed).
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("'2,000 of its 320-500GT coupes' counts coupes", () => {
  it.each([
    ["The carmaker hopes to sell about 2,000 of its 320-500GT coupes by 2020.", 2000, "about", "coupes"],
    ["The airline will retire six of its 777-200LR planes.", 6, undefined, "planes"],
  ])("%s", (text, value, qualifier, label) => {
    expect(exact(at(text, value))).toEqual(want(value, qualifier, undefined, label, "count"));
  });

  it("near miss: a model name with no digits first ('its GT-300X coupes') reads as before", () => {
    const text = "The carmaker hopes to sell about 2,000 of its GT-300X coupes by 2020.";
    expect(exact(at(text, 2000))).toEqual(want(2000, "about", undefined, "GT-300X coupes", "count"));
  });
});

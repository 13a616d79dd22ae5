// "grammes" is a weight unit as "grams" is, and a weight in grams gained or lost is labelled by the change
// (lexicon.ts MEASURE_NOUNS, weight-change.ts), not by its unit or the subject.
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("grammes and grams", () => {
  it("'The kitten has regained 300 grammes since Friday.': 300 grammes — weight regained", () => {
    expect(exact(at("The kitten has regained 300 grammes since Friday.", 300))).toEqual(want(300, undefined, "grammes", "weight regained", "measure"));
  });
  it("'The injured owl has gained 150 grams since it was found.': 150 grams — weight gained", () => {
    expect(exact(at("The injured owl has gained 150 grams since it was found.", 150))).toEqual(want(150, undefined, "grams", "weight gained", "measure"));
  });
});

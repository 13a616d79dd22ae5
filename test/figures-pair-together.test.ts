// "the two NOUN" of people who do something "together" is the pair the story has just named, no count (card audit 51,
// sample AS's made-up shape 11).
import { describe, expect, it } from "vitest";
import { at, exact, exactOnly, figs, want } from "#test/helpers/figures.ts";

const count = (value: number, label: string) => want(value, undefined, undefined, label, "count");

describe("pair-together.ts: 'the two men … together'", () => {
  it("'Back at home, she said the night before the two women had driven to a market together to buy the flowers.': no figure", () => {
    // Was 'two — women', a count.
    expect(figs("Back at home, she said the night before the two women had driven to a market together to buy the flowers.")).toEqual([]);
  });
  it("near miss: 'The two men were arrested.' → a toll of arrests, as before", () => {
    expect(exactOnly("The two men were arrested.")).toEqual(count(2, "men arrested"));
  });
  it("near miss: 'Two men had gone to the shop together.' → no 'the', a count of men", () => {
    expect(exactOnly("Two men had gone to the shop together.")).toEqual(count(2, "men"));
  });
  it("near miss: 'The two men and three women were held together in a cell.' → two men, a count beside another", () => {
    // Was no figure, the three women kept.
    expect(exact(at("The two men and three women were held together in a cell.", 2))).toEqual(count(2, "men"));
  });
});

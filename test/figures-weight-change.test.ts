// A body's weight said by the change or the birth that gives it (weight-change.ts): "dropped seven stone" → weight
// lost, "put on six stone" → weight gained, "born at a healthy 3.1 kilograms" → birth weight.
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("a weight lost, gained or at birth", () => {
  it("'has since dropped seven stone' → weight lost", () => {
    expect(exact(at("Determined Shauna has since dropped seven stone and feels great.", 7))).toEqual(want(7, undefined, "stone", "weight lost", "measure"));
  });

  it("'who gained 12 stone' → weight gained", () => {
    expect(exact(at("A mother who gained 12 stone after getting married said she was sad.", 12))).toEqual(want(12, undefined, "stone", "weight gained", "measure"));
  });

  it("a phrasal verb: 'I've put on six stone since I started' → weight gained", () => {
    expect(exact(at("'I've put on six stone since I started,' he said.", 6))).toEqual(want(6, undefined, "stone", "weight gained", "measure"));
  });

  it("'was born at a healthy 3.1 kilograms' → birth weight", () => {
    expect(exact(at("Emily was born at a healthy 3.1 kilograms on Monday.", 3.1))).toEqual(want(3.1, undefined, "kilograms", "birth weight", "measure"));
  });
});

describe("a weight the motion took off", () => {
  it("a glued unit after a pronoun: 'he had just dropped approximately 30lbs' → weight lost (was 'drop')", () => {
    expect(exact(at("Jake had to work harder because he had just dropped approximately 30lbs to play Lou.", 30))).toEqual(want(30, "approximately", "lbs", "weight lost", "measure"));
  });

  it("no weight: 'it had just dropped 300ft' keeps the motion → drop", () => {
    expect(exact(at("The pilot said it had just dropped 300ft.", 300))).toEqual(want(300, undefined, "ft", "drop", "measure"));
  });
});

describe("near misses keep what they had", () => {
  it("no weight: 'It dropped 30 litres overnight'", () => {
    expect(exact(at("It dropped 30 litres overnight.", 30))).toEqual(want(30, undefined, "litres", "litres", "measure"));
  });

  it("'on' after no verb of putting: 'She has been stuck on 15 stone for months'", () => {
    expect(exact(at("She has been stuck on 15 stone for months.", 15))).toEqual(want(15, undefined, "stone", "stone", "measure"));
  });

  it("'at' after no birth: 'The champion stays at a lean 15 stone'", () => {
    expect(exact(at("The champion stays at a lean 15 stone.", 15))).toEqual(want(15, undefined, "stone", "stone", "measure"));
  });
});

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

describe("a weight a rising verb took 'to' is its peak; a weight with 'to go' is still to lose", () => {
  it("'A chef who ballooned to 31 stone has shed half his weight' → peak weight (was 'stone shed')", () => {
    expect(exact(at("A former chef who ballooned to 31 stone has shed almost half his weight by quitting fizzy drinks.", 31))).toEqual(want(31, undefined, "stone", "peak weight", "measure"));
  });

  it("a glued unit after a rising verb: 'He ballooned to 25st before his operation', 'then rose to 200kg' → peak weight", () => {
    expect(exact(at("He piled on the pounds and ballooned to 25st before his operation.", 25))).toEqual(want(25, undefined, "st", "peak weight", "measure"));
    expect(at("After the injury he shot up to 190kg in a year, then rose to 200kg.", 200).label).toBe("peak weight");
  });

  it("'With another 6st to go, he says the road is hard' → weight still to lose (was 'weight')", () => {
    expect(exact(at("With another 6st to go, he says the road ahead remains hard.", 6))).toEqual(want(6, undefined, "st", "weight still to lose", "measure"));
    expect(at("She says she has 4kg to lose before the race.", 4).label).toBe("weight still to lose");
  });

  it("near misses: a level no rising verb took ('slimmed to 12st'), a growth ('has grown to 187lbs'), a weight 'to' another verb ('12kg to carry')", () => {
    expect(at("The piglet has now grown to a whopping 187lbs.", 187).label).not.toBe("peak weight");
    expect(at("She slimmed to 12st by the summer.", 12).label).not.toBe("peak weight");
    expect(at("Each soldier had 12kg to carry up the hill.", 12).label).not.toBe("weight still to lose");
    expect(at("With 6st shed in a year, he feels great.", 6).label).not.toBe("weight still to lose");
  });
});

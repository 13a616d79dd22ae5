// "up to" before an ordinal is a verb's particle, not a hedge (ordinal-up-to.ts): a place is one place, never a bound.
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("'up to' before an ordinal", () => {
  it("'Leeds moved up to 15th place' → 15th, no qualifier, place of Leeds", () => {
    expect(exact(at("Leeds moved up to 15th place.", 15))).toEqual(want(15, undefined, undefined, "place of Leeds", "rank"));
  });

  it("an ordinal word: 'took United up to third place' → third, no qualifier", () => {
    expect(at("The win took United up to third place.", 3).qualifier).toBeUndefined();
  });

  it("near miss: a count keeps its hedge ('Prices moved up to 15%')", () => {
    expect(exact(at("Prices moved up to 15%.", 15))).toEqual(want(15, "up to", "%", "prices", "percent"));
  });

  it("near miss: a count of people keeps its hedge ('killed up to 15 people')", () => {
    expect(at("The blast killed up to 15 people.", 15).qualifier).toBe("up to");
  });
});

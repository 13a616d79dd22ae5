// An "-s" head the tagger calls a verb, after a number and the count's modifiers, is the plural the number counts
// (compound-plural.ts): "32 unique dance poses" was '— unique dance' (the thirty-fifth round's made-up shape).
import { describe, expect, it } from "vitest";
import { at, exact } from "#test/helpers/figures.ts";

describe("compound-plural.ts: the plural head after a number's adjectives and a singular noun", () => {
  it("'The app teaches 40 simple yoga poses.' → 40 simple yoga poses (not: simple yoga)", () => {
    expect(exact(at("The app teaches 40 simple yoga poses.", 40))).toEqual({ value: 40, qualifier: undefined, unit: undefined, label: "simple yoga poses", type: "count" });
  });

  it("'She posted 25 new pilates stretches on her blog.' → new pilates stretches, past a singular noun in -s", () => {
    expect(exact(at("She posted 25 new pilates stretches on her blog.", 25))).toEqual({ value: 25, qualifier: undefined, unit: undefined, label: "new pilates stretches", type: "count" });
  });

  it("'He learnt 40 simple yoga poses while in India.' → simple yoga poses, a 'while' clause after the head", () => {
    expect(exact(at("He learnt 40 simple yoga poses while in India.", 40))).toEqual({ value: 40, qualifier: undefined, unit: undefined, label: "simple yoga poses", type: "count" });
  });

  it("'The 18 major winner stands at the first tee.' keeps 'stands' the epithet's verb (not: major winner stands)", () => {
    expect(at("The 18 major winner stands at the first tee.", 18).label).toBe("major winner");
  });
});

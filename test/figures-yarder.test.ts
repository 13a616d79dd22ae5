// A shot named by its length in yards ("a 40-yarder", a caption's "72-yarder:") is that length, a measure, not a count
// of 'yarders' (card audit 54, sample AV's made-up shape 2).
import { describe, expect, it } from "vitest";
import { exactOnly, typedList, want } from "#test/helpers/figures.ts";

describe("read-compound.ts: 'N-yarder' is N yards", () => {
  it("'He scored a stunning 40-yarder in the second half.' → 40 yards, a distance", () => {
    // Was '40-yarder — yarders', a count.
    expect(exactOnly("He scored a stunning 40-yarder in the second half.")).toEqual(want(40, undefined, "yards", "distance", "measure"));
  });
  it("'His 25-yarders are famous.' → the plural too", () => {
    expect(exactOnly("His 25-yarders are famous.")).toEqual(want(25, undefined, "yards", "distance", "measure"));
  });
  it("near miss: 'He hit a three-pointer at the buzzer.' → a shot named by its worth stays no figure", () => {
    expect(typedList("He hit a three-pointer at the buzzer.")).toEqual([["three-pointer", "other", false]]);
  });
});

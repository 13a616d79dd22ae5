// "the Nth of its kind ever VERBed" is how rare a find is, the story's point: an ordinal labelled by the words after
// it, where it was no candidate (card audit 51, sample AS's made-up shape 19).
import { describe, expect, it } from "vitest";
import { exactOnly, figs, want } from "#test/helpers/figures.ts";

describe("of-its-kind.ts: 'the fourth of its kind ever spotted'", () => {
  it("'The orphaned seal is the fourth of its kind ever spotted.' → fourth, of its kind ever spotted", () => {
    // Was no candidate.
    expect(exactOnly("The orphaned seal is the fourth of its kind ever spotted.")).toEqual(want(4, undefined, undefined, "of its kind ever spotted", "ordinal"));
  });
  it("'It is the second of its kind to be found in Wales.' → of its kind found", () => {
    expect(exactOnly("It is the second of its kind to be found in Wales.")).toEqual(want(2, undefined, undefined, "of its kind found", "ordinal"));
  });
  it("near miss: 'He is the third of his kind.' → no verb of finding, no figure as before", () => {
    expect(figs("He is the third of his kind.")).toEqual([]);
  });
  it("'It is the second of its kind ever built in Europe.' → an irregular participle, of its kind ever built", () => {
    // Was no candidate: 'built' has no regular ending.
    expect(exactOnly("It is the second of its kind ever built in Europe.")).toEqual(want(2, undefined, undefined, "of its kind ever built", "ordinal"));
  });
  it("near miss: 'It was the second of its kind even then.' → an adverb, no figure", () => {
    // Was 'second — of its kind even'.
    expect(figs("It was the second of its kind even then.")).toEqual([]);
  });
});

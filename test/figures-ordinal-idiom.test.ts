// "the fourth dimension", "a sixth sense", "in seventh heaven": an ordinal fixed in a figure of speech orders nothing
// (ordinal-idiom.ts; card audit 44, sample AL: 'fourth — dimension').
import { describe, expect, it } from "vitest";
import { figs, typedList, want, exactOnly } from "#test/helpers/figures.ts";

describe("an ordinal in a fixed idiom is no figure", () => {
  const quarry = "Diving into the flooded quarry felt like entering the fourth dimension, she said.";
  it(`'${quarry}': no figure`, () => {
    expect(figs(quarry)).toEqual([]);
    expect(typedList(quarry)).toEqual([["fourth dimension", "identifier", false]]);
  });
  it("'He has a sixth sense for danger and was in seventh heaven.': neither", () => {
    expect(figs("He has a sixth sense for danger and was in seventh heaven.")).toEqual([]);
  });
  it("'She felt like a third wheel, and a fifth column was feared.': neither", () => {
    expect(figs("She felt like a third wheel, and a fifth column was feared.")).toEqual([]);
  });
});

describe("near misses", () => {
  it("'Rovers added a sixth goal before half-time.': another noun after the ordinal is read as before", () => {
    expect(exactOnly("Rovers added a sixth goal before half-time.")).toEqual(want(6, undefined, undefined, "goal", "ordinal"));
  });
});

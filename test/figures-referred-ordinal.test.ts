// An ordinal brought in with "a" and referred back to with "the" in one sentence ("a fourth witness … the fourth
// witness") tells one person or thing from others, as a name would: no rank, no count (card audit 51, sample AS's
// made-up shape 10).
import { describe, expect, it } from "vitest";
import { exactOnly, figs, want } from "#test/helpers/figures.ts";

describe("referred-ordinal.ts: 'a ORD NOUN … the ORD NOUN' is a name", () => {
  it("'A police report says a fourth witness -- whose name was withheld -- heard shouting, and that the fourth witness rang the station.'", () => {
    // Was 'fourth — witness' twice, ordinals.
    const text = "A police report says a fourth witness -- whose name was withheld -- heard shouting, and that the fourth witness rang the station.";
    expect(figs(text)).toEqual([]);
  });
  it("near miss: 'They signed a third striker, and then a fourth striker.' → the fourth still ranks (never 'the')", () => {
    expect(figs("They signed a third striker, and then a fourth striker.").map((f) => [f.value, f.label, f.type])).toEqual([[3, "striker", "ordinal"], [4, "striker", "ordinal"]]);
  });
  it("near miss: 'She later met a fourth witness.' → one mention, read as before", () => {
    expect(exactOnly("She later met a fourth witness.")).toEqual(want(4, undefined, undefined, "witness", "ordinal"));
  });
  it("'A fourth man was charged on Monday, and police said the fourth man would appear in court.' → fourth — man charged, once", () => {
    // Crime copy's running count: four charged so far (the "the" referring back is the same fact, off the card).
    expect(exactOnly("A fourth man was charged on Monday, and police said the fourth man would appear in court.")).toEqual(want(4, undefined, undefined, "man charged", "ordinal"));
  });
  it("'A fifth person has died, and the fifth person was named as Jo Smith.' → fifth — person died, past the auxiliaries", () => {
    expect(exactOnly("A fifth person has died, and the fifth person was named as Jo Smith.")).toEqual(want(5, undefined, undefined, "person died", "ordinal"));
  });
  it("'Police charged a fourth man, and the fourth man will appear in court.' → fourth — man: the charge before it", () => {
    expect(exactOnly("Police charged a fourth man, and the fourth man will appear in court.")).toEqual(want(4, undefined, undefined, "man", "ordinal"));
  });
  it("near miss: 'A third inspector was hired, and the third inspector quit.' → no figure: hiring counts no case", () => {
    expect(figs("A third inspector was hired, and the third inspector quit.")).toEqual([]);
  });
  it("near miss: 'A third album was released in May, and the third album went to number one.' → no 3rd: only people are a running count", () => {
    expect(figs("A third album was released in May, and the third album went to number one.").map((f) => [f.value, f.label, f.type])).toEqual([]);
  });
});

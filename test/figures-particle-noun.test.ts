// A hyphened verb and particle in the plural is the noun a count counts, however the tagger reads its first part
// (particle-noun.ts): from card audit 37's pattern 6 (made-up sentences, AE informed).
import { describe, expect, it } from "vitest";
import { exact, at, want } from "#test/helpers/figures.ts";

describe("'600 sit-ups' counts sit-ups, not the period or the subject", () => {
  it.each([
    // (The period is the rate's, kept after the noun since yearly-count.ts: "sit-ups a day", never "day".)
    ["She does over 600 sit-ups a day.", 600, "over", "sit-ups a day"],
    ["Each recruit does 800 sit-ups a day in pre-season.", 800, undefined, "sit-ups a day"],
  ])("%s", (text, value, qualifier, label) => {
    expect(exact(at(text, value))).toEqual(want(value, qualifier, undefined, label, "count"));
  });

  it("near miss: 'press-ups', which the tagger reads as a noun, reads the same", () => {
    expect(exact(at("She does over 600 press-ups a day.", 600))).toEqual(want(600, "over", undefined, "press-ups a day", "count"));
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HAS_NUMBER } from "#brief/figures/tokens.ts";

// The twelfth round's figure speed rewrites, each against the simple form it replaced (written out here as the
// reference), on generated text: scripts/figures-digest.ts covers the eval sets, these cover the edges.

describe("HAS_NUMBER", () => {
  // The form before: "-tieth" ordinals as one alternative of the bounded word list.
  const BEFORE =
    /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|tens|scores|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+tieth|second|half|twice|thrice|doubl(?:ed|ing)|tripl(?:ed|ing)|trebl(?:ed|ing)|quadrupl(?:ed|ing))\b/i;

  it("finds a number where the pattern with \\w+tieth found one", () => {
    // "-tieth" words and their near misses, glued to letters, digits, "_" and punctuation on either side, in any case.
    const pieces = fc.constantFrom("tieth", "TIETH", "Tieth", "twentieth", "Fortieth", "x", "_", "9", "-", " ", "'", "é", "ſ", "one", "ones", "Half", "t", "ieth", ".");
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }).map((xs) => xs.join("")), (t) => {
        expect(HAS_NUMBER.test(t)).toBe(BEFORE.test(t));
        return true;
      }),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 40, unit: "binary" }), (t) => {
        expect(HAS_NUMBER.test(t)).toBe(BEFORE.test(t));
        return true;
      }),
      { numRuns: 3000 },
    );
  });

  it("finds the ordinal in 'the fortieth anniversary' and none in 'the tieth'", () => {
    expect([HAS_NUMBER.test("the fortieth anniversary"), HAS_NUMBER.test("the tieth anniversary")]).toEqual([true, false]);
  });
});

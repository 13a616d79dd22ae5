import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wholeFigure } from "#brief/figures/card/figure.ts";
import { coreLayout, rawLayout } from "#brief/figures/card/layout.ts";
import { readCore } from "#brief/figures/read/amount/read-core.ts";
import { HAS_NUMBER, hasNumber, tokenize } from "#brief/figures/language/tokens.ts";

// The figure layer's fast forms (the twelfth round's speed rewrites), each against the simple form it replaced (written
// out here as the reference), on generated text: scripts/figures-digest.ts covers the eval sets, these cover the edges.

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

  it("hasNumber (a digit, then the words) answers as HAS_NUMBER on generated text, digits and number words anywhere", () => {
    const pieces = fc.constantFrom("7", "x", "_", " ", "-", "Twenty", "twentieth", "fifteenth", "quarter", " of", "quarter of", "tens", "é", "2", "onefold", "half");
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }).map((xs) => xs.join("")), (t) => hasNumber(t) === HAS_NUMBER.test(t)),
      { numRuns: 5000 },
    );
    fc.assert(fc.property(fc.string({ maxLength: 40, unit: "binary" }), (t) => hasNumber(t) === HAS_NUMBER.test(t)), { numRuns: 3000 });
    expect([hasNumber("a quarter of them"), hasNumber("the quarter"), hasNumber("in 2015")]).toEqual([true, false, true]);
  });
});

describe("one object layout for read figures and numbers", () => {
  const defined = (o: object): [string, unknown][] => Object.entries(o).filter(([, v]) => v !== undefined).sort(([a], [b]) => a.localeCompare(b));

  it("keeps every field a figure was read with, and nothing else", () => {
    const raw = wholeFigure([{ start: 0, end: 5 }], 0, 1, { value: 0.5, label: "voters", kind: "percent", type: "other", qualifier: "nearly" });
    const laid = rawLayout(raw);
    expect(defined(laid)).toEqual(defined(raw));
    expect(Object.keys(laid)).toHaveLength(Object.keys(rawLayout({ ...raw, one: true })).length);
  });

  it("keeps every field a number was read with: '3.5m' is 3,500,000 with exponent 6", () => {
    const core = readCore(tokenize("about 3.5m people"), 1);
    expect(core === undefined ? undefined : { value: core.value, digits: core.digits, exponent: core.exponent, end: core.end }).toEqual({ value: 3500000, digits: "3.5", exponent: 6, end: 3 });
    expect(defined(coreLayout(core!))).toEqual(defined(core!));
  });
});

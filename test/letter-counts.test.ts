import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { entityDensity, sentenceMarks } from "#brief/rank-features.ts";
import { mostlyCapitals } from "#news/boilerplate.ts";

// Two speed rewrites count letters by character codes instead of regular expressions; they must answer exactly as
// the regular-expression forms they replaced (written out here as the reference) on any text, not just the corpus:
// the corpus hash (test/brief-algorithm.test.ts) missed a rewrite that stopped counting "Z" as a capital.

function mostlyCapitalsByRegex(text: string): boolean {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const upper = text.match(/\p{Lu}/gu)?.length ?? 0;
  return letters >= 8 && upper / letters > 0.7;
}

function entityDensityByRegex(text: string): number {
  const tokens = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
  if (tokens.length < 2) return 0;
  let caps = 0;
  for (let i = 1; i < tokens.length; i++) if (/^\p{Lu}/u.test(tokens[i]!)) caps++;
  return caps / (tokens.length - 1);
}

// ASCII edges (A, Z, a, z and their neighbours), accented and non-Latin letters, a letter outside the BMP, a lone
// surrogate, digits (and their ASCII neighbours, and non-ASCII numbers), spaces and the apostrophes, dots and hyphens a
// token may hold beside the marks it may not.
const pieces = fc.constantFrom("A", "Z", "@", "[", "a", "z", "`", "{", "É", "é", "Ω", "ω", "Ж", "ж", "ǅ", "𝐀", "𝐚", "\ud835", "7", "0", "9", "/", ":", "²", "٣", " ", "'", "’", "‘", ".", "-", ",", "Zurich", "ZZ TOP", "New York", '"', "“", "”", "don't", "’s", "5'", "x’");
const text = fc.array(pieces, { maxLength: 40 }).map((xs) => xs.join(""));

describe("letter counts by character code", () => {
  it("mostlyCapitals answers as the \\p{L} / \\p{Lu} counts did", () => {
    fc.assert(fc.property(fc.oneof(text, fc.string({ maxLength: 60, unit: "binary" })), (t) => mostlyCapitals(t) === mostlyCapitalsByRegex(t)), { numRuns: 2000 });
    expect(mostlyCapitals("ZZZZ ZZZZ")).toBe(true);
    expect(mostlyCapitals("Zurich zoo")).toBe(false);
  });

  it("entityDensity answers as the token list did", () => {
    fc.assert(fc.property(fc.oneof(text, fc.string({ maxLength: 60, unit: "binary" })), (t) => entityDensity(t) === entityDensityByRegex(t)), { numRuns: 2000 });
    expect(entityDensity("in Zurich and Écully")).toBe(2 / 3);
  });

  it("sentenceMarks notes an ASCII digit and a quote mark wherever they stand (in a token or between)", () => {
    // The ranker's figures signal is 1 on `digit` without its pattern (whose \d is [0-9]), and its quote pattern runs
    // only with `quoteMark` (each of its alternatives holds one of these marks): both must be exactly these tests.
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ maxLength: 60, unit: "binary" })), (t) => {
        const marks = sentenceMarks(t);
        return marks.digit === /[0-9]/.test(t) && marks.quoteMark === /["“”'‘’]/.test(t) && marks.entities === entityDensityByRegex(t);
      }),
      { numRuns: 3000 },
    );
    expect(sentenceMarks("The 'Tornado' hit").quoteMark).toBe(true);
    expect(sentenceMarks("Police’s car").quoteMark).toBe(true);
    expect(sentenceMarks("No marks here").quoteMark).toBe(false);
    expect(sentenceMarks("G7 talks").digit).toBe(true);
    expect(sentenceMarks("seven talks ٣").digit).toBe(false);
  });
});

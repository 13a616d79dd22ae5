import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { entityDensity } from "#brief/rank-features.ts";
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
const pieces = fc.constantFrom("A", "Z", "@", "[", "a", "z", "`", "{", "É", "é", "Ω", "ω", "Ж", "ж", "ǅ", "𝐀", "𝐚", "\ud835", "7", "0", "9", "/", ":", "²", "٣", " ", "'", "’", "‘", ".", "-", ",", "Zurich", "ZZ TOP", "New York");
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
});

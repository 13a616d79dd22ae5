import fc from "fast-check";
import sbd from "sbd";
import { describe, expect, it } from "vitest";
import { GLUED, hasBreakMarks, mayGlue } from "#news/sentences.ts";

// Speed rewrites that must answer exactly as the simple forms they replaced (written out here as the reference), on
// generated text rather than only the corpus: the output digest covers the dev sets, these cover the edges.

// Pieces that sit on the edges of each rewrite: quote marks and spaces (GLUED), newlines, the six rule characters and
// sbd's own "@~@" marker (hasBreakMarks), sentence ends and capitals (sbd itself).
const pieces = fc.constantFrom(
  "a", "Z", "On", "Wednesday", "word", " ", "  ", "\n", "\t", "\u00a0", "'", "’", '"', "”", "‘", "“", ".", "!", "?", ",",
  "-", "#", "=", "_", "+", "*", "--", "----", "@", "~", "@~@", "Mr.", "U.S.", "3.5", "9",
);
const text = fc.array(pieces, { maxLength: 40 }).map((xs) => xs.join(""));
const anyText = fc.oneof(text, fc.string({ maxLength: 60, unit: "binary" }));

const SBD_OPTIONS = { newline_boundaries: true, preserve_whitespace: false, sanitize: false, allowed_tags: false } as const;

describe("sentence splitting shortcuts", () => {
  it("hasBreakMarks finds what sbd's newline_boundaries acts on, as the regular expression does", () => {
    const reference = (t: string) => /\n|[-#=_+*]{4,}|@~@/.test(t);
    fc.assert(fc.property(anyText, (t) => hasBreakMarks(t) === reference(t)), { numRuns: 3000 });
    expect(hasBreakMarks("a ---- b")).toBe(true);
    expect(hasBreakMarks("a --- b -+*")).toBe(false);
    expect(hasBreakMarks("ab-+*#")).toBe(true);
  });

  it("without break marks, sbd splits the same with newline_boundaries on or off", () => {
    fc.assert(
      fc.property(anyText, (t) => {
        if (hasBreakMarks(t)) return true;
        expect(sbd.sentences(t, { ...SBD_OPTIONS, newline_boundaries: false })).toEqual(sbd.sentences(t, SBD_OPTIONS));
        return true;
      }),
      { numRuns: 3000 },
    );
  });

  it("mayGlue is true wherever the glued-caption pattern matches", () => {
    fc.assert(
      fc.property(anyText, (t) => {
        GLUED.lastIndex = 0;
        return !GLUED.test(t) || mayGlue(t);
      }),
      { numRuns: 3000 },
    );
    expect(mayGlue("is dreaming' On Wednesday")).toBe(true);
    expect(mayGlue("the militants’ Syrian stronghold")).toBe(true);
    expect(mayGlue("no quote here")).toBe(false);
  });
});

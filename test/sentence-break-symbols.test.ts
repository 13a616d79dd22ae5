import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { withoutSymbols } from "#news/sentence-breaks.ts";

// sbd's pattern as it wrote it: withoutSymbols must drop what its replace dropped, and nothing else.
const SYMBOLS = /[-'`~!@#$%^&*()_|+=?;:'",.<>\{\}\[\]\\\/]/gi;

describe("withoutSymbols, sbd's replace by character codes", () => {
  it("drops every code unit the pattern drops, and no other", () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (withoutSymbols(ch) !== ch.replace(SYMBOLS, "")) expect(`U+${c.toString(16)}`).toBe("kept as the pattern keeps it");
    }
  });

  it("answers as the replace on generated words", () => {
    const pieces = fc.constantFrom("a", "B", ".", "'", "é", "-", "U.S", "..", "(", ")", "1", "’", "_", "\\", "/", "İ", "said");
    fc.assert(fc.property(fc.array(pieces, { maxLength: 8 }).map((xs) => xs.join("")), (w) => withoutSymbols(w) === w.replace(SYMBOLS, "")), { numRuns: 5000 });
    expect([withoutSymbols("said."), withoutSymbols("U.S."), withoutSymbols("Mr"), withoutSymbols("")]).toEqual(["said", "US", "Mr", ""]);
  });
});

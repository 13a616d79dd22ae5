import { describe, expect, it } from "vitest";
import { RowIndex, rowHash, UNCACHED } from "#brief/figures/language/lexeme-rows.ts";
import { contentTerms } from "#news/terms.ts";
import { WordTable, wordHash } from "#news/word-table.ts";

// The word tables compare a slot's hash before its word (speed: a probe reads no word whose hash differs), so two
// words of one hash must still be told apart by the word: "Aa" and "BB", "an" and "c0" hash alike (65·31 + 97 =
// 66·31 + 66; 97·31 + 110 = 99·31 + 48).

const hashOf = (word: string): number => {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = wordHash(h, word.charCodeAt(i));
  return h;
};

describe("word tables with two words of one hash", () => {
  it("hash alike", () => {
    expect(hashOf("Aa")).toBe(hashOf("BB"));
    expect(rowHash("an")).toBe(rowHash("c0"));
  });

  it("WordTable answers each word's own value, from the recent-word cache and from the table", () => {
    const table = new WordTable<string>(4, 1, (w) => w.toLowerCase(), "");
    const text = "Aa BB";
    const read = (start: number, end: number) => table.get(text, start, end, hashOf(text.slice(start, end)));
    expect([read(0, 2), read(3, 5), read(0, 2), read(3, 5), read(3, 5)]).toEqual(["aa", "bb", "aa", "bb", "bb"]);
  });

  it("RowIndex holds a row for one and none for the other", () => {
    const rows = new RowIndex(4);
    rows.set("Aa", rowHash("Aa"), 7);
    expect(rows.get("BB", rowHash("BB"))).toBe(UNCACHED);
    rows.set("BB", rowHash("BB"), 9);
    expect([rows.get("Aa", rowHash("Aa")), rows.get("BB", rowHash("BB"))]).toEqual([7, 9]);
  });

  it("the ranker's terms keep the stopword 'an' out and 'c0' in, in either order", () => {
    expect(contentTerms("an c0 an c0")).toEqual(["c0", "c0"]);
    expect(contentTerms("c0 an c0 an")).toEqual(["c0", "c0"]);
  });
});

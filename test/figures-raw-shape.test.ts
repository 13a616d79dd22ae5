import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cardCandidates } from "#brief/figures/card/candidates.ts";
import { rawOf, wholeFigure } from "#brief/figures/card/figure.ts";
import { sentenceNumbers } from "#brief/figures/card/sentence.ts";
import { tokenize } from "#brief/figures/language/tokens.ts";
import { parseWireText } from "#news/article.ts";
import { articleSentences, type Sentence } from "#news/sentences.ts";

// Speed only, never a result: every Raw has one hidden class in V8 when each has all of Raw's fields in one order
// (rawOf), and every candidate one when each is built by the one literal in cardCandidates. A Raw built elsewhere, or
// a field deleted (which makes the object a slow dictionary), shows here as a different list of own keys.

const seedArticles = (): Sentence[][] => {
  const dir = new URL("../seeds/", import.meta.url);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => articleSentences(parseWireText(readFileSync(new URL(f, dir), "utf8"))));
};

const base = { s: 0, core: 0, e: 1, value: 5, percent: false, points: false, ordinal: false, words: false, label: "", kind: "count", factor: 1, drop: false, from: 0, to: 1 } as const;
const RAW_KEYS = Object.keys(rawOf(base));

describe("one shape for every Raw and every candidate", () => {
  it("gives a figure read whole the keys of rawOf, in its order, whatever fields it sets", () => {
    const toks = tokenize("He came second in the race.");
    expect(Object.keys(wholeFigure(toks, 2, 3, { value: 2, label: "race", kind: "rank", type: "rank", ordinal: true, whole: true }))).toEqual(RAW_KEYS);
  });

  it("reads every number of the seed stories as a Raw with the keys of rawOf, in its order", () => {
    const raws = seedArticles().flatMap((sentences) => sentences.flatMap((s) => sentenceNumbers(s)));
    expect(raws.length).toBeGreaterThan(100);
    const odd = raws.filter((r) => Object.keys(r).join() !== RAW_KEYS.join());
    expect(odd.map((r) => Object.keys(r).filter((k) => !RAW_KEYS.includes(k)).concat(RAW_KEYS.filter((k) => !(k in r))))).toEqual([]);
  });

  it("keeps the keys of rawOf on a Raw whose readers clear a field (a span's 'over', a quake's magnitude)", () => {
    const texts = ["The works will take over three to five years.", "A magnitude-6.1 earthquake shook the island on Monday."];
    for (const text of texts) {
      const raws = articleSentences(parseWireText(`Headline\n05/12/2026 10:00 by Staff\n\n${text}`)).flatMap((s) => sentenceNumbers(s));
      expect(raws.length).toBeGreaterThan(0);
      for (const r of raws) expect(Object.keys(r)).toEqual(RAW_KEYS);
    }
  });

  it("builds every candidate of the seed stories with one list of keys", () => {
    const candidates = seedArticles().flatMap((sentences) => cardCandidates(sentences));
    expect(candidates.length).toBeGreaterThan(50);
    expect(new Set(candidates.map((c) => Object.keys(c).join()))).toEqual(new Set([Object.keys(candidates[0]!).join()]));
  });
});

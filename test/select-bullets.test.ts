import { describe, expect, it } from "vitest";
import type { Vector } from "#brief/centrality.ts";
import { DEFAULT_WEIGHTS, selectBullets, ZERO_PARTS, type RankWeights, type Scored } from "#brief/rank.ts";
import { sharesTrigram, trigramLookup, wordTrigrams } from "#brief/trigrams.ts";

/** A unit vector at cosine `c` to the axis "a", or on an axis of its own. */
const along = (c: number, own: string): Vector => new Map(c > 0 ? [["a", c], [own, Math.sqrt(1 - c * c)]] : [[own, 1]]);

function scored(sentences: { text: string; score: number; vector: Vector }[]): Scored {
  return {
    ranked: sentences.map((s, index) => ({ index, score: s.score, parts: ZERO_PARTS })),
    vectors: sentences.map((s) => s.vector),
    words: sentences.map((s) => s.text.split(" ").length),
    trigrams: trigramLookup(sentences.map((s) => s.text)),
  };
}
const picked = (s: Scored, weights: RankWeights, count = 2) => selectBullets(s, count, weights).map((r) => r.index);
const plain: RankWeights = { ...DEFAULT_WEIGHTS, wordBudget: 0, redundancy: 0.35 };

describe("word trigrams", () => {
  it("are the lowercased runs of three words, punctuation left out", () => {
    expect([...wordTrigrams("The floods hit the valley, officials said.")]).toEqual([
      "the floods hit", "floods hit the", "hit the valley", "the valley officials", "valley officials said",
    ]);
    expect(wordTrigrams("Two words").size).toBe(0);
  });

  it("are shared only when three words in a row recur, in either order of the arguments", () => {
    const a = wordTrigrams("Rescuers said the floods hit the valley on Monday");
    expect(sharesTrigram(a, wordTrigrams("Then the floods hit the town"))).toBe(true);
    expect(sharesTrigram(wordTrigrams("Then the floods hit the town"), a)).toBe(true);
    expect(sharesTrigram(a, wordTrigrams("The valley floods hit hard"))).toBe(false);
  });
});

describe("selecting bullets", () => {
  // Sentence 1 restates sentence 0 in other words around a shared phrase: TF-IDF cosine 0 here, one shared trigram.
  const restated = scored([
    { text: "Floods forced hundreds of families from their homes on Monday", score: 0.9, vector: along(0, "x") },
    { text: "Officials counted hundreds of families who had fled", score: 0.8, vector: along(0, "y") },
    { text: "The army sent boats and helicopters to the northern valley", score: 0.7, vector: along(0, "z") },
  ]);

  it("skips a candidate sharing a word trigram with a chosen bullet under trigram blocking, and only then", () => {
    expect(picked(restated, { ...plain, trigramBlock: 1 })).toEqual([0, 2]);
    expect(picked(restated, { ...plain, trigramBlock: 0 })).toEqual([0, 1]);
    expect(picked(restated, plain)).toEqual([0, 1]);
  });

  it("still gives the bullets asked for when blocking leaves too few distinct sentences", () => {
    expect(picked(restated, { ...plain, trigramBlock: 1 }, 3)).toEqual([0, 1, 2]);
  });

  // Sentence 1 is close to sentence 0 (cosine 0.3, under the redundancy threshold), sentence 2 unrelated to both.
  const close = scored([
    { text: "one two three four five six", score: 0.9, vector: along(1, "x") },
    { text: "seven eight nine ten eleven twelve", score: 0.85, vector: along(0.3, "y") },
    { text: "thirteen fourteen fifteen sixteen seventeen eighteen", score: 0.8, vector: along(0, "z") },
  ]);

  it("under MMR takes a lower-scored sentence over one close to a chosen bullet once μ × similarity outweighs the gap", () => {
    expect(picked(close, { ...plain, mmr: 0 })).toEqual([0, 1]);
    expect(picked(close, { ...plain, mmr: 0.1 })).toEqual([0, 1]); // 0.85 − 0.03 > 0.8
    expect(picked(close, { ...plain, mmr: 0.2 })).toEqual([0, 2]); // 0.85 − 0.06 < 0.8
  });

  it("under MMR gives an equal value to the earlier sentence, whichever scores higher", () => {
    // Sentence 2 scores higher than sentence 1 but ends at the same value: 0.86 − 0.2 × 0.3 = 0.8.
    const tie = scored([
      { text: "one two three four five six", score: 0.9, vector: along(1, "x") },
      { text: "seven eight nine ten eleven twelve", score: 0.8, vector: along(0, "y") },
      { text: "thirteen fourteen fifteen sixteen seventeen eighteen", score: 0.86, vector: along(0.3, "z") },
    ]);
    expect(picked(tie, { ...plain, mmr: 0.2 })).toEqual([0, 1]);
    expect(picked(tie, { ...plain, mmr: 0.1 })).toEqual([0, 2]);
  });

  it("never takes a sentence over the redundancy threshold, MMR or not", () => {
    const same = scored([
      { text: "one two three four five six", score: 0.9, vector: along(1, "x") },
      { text: "seven eight nine ten eleven twelve", score: 0.85, vector: along(0.5, "y") },
      { text: "thirteen fourteen fifteen sixteen seventeen eighteen", score: 0.1, vector: along(0, "z") },
    ]);
    expect(picked(same, { ...plain, mmr: 0.05 })).toEqual([0, 2]);
    expect(picked(same, { ...plain, redundancy: 0.6 })).toEqual([0, 1]);
  });
});

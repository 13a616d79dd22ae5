import { describe, expect, it } from "vitest";
import { SentenceVectors, type Vector } from "#brief/centrality.ts";
import { DEFAULT_WEIGHTS, scoreSentences, selectBullets, ZERO_PARTS, type RankWeights, type Scored } from "#brief/rank.ts";
import { articleSentences } from "#news/sentences.ts";
import { sharesTrigram, trigramLookup, wordTrigrams } from "#brief/trigrams.ts";

/** A unit vector at cosine `c` to the axis "a", or on an axis of its own. */
const along = (c: number, own: string): Vector => new Map(c > 0 ? [["a", c], [own, Math.sqrt(1 - c * c)]] : [[own, 1]]);

function scored(sentences: { text: string; score: number; vector: Vector }[]): Scored {
  return {
    ranked: sentences.map((s, index) => ({ index, score: s.score, parts: ZERO_PARTS })),
    vectors: SentenceVectors.of(sentences.map((s) => s.vector)),
    words: sentences.map((s) => s.text.split(" ").length),
    trigrams: trigramLookup(sentences.map((s) => s.text)),
  };
}
const picked = (s: Scored, weights: RankWeights, count = 2) => selectBullets(s, count, weights).map((r) => r.index);
const plain: RankWeights = { ...DEFAULT_WEIGHTS, wordBudget: 0, redundancy: 0.35, coverage: 0, coverageLength: 0 };

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

  it("takes a sentence at exactly the redundancy threshold: only one over it is too close", () => {
    // Cosine 0.35 to sentence 0 is exact in floating point (along(0.35) against along(1)).
    const edge = scored([
      { text: "one two three four five six", score: 0.9, vector: along(1, "x") },
      { text: "seven eight nine ten eleven twelve", score: 0.85, vector: along(0.35, "y") },
      { text: "thirteen fourteen fifteen sixteen seventeen eighteen", score: 0.1, vector: along(0, "z") },
    ]);
    expect(picked(edge, plain)).toEqual([0, 1]);
    expect(picked(edge, { ...plain, redundancy: 0.34 })).toEqual([0, 2]);
  });

  it("counts a sentence of exactly MIN_BULLET_WORDS words as a full bullet", () => {
    // Six words scoring best beside seven: the six-word sentence is the bullet, not set aside as a fragment.
    const six = scored([
      { text: "Floods closed the valley road overnight", score: 0.9, vector: along(0, "x") },
      { text: "Officials said repairs would take several weeks", score: 0.8, vector: along(0, "y") },
    ]);
    expect(picked(six, plain, 1)).toEqual([0]);
  });

  it("with fewer full sentences than asked, picks among the short ones too, redundancy still applied", () => {
    // One sentence of six words, two fragments: sentence 1 is too close to sentence 0 (cosine 0.5), so sentence 2 is
    // the second bullet; filling by score from the full sentences alone would add sentence 1.
    const short = scored([
      { text: "one two three four five six", score: 0.9, vector: along(1, "x") },
      { text: "seven eight nine", score: 0.8, vector: along(0.5, "y") },
      { text: "ten eleven twelve", score: 0.7, vector: along(0, "z") },
    ]);
    expect(picked(short, plain)).toEqual([0, 2]);
  });

  it("fills from equal scores in reading order when blocking leaves too few", () => {
    // Sentences 1 and 2 score the same and each repeats a trigram of sentence 0: the fill takes the earlier one.
    const tied = scored([
      { text: "Floods forced hundreds of families from their homes on Monday", score: 0.9, vector: along(0, "x") },
      { text: "Officials counted hundreds of families who had fled", score: 0.5, vector: along(0, "y") },
      { text: "Aid groups housed hundreds of families in schools", score: 0.5, vector: along(0, "z") },
    ]);
    expect(picked(tied, { ...plain, trigramBlock: 1 })).toEqual([0, 1]);
  });

  // Coverage: words 0–3 worth p = 0.5 each, word 4 worth 0.6. Sentence 1 repeats sentence 0's words; sentence 2 holds
  // new ones. Gains before anything is covered: 1.5 / 1.5 / 1.1 (Σ p over each sentence's words), over the largest.
  const words = {
    ...scored([
      { text: "one two three four five six", score: 0.9, vector: along(0, "x") },
      { text: "seven eight nine ten eleven twelve", score: 0.85, vector: along(0, "y") },
      { text: "thirteen fourteen fifteen sixteen seventeen eighteen", score: 0.8, vector: along(0, "z") },
    ]),
    coverage: { sentences: [[0, 1, 2], [0, 1, 2], [3, 4]], p: [0.5, 0.5, 0.5, 0.5, 0.6] },
  };

  it("under coverage takes the sentence that adds uncovered important words once the gain outweighs the score gap", () => {
    expect(picked(words, plain)).toEqual([0, 1]);
    // Once sentence 0 is chosen sentence 1 adds nothing: 0.85 against 0.8 + coverage × 1.1 / 1.5.
    expect(picked(words, { ...plain, coverage: 0.05 })).toEqual([0, 1]); // 0.85 > 0.837
    expect(picked(words, { ...plain, coverage: 0.2 })).toEqual([0, 2]); // 0.85 < 0.947
  });

  it("divides the coverage gain by the sentence's words to the power coverageLength", () => {
    // Per word: sentence 2's 1.1 / 2 = 0.55 against 1.5 / 3 = 0.5 for sentence 0, so it leads the scale. Without the
    // penalty sentence 0 leads it (1.5 against 1.1) and wins at any weight.
    expect(picked(words, { ...plain, coverage: 1.5 }, 1)).toEqual([0]); // 0.9 + 1.5 > 0.8 + 1.5 × 1.1 / 1.5
    expect(picked(words, { ...plain, coverage: 0.2, coverageLength: 1 }, 1)).toEqual([0]); // 0.9 + 0.2 × 0.5 / 0.55 > 0.8 + 0.2
    expect(picked(words, { ...plain, coverage: 1.5, coverageLength: 1 }, 1)).toEqual([2]); // 0.9 + 1.364 < 0.8 + 1.5
  });

  it("adds the coverage gain with MMR off too, and none for a sentence with no content words", () => {
    expect(picked(words, { ...plain, mmr: 0, coverage: 0.2 })).toEqual([0, 2]); // 0.85 < 0.8 + 0.2 × 1.1 / 1.5
    // A sentence of stopwords alone gains 0, not 0 / 0 (a NaN would blank every value, leaving the pick to the score).
    const bare = { ...words, coverage: { sentences: [[0, 1, 2], [], [3, 4]], p: [0.5, 0.5, 0.5, 0.5, 0.6] } };
    expect(picked(bare, { ...plain, coverage: 0.2, coverageLength: 1 })).toEqual([0, 2]); // 0.85 + 0 < 0.8 + 0.2
  });

  it("leaves the selection to the score when the article has no coverage data", () => {
    const { coverage: _, ...without } = words;
    expect(picked(without, { ...plain, coverage: 0.2 })).toEqual([0, 1]);
  });
});

describe("coverage in scoreSentences", () => {
  const sentences = articleSentences({
    paragraphs: ["The council approved the new stadium on Monday. The stadium will cost 40 million pounds. Residents said traffic would worsen."],
  });

  it("runs the word model only for weights that use coverage (the checked-in ones do)", () => {
    expect(scoreSentences({ sentences }, { ...DEFAULT_WEIGHTS, coverage: 0 }).coverage).toBeUndefined();
    const { coverage } = scoreSentences({ sentences });
    expect(coverage?.sentences).toHaveLength(3);
    // "stadium" is in two of three sentences and the first: more likely kept than "traffic", once, late.
    expect(coverage!.p[0]).toBeGreaterThan(0);
    const stadium = coverage!.sentences[0]!.find((id) => coverage!.sentences[1]!.includes(id))!;
    const traffic = coverage!.sentences[2]![1]!;
    expect(coverage!.p[stadium]!).toBeGreaterThan(coverage!.p[traffic]!);
  });
});

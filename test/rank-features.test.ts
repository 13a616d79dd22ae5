import { describe, expect, it } from "vitest";
import { degreeCentrality, forwardCentrality, overlapVectors } from "#brief/centrality.ts";
import { articleSignals } from "#brief/rank-features.ts";
import { DEFAULT_WEIGHTS, PART_NAMES, type PartName, partValues, scoreParts } from "#brief/rank.ts";
import { articleSentences } from "#news/sentences.ts";
import { analyzeTerms } from "#news/terms.ts";

const sentences = articleSentences({
  paragraphs: [
    "Floods hit the northern valley after three days of heavy rain.",
    "Rescuers said the floods in the northern valley forced hundreds of families from their homes after the heavy rain.",
    "A football match in the capital was postponed.",
    "Families in the valley returned to damaged homes as the floods receded.",
  ],
});

describe("ranking signals", () => {
  const { signals } = articleSignals({ sentences });

  it("shares of the headline count each headline term once a sentence, however often the sentence says it", () => {
    const { signals: withHeadline } = articleSignals({ sentences, headline: "Floods force families from valley homes" });
    // Headline terms: flood, forc, famili, vallei, home (5). Sentence 1 says "floods" and "valley" (and "homes" not),
    // sentence 2 all five, sentence 3 none, sentence 4 families, valley, homes and floods: 4.
    expect(withHeadline.map((s) => s.headline)).toEqual([0.4, 1, 0, 0.8]);
    const twice = articleSentences({ paragraphs: ["Floods and more floods and floods again hit the valley.", "The match was postponed."] });
    expect(articleSignals({ sentences: twice, headline: "Floods hit valley" }).signals.map((s) => s.headline)).toEqual([1, 0]);
    expect(articleSignals({ sentences: twice, headline: "Floods" }).signals.map((s) => s.headline)).toEqual([1, 0]);
  });

  it("marks a figure by a digit alone or by a number word alone, not by a word that holds one", () => {
    const texts = ["Turnout fell to 41% in May.", "Some forty thousand people voted.", "Phone networks failed at noon.", "Someone voted often."];
    const figures = articleSignals({ sentences: articleSentences({ paragraphs: texts }) }).signals.map((s) => s.figures);
    expect(figures).toEqual([1, 1, 0, 0]);
  });

  it("places each sentence as a share of the story: the first 1, then down by 1 / sentences", () => {
    expect(signals.map((s) => s.fraction)).toEqual([1, 0.75, 0.5, 0.25]);
    expect(signals.map((s) => scoreParts(s, DEFAULT_WEIGHTS).fraction)).toEqual([1, 0.75, 0.5, 0.25]);
  });

  it("scores word-overlap centrality (all sentences, and later ones only) to a maximum of 1, the off-topic sentence lowest", () => {
    const overlap = signals.map((s) => s.overlap);
    expect(Math.max(...overlap)).toBe(1);
    expect(overlap[2]).toBe(Math.min(...overlap));
    expect(overlap[1]).toBe(1);
    // Degree over the overlap vectors, not over the TF-IDF graph the `degree` signal reads.
    const terms = sentences.map((s) => analyzeTerms(s.text));
    const byOverlap = degreeCentrality(overlapVectors(terms.map((t) => t.stems), terms.map((t) => t.words)));
    expect(overlap).toEqual(byOverlap.map((x) => Math.round(x * 1e6) / 1e6));
    expect(overlap).not.toEqual(signals.map((s) => s.degree));
    // Forward: the same graph, later sentences only; the last sentence has nothing after it.
    expect(signals.map((s) => s.forward)).toEqual(forwardCentrality(overlapVectors(terms.map((t) => t.stems), terms.map((t) => t.words))).map((x) => Math.round(x * 1e6) / 1e6));
    expect(signals[3]!.forward).toBe(0);
    expect(signals.map((s) => scoreParts(s, DEFAULT_WEIGHTS).forward)).toEqual(signals.map((s) => s.forward));
    expect(signals.map((s) => scoreParts(s, DEFAULT_WEIGHTS).overlap)).toEqual(overlap);
  });
});

describe("partValues", () => {
  it("lists a sentence's parts in PART_NAMES order, as the loop over the names did", () => {
    // Distinct values a part, so a part read into another's place cannot pass unseen.
    const parts = Object.fromEntries(PART_NAMES.map((name, k) => [name, (k + 1) / 100])) as Record<PartName, number>;
    expect(partValues(parts, [])).toEqual(PART_NAMES.map((name) => parts[name]));
    const { signals } = articleSignals({ sentences });
    for (const s of signals) {
      const real = scoreParts(s, DEFAULT_WEIGHTS);
      expect(partValues(real, new Array<number>(PART_NAMES.length))).toEqual(PART_NAMES.map((name) => real[name]));
    }
  });
});

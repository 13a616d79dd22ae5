import type { Signals } from "#brief/rank-features.ts";
import type { Coverage } from "#brief/word-importance.ts";

/**
 * A supervised sentence scorer (docs/ranking.md, seventh round): p(a summary keeps this sentence) from a logistic model
 * over what the ranker already measures of it and the word model's view of its words. Where the linear score has one
 * weight a part, this can bend position and length (the first three sentences each their own step, a log decay after)
 * and read centrality and word importance against the article's best. Headline and paragraph are left out, as in the
 * joint fit: CNN/DailyMail here has neither, so their weights would tell the sources apart.
 */
export const SENTENCE_FEATURES = [
  /** 1 for the first sentence, the second, the third. */
  "first", "second", "third",
  /** log(1 + index). */
  "logIndex",
  /** 1 − index / sentences. */
  "fraction",
  /** log(1 + words); under 10 words; over 35. */
  "logWords", "short", "long",
  /** Centralities, each over the article's largest: TF-IDF degree, word-overlap degree, forward overlap, centroid. */
  "degree", "overlap", "forward", "centroid",
  /** Cosine to the lead sentence (1 for the lead itself). */
  "lead",
  "figures", "quote", "entities", "anaphora",
  /** Mean p(w) over its distinct content words, and that over the article's largest mean. */
  "meanP", "meanPShare",
  /** Σ p(w) over its distinct content words over the article's largest sum; the largest p(w) it holds. */
  "sumPShare", "maxP",
] as const;
export type SentenceFeature = (typeof SENTENCE_FEATURES)[number];
export const SENTENCE_FEATURE_COUNT = SENTENCE_FEATURES.length;

/** A logistic model over SENTENCE_FEATURES, fitted by scripts/sentence-fit.ts. */
export interface SentenceModel {
  bias: number;
  weights: Readonly<Record<SentenceFeature, number>>;
}

const share = (xs: readonly number[]): number[] => {
  const top = Math.max(0, ...xs);
  return xs.map((x) => (top > 0 ? x / top : 0));
};

/** Each sentence's features, SENTENCE_FEATURE_COUNT a row, row-major, in sentence order. */
export function sentenceFeatures(signals: readonly Signals[], coverage: Coverage): Float64Array {
  const n = signals.length;
  const mean = new Array<number>(n).fill(0);
  const sum = new Array<number>(n).fill(0);
  const max = new Array<number>(n).fill(0);
  coverage.sentences.forEach((held, i) => {
    for (const id of held) {
      const p = coverage.p[id]!;
      sum[i]! += p;
      max[i] = Math.max(max[i]!, p);
    }
    mean[i] = held.length > 0 ? sum[i]! / held.length : 0;
  });
  const [degree, overlap, forward, centroid, meanShare, sumShare] = [
    share(signals.map((s) => s.degree)), share(signals.map((s) => s.overlap)), share(signals.map((s) => s.forward)),
    share(signals.map((s) => s.centroid)), share(mean), share(sum),
  ];
  const out = new Float64Array(n * SENTENCE_FEATURE_COUNT);
  signals.forEach((s, i) => {
    const row: Record<SentenceFeature, number> = {
      first: s.index === 0 ? 1 : 0, second: s.index === 1 ? 1 : 0, third: s.index === 2 ? 1 : 0,
      logIndex: Math.log1p(s.index), fraction: s.fraction,
      logWords: Math.log1p(s.words), short: s.words < 10 ? 1 : 0, long: s.words > 35 ? 1 : 0,
      degree: degree[i]!, overlap: overlap[i]!, forward: forward[i]!, centroid: centroid[i]!,
      lead: s.lead, figures: s.figures, quote: s.quote, entities: s.entities, anaphora: s.anaphora,
      meanP: mean[i]!, meanPShare: meanShare[i]!, sumPShare: sumShare[i]!, maxP: max[i]!,
    };
    SENTENCE_FEATURES.forEach((f, k) => (out[i * SENTENCE_FEATURE_COUNT + k] = row[f]));
  });
  return out;
}

/** p(kept) for each sentence under the model, from sentenceFeatures' rows. */
export function keepProbabilities(model: SentenceModel, features: Float64Array): number[] {
  const w = SENTENCE_FEATURES.map((f) => model.weights[f]);
  const n = features.length / SENTENCE_FEATURE_COUNT;
  return Array.from({ length: n }, (_, i) => {
    let z = model.bias;
    for (let k = 0; k < SENTENCE_FEATURE_COUNT; k++) z += w[k]! * features[i * SENTENCE_FEATURE_COUNT + k]!;
    return 1 / (1 + Math.exp(-z));
  });
}

// The tuner's measurements: every article of an eval set split, cleaned and measured once, so a weight setting costs
// only a weighted sum, a sort and a cached ROUGE lookup per article.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { SentenceVectors } from "#brief/centrality.ts";
import { exampleSentences, parseEvalJsonl } from "#eval/evaluate.ts";
import { PART_NAMES, scoreOf, scoreParts, selectBullets, weightVector, type RankWeights, type ScoreParts } from "#brief/rank.ts";
import { articleSignals, type Signals } from "#brief/rank-features.ts";
import { rougeOfTokens, rougeTokens } from "#eval/rouge.ts";
import { trigramLookup } from "#brief/trigrams.ts";
import { wordProbabilities, type WordFeature } from "#brief/word-importance.ts";
import { foldModel, wordArticle, type WordArticle } from "#scripts/word-data.ts";

/** ROUGE-1, ROUGE-2, ROUGE-L F1 of one summary. */
export type Triple = readonly [number, number, number];

export interface Prepared {
  id: string;
  fold: number;
  signals: Signals[];
  vectors: SentenceVectors;
  tokens: string[][];
  reference: string[];
  lead3: Triple;
  /** Parts under the last shape settings tried (positionScale, longWords, wordsCap): most trials change only weights. */
  parts?: { shape: string; parts: ScoreParts[]; values: Float64Array };
  /** Words per sentence (the word budget's measure). */
  words: number[];
  /** Word trigrams per sentence (trigram blocking), measured when first asked for and kept. */
  trigrams: (index: number) => ReadonlySet<string>;
  /** ROUGE of each distinct selection already scored ("0,4,7" → scores): most weight settings repeat selections. */
  cache: Map<string, Triple>;
  /** Content words labelled by the reference (the word-importance model's training rows). */
  wordData: WordArticle;
  /**
   * p(w) of the article's words (wordData's ids) under the word model of each training set, for coverage selection:
   * index 0–4 the model fitted without that fold (the held-out one), 5 the model of all articles (attachWordModels).
   */
  wordP: Float64Array[];
}

export const FOLDS = 5;

/** The fold of an article: from a hash of its id, so the split is the same on every machine and in any file order. */
export function foldOf(id: string): number {
  return Number.parseInt(createHash("sha256").update(id).digest("hex").slice(0, 8), 16) % FOLDS;
}

function triple(candidate: readonly string[], reference: readonly string[]): Triple {
  const s = rougeOfTokens(candidate, reference);
  return [s.rouge1.f1, s.rouge2.f1, s.rougeL.f1];
}

export function prepare(file: string): Prepared[] {
  return parseEvalJsonl(readFileSync(file, "utf8")).map((example) => {
    const sentences = exampleSentences(example);
    const { signals, vectors } = articleSignals(example.title ? { sentences, headline: example.title } : { sentences });
    const tokens = sentences.map((s) => rougeTokens(s.text));
    const reference = rougeTokens(example.highlights.join("\n"));
    return {
      id: example.id,
      fold: foldOf(example.id),
      signals,
      vectors,
      tokens,
      reference,
      lead3: triple(tokens.slice(0, 3).flat(), reference),
      words: signals.map((s) => s.words),
      trigrams: trigramLookup(sentences.map((s) => s.text)),
      cache: new Map(),
      wordData: wordArticle(sentences.map((s) => s.text), example.highlights.join("\n"), foldOf(example.id), example.title || undefined),
      wordP: [],
    };
  });
}

/** Which word model scoresOf reads: the fold whose training articles the current fit reads, or all of them (5). */
let wordModel = 5;
/**
 * `set` picks among the word models attached (attachWordModels' `set`: 0 the checked-in kind, others an alternative a
 * variant names), so two variants compared article by article in one run may read different word models.
 */
export function useWordModel(key: number | "all", set = 0): void {
  wordModel = set * (FOLDS + 1) + (key === "all" ? FOLDS : key);
}

/**
 * Fits the word-importance model on the training articles of each fold (both sets together, no source feature; and on
 * all articles) and keeps each word's p(w) under each: a held-out article is then selected with a model that never
 * read it, as the weights are. Deterministic (scripts/word-fit.ts), a few seconds a model. `setWeights[k]` (1 when not
 * given) is how much the words of `sets[k]` count in the fit; `set` numbers the models for useWordModel.
 */
export function attachWordModels(sets: readonly (readonly Prepared[])[], setWeights: readonly number[] = [], set = 0, without: readonly WordFeature[] = []): void {
  const articles = sets.flat();
  const data = sets.flatMap((part, k) => part.map((a) => (setWeights[k] === undefined ? a.wordData : { ...a.wordData, weight: setWeights[k] })));
  for (const key of [0, 1, 2, 3, 4, "all"] as const) {
    const model = foldModel(data, key, { without });
    console.error(`word model ${set}/${key}: ${JSON.stringify(model)}`);
    articles.forEach((a) => (a.wordP[set * (FOLDS + 1) + (key === "all" ? FOLDS : key)] = wordProbabilities(model, a.wordData.words)));
  }
}

/** Mean F1 (in percent) of nutgraf and of Lead-3 over the articles, and their per-article differences in R-1. */
export interface Measured {
  ours: Triple;
  lead: Triple;
  n: number;
}

/** ROUGE-1, -2, -L F1 of nutgraf's pick under `weights`, per article (fractions, not percent). */
export function scoresOf(articles: readonly Prepared[], weights: RankWeights, count = 3): Triple[] {
  const w = weightVector(weights);
  const shape = `${weights.positionScale}/${weights.longWords}/${weights.wordsCap}`;
  return articles.map((a) => {
    if (a.parts?.shape !== shape) {
      const parts = a.signals.map((s) => scoreParts(s, weights));
      a.parts = { shape, parts, values: Float64Array.from(parts.flatMap((p) => PART_NAMES.map((name) => p[name]))) };
    }
    const { parts, values } = a.parts;
    // The ranker's own score (scoreOf), read from a flat array of parts measured once per shape.
    const ranked = parts.map((p, i) => ({ index: i, score: scoreOf(w, values, i * w.length), parts: p }));
    const p = a.wordP[wordModel];
    const coverage = (weights.coverage ?? 0) > 0 && p ? { sentences: a.wordData.words.sentences, p } : undefined;
    const chosen = selectBullets({ ranked, vectors: a.vectors, words: a.words, trigrams: a.trigrams, ...(coverage ? { coverage } : {}) }, count, weights).map((r) => r.index);
    const key = chosen.join(",");
    let t = a.cache.get(key);
    if (!t) {
      t = triple(chosen.flatMap((i) => a.tokens[i]!), a.reference);
      a.cache.set(key, t);
    }
    return t;
  });
}

export function measure(articles: readonly Prepared[], weights: RankWeights, count = 3): Measured {
  const ours = [0, 0, 0];
  const lead = [0, 0, 0];
  scoresOf(articles, weights, count).forEach((t, i) => {
    for (let k = 0; k < 3; k++) {
      ours[k]! += t[k]!;
      lead[k]! += articles[i]!.lead3[k]!;
    }
  });
  const mean = (x: number) => (articles.length ? (100 * x) / articles.length : 0);
  const pct = (xs: number[]): Triple => [mean(xs[0]!), mean(xs[1]!), mean(xs[2]!)];
  return { ours: pct(ours), lead: pct(lead), n: articles.length };
}

/** nutgraf − Lead-3 in, R-L. */
export const delta = (m: Measured): Triple => [m.ours[0] - m.lead[0], m.ours[1] - m.lead[1], m.ours[2] - m.lead[2]];

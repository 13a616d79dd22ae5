// An article's sentences scored (Scored): the signals measured, each sentence scored, and the lists selection and the
// figure card read (vectors, words, trigrams, word coverage, salience); split from rank.ts as the article-level step.
import type { SentenceVectors } from "#brief/centrality.ts";
import { articleSignals, type SignalInput, type Signals } from "#brief/rank-features.ts";
import { trigramLookup } from "#brief/trigrams.ts";
import { WORD_MODEL, wordCoverage, type Coverage } from "#brief/word-importance.ts";
import { ArticleTokens } from "#brief/word-scan.ts";
import { PART_NAMES, type RankedSentence } from "#brief/rank/parts.ts";
import { DEFAULT_WEIGHTS, type RankWeights } from "#brief/rank/weights.ts";
import { partValues, round, scoreOf, scoreParts, weightVector } from "#brief/rank/score.ts";

/** An article's sentences scored: both lists are indexed by sentence. */
export interface Scored {
  ranked: RankedSentence[];
  /** Unit TF-IDF vectors, for the redundancy check between bullets. */
  vectors: SentenceVectors;
  /** Words per sentence, for the word budget. */
  words: number[];
  /** Each sentence's word trigrams, for trigram blocking (`trigramBlock`). */
  trigrams: (index: number) => ReadonlySet<string>;
  /** Content words and their importance, for coverage selection (`coverage`); without it there is no coverage term. */
  coverage?: Coverage;
}

export type RankInput = SignalInput;

/**
 * A sentence's part values while its score is summed: typed, so one layout whatever an article's numbers, and the code
 * compiled for them is not undone by an article whose parts are all whole numbers (speed37). Every entry is written
 * (partValues) before a score reads it, so one array serves every sentence of every article (speedrank52).
 */
const PART_VALUES = new Float64Array(PART_NAMES.length);

/** Scores measured signals of sentences `texts`. */
export function scoreSignals(signals: readonly Signals[], vectors: SentenceVectors, texts: readonly string[], weights: RankWeights = DEFAULT_WEIGHTS, coverage?: Coverage): Scored {
  // weightedScore's two lists made once an article rather than once a sentence (the same numbers summed in the same
  // order, so the same scores): every sentence of every brief passes here.
  const w = weightVector(weights);
  // The list pushed into a literal's array, for the same reason as PART_VALUES' type (speed37).
  const ranked: RankedSentence[] = [];
  for (const s of signals) {
    const parts = scoreParts(s, weights);
    ranked.push({ index: s.index, score: scoreOf(w, partValues(parts, PART_VALUES)), parts });
  }
  return { ranked, vectors, words: signals.map((s) => s.words), trigrams: trigramLookup(texts), ...(coverage ? { coverage } : {}) };
}

/** The word model's tokens of the article being scored, reused from article to article. */
const sharedTokens = new ArticleTokens();

/** Scores every sentence; the returned lists are in sentence order. Pure and deterministic. */
export function scoreSentences(input: RankInput, weights: RankWeights = DEFAULT_WEIGHTS): Scored {
  // The word model runs only for weights that use it (the checked-in ones do: docs/ranking.md, sixth round); its
  // tokens are read in the centralities' scan of the sentences, one pass over the characters for both.
  const tokens = (weights.coverage ?? 0) > 0 ? sharedTokens : undefined;
  const { signals, vectors } = articleSignals(input, tokens);
  const texts = input.sentences.map((s) => s.text);
  const coverage = tokens ? wordCoverage(texts, input.headline, WORD_MODEL, tokens) : undefined;
  return scoreSignals(signals, vectors, texts, weights, coverage);
}

/** Each sentence's score scaled to [0, 1] (by the best one), indexed by sentence: what figures rank by. */
export function salience({ ranked }: Scored): number[] {
  let best = 0;
  for (const r of ranked) best = Math.max(best, r.score);
  // Pushed into a literal's array rather than mapped: the literal's array is laid out for fractions once any was
  // (the engine remembers it), so a card never meets an all-whole list laid out otherwise, which undid its compiled
  // code (speed37).
  const out: number[] = [];
  for (const r of ranked) out.push(best > 0 ? round(r.score / best) : 0);
  return out;
}

import { stemmer } from "stemmer";
import { STOPWORDS } from "#news/terms.ts";

/**
 * Supervised word importance (Hong & Nenkova 2014): each distinct content word of an article gets the probability
 * that a summary of it holds the word, from a logistic model over features every story has, whatever its source.
 * Words are the ROUGE scorer's (lib/eval/rouge.ts: lowercase, [a-z0-9] runs, Porter stems above three letters) so the
 * model learns exactly the units the reference is scored in; stopwords are left out.
 */
export const WORD_FEATURES = [
  /** log(1 + occurrences in the article). */
  "logCount",
  /** Share of the sentences holding it. */
  "spread",
  /** log(1 + index of the first sentence holding it). */
  "firstIndex",
  /** That index as a share of the story. */
  "firstShare",
  /** 1 when the first sentence holds it. */
  "inLead",
  /** 1 when the headline holds it (0 without one). */
  "inHeadline",
  /** Share of its occurrences after a sentence's first word that are capitalised: names. */
  "capitalised",
  /** 1 when it holds a digit. */
  "number",
  /** Letters, up to 12, over 12: long words are more often topic words. */
  "letters",
] as const;
export type WordFeature = (typeof WORD_FEATURES)[number];
export const FEATURE_COUNT = WORD_FEATURES.length;

/** A logistic model: p = σ(bias + Σ weight × feature), features as articleWords measures them. */
export interface WordModel {
  bias: number;
  weights: Readonly<Record<WordFeature, number>>;
}

/**
 * The model fitted on every word of both dev sets (3,000 CNN/DailyMail and 1,114 BBC articles, one model, no source
 * feature): `npx tsx scripts/word-model.ts` prints it ("WORD_MODEL"). Corpus rarity (document frequency) was tried and
 * got a weight near 0 (docs/ranking.md, sixth round), so the ranker ships no corpus count.
 */
export const WORD_MODEL: WordModel = {
  bias: -1.203724376341723,
  weights: {
    logCount: 0.5880600318919229, spread: 6.524012740602708, firstIndex: -0.7915211365233055, firstShare: 0.5355193949460475,
    inLead: -0.5007751890394805, inHeadline: 1.69855488409655, capitalised: 0.24989637697341965, number: 0.46091550952582805,
    letters: 0.09007370798797469,
  },
};

/** An article's distinct content words and what is measured of each. */
export interface ArticleWords {
  /** Distinct content stems, in order of first appearance. */
  stems: string[];
  /** stems.length rows of FEATURE_COUNT features, row-major. */
  features: Float64Array;
  /** Per sentence, the ids (into stems) of the distinct content words it holds, in order of first appearance. */
  sentences: number[][];
}

const WORD = /[A-Za-z0-9]+/g;
// The stemmer is the costly step (lib/news/terms.ts caches it for the same reason): each word is stemmed once, in a
// cache that starts afresh past STEM_CACHE_MAX words so a long-lived Lambda cannot grow it without limit.
const STEM_CACHE_MAX = 50_000;
const stemCache = new Map<string, string>();
function stemOf(lower: string): string {
  if (lower.length <= 3) return lower;
  let s = stemCache.get(lower);
  if (s === undefined) {
    if (stemCache.size >= STEM_CACHE_MAX) stemCache.clear();
    s = stemmer(lower);
    stemCache.set(lower, s);
  }
  return s;
}

/** Content stems of a text, with whether each occurrence is capitalised and not the text's first word. */
function words(text: string): { stem: string; capital: boolean; initial: boolean; digit: boolean; letters: number }[] {
  const out: { stem: string; capital: boolean; initial: boolean; digit: boolean; letters: number }[] = [];
  let position = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text), position++) {
    const raw = m[0];
    const lower = raw.toLowerCase();
    if (STOPWORDS.has(lower)) continue;
    const c = raw.charCodeAt(0);
    out.push({ stem: stemOf(lower), capital: c >= 65 && c <= 90, initial: position === 0, digit: /[0-9]/.test(raw), letters: raw.length });
  }
  return out;
}

/** Measures the content words of one article (sentence texts in order, the headline when there is one). */
export function articleWords(sentences: readonly string[], headline?: string): ArticleWords {
  const ids = new Map<string, number>();
  const stats: { count: number; holders: number; first: number; capitals: number; inner: number; digit: boolean; letters: number }[] = [];
  const perSentence = sentences.map((text, i) => {
    const held: number[] = [];
    for (const w of words(text)) {
      let id = ids.get(w.stem);
      if (id === undefined) {
        id = stats.length;
        ids.set(w.stem, id);
        stats.push({ count: 0, holders: 0, first: i, capitals: 0, inner: 0, digit: false, letters: 0 });
      }
      const s = stats[id]!;
      s.count++;
      s.digit ||= w.digit;
      s.letters = Math.max(s.letters, w.letters);
      if (!w.initial) {
        s.inner++;
        if (w.capital) s.capitals++;
      }
      if (!held.includes(id)) {
        held.push(id);
        s.holders++;
      }
    }
    return held;
  });
  const inHeadline = new Set(headline ? words(headline).map((w) => w.stem) : []);
  const stems = [...ids.keys()];
  const n = Math.max(1, sentences.length);
  const features = new Float64Array(stems.length * FEATURE_COUNT);
  stems.forEach((stem, id) => {
    const s = stats[id]!;
    const row: Record<WordFeature, number> = {
      logCount: Math.log1p(s.count),
      spread: s.holders / n,
      firstIndex: Math.log1p(s.first),
      firstShare: s.first / n,
      inLead: s.first === 0 ? 1 : 0,
      inHeadline: inHeadline.has(stem) ? 1 : 0,
      capitalised: s.inner > 0 ? s.capitals / s.inner : 0,
      number: s.digit ? 1 : 0,
      letters: Math.min(s.letters, 12) / 12,
    };
    WORD_FEATURES.forEach((f, k) => (features[id * FEATURE_COUNT + k] = row[f]));
  });
  return { stems, features, sentences: perSentence };
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** p(word in the summary) for each of the article's words, in stems order. */
export function wordProbabilities(model: WordModel, words: ArticleWords): Float64Array {
  const w = WORD_FEATURES.map((f) => model.weights[f]);
  const p = new Float64Array(words.stems.length);
  for (let id = 0; id < p.length; id++) {
    let z = model.bias;
    for (let k = 0; k < FEATURE_COUNT; k++) z += w[k]! * words.features[id * FEATURE_COUNT + k]!;
    p[id] = sigmoid(z);
  }
  return p;
}

/** What coverage selection counts (rank.ts selectBullets): each sentence's distinct content words and their p(w). */
export interface Coverage {
  /** Per sentence, the ids of the distinct content words it holds. */
  sentences: readonly (readonly number[])[];
  /** p(word in a summary) by word id. */
  p: ArrayLike<number>;
}

/** The coverage data of one article under a model (the checked-in one by default). */
export function wordCoverage(sentences: readonly string[], headline?: string, model: WordModel = WORD_MODEL): Coverage {
  const words = articleWords(sentences, headline);
  return { sentences: words.sentences, p: wordProbabilities(model, words) };
}

/** Per sentence, the mean p(w) over the distinct content words it holds (0 for a sentence without any). */
export function meanImportance(words: ArticleWords, p: ArrayLike<number>): number[] {
  return words.sentences.map((held) => (held.length === 0 ? 0 : held.reduce((a, id) => a + p[id]!, 0) / held.length));
}

/** Per sentence, Σ p(w) over its distinct content words, over the article's largest such sum: in [0, 1]. */
export function sumImportance(words: ArticleWords, p: ArrayLike<number>): number[] {
  const sums = words.sentences.map((held) => held.reduce((a, id) => a + p[id]!, 0));
  const top = Math.max(0, ...sums);
  return sums.map((s) => (top > 0 ? s / top : 0));
}

import { ArticleTokens, type Stem, stemName, stemSlots } from "#brief/word-scan.ts";
import { withRoom } from "#news/numbering.ts";
import { float64Scratch } from "#brief/scratch.ts";

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
  /**
   * The largest, over the sentences holding it, of the mean spread of that sentence's words: a word of a central
   * sentence (BBC's extracts keep those), as word-overlap centrality would say, from the words alone (seventh round).
   */
  "holderDensity",
] as const;
export type WordFeature = (typeof WORD_FEATURES)[number];
export const FEATURE_COUNT = WORD_FEATURES.length;
/** Each feature's column in a row of ArticleWords.features. */
const AT = Object.fromEntries(WORD_FEATURES.map((f, k) => [f, k])) as Record<WordFeature, number>;

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
  bias: -2.02605269569901,
  weights: {
    logCount: 0.823449498134899, spread: 2.7174822617815386, firstIndex: -0.6522761566385424, firstShare: 0.24390026695754657,
    inLead: -0.4221745139576357, inHeadline: 1.7473717859783318, capitalised: 0.2726732363516838, number: 0.43331695319260993,
    letters: 0.07740365947013574, holderDensity: 5.974392353894359,
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

/**
 * What is counted of each of an article's words while its tokens are read: STRIDE numbers a word, by its id there, in
 * one array reused from article to article (grown as needed), where an object a word cost an allocation and the
 * counts of a word were scattered. The sentence that last counted it as a holder (LAST) makes a word count once a
 * sentence.
 */
const COUNT = 0;
const HOLDERS = 1;
const FIRST = 2;
const LAST = 3;
const CAPITALS = 4;
const INNER = 5;
const DIGIT = 6;
const LETTERS = 7;
const HEADLINE = 8;
const STRIDE = 9;
let stats = new Int32Array(STRIDE * 1024);

/** The tokens of the article being measured, reused from article to article. */
const ownTokens = new ArticleTokens();

/** Each word's holder density while measureWords fills its features: read within the call (lib/brief/scratch.ts). */
const DENSITY = float64Scratch();

/** articleWords without the stems' texts: their numbers (wordCoverage needs only how many there are). */
interface MeasuredWords {
  stems: Stem[];
  features: Float64Array;
  sentences: number[][];
}

function measureWords(sentences: readonly string[], headline?: string, scanned?: ArticleTokens): MeasuredWords {
  let found = scanned;
  if (found === undefined) {
    found = ownTokens;
    found.scanTexts(headline ? [...sentences, headline] : sentences);
  }
  const article = found.article;
  const slots = stemSlots;
  const words: Stem[] = [];
  const { offsets, initial, capital } = found;
  const perSentence = sentences.map((_, i) => {
    const held: number[] = [];
    for (let k = offsets[i]!, end = offsets[i + 1]!; k < end; k++) {
      const word = found.words[k]!;
      let id: number;
      if (slots[2 * word] !== article) {
        slots[2 * word] = article;
        id = words.length;
        slots[2 * word + 1] = id;
        words.push(word);
        const o = STRIDE * id;
        stats = withRoom(stats, o + STRIDE);
        stats.fill(0, o, o + STRIDE);
        stats[o + FIRST] = i;
        stats[o + LAST] = -1;
      } else id = slots[2 * word + 1]!;
      const o = STRIDE * id;
      stats[o + COUNT]!++;
      if (found.digit[k] === 1) stats[o + DIGIT] = 1;
      stats[o + LETTERS] = Math.max(stats[o + LETTERS]!, found.letters[k]!);
      if (initial[k] === 0) {
        stats[o + INNER]!++;
        if (capital[k] === 1) stats[o + CAPITALS]!++;
      }
      if (stats[o + LAST] !== i) {
        stats[o + LAST] = i;
        held.push(id);
        stats[o + HOLDERS]!++;
      }
    }
    return held;
  });
  // A headline word counts only for the sentences' words: one the sentences lack has no id in this article.
  if (headline) {
    for (let k = offsets[sentences.length]!, end = offsets[sentences.length + 1]!; k < end; k++) {
      const word = found.words[k]!;
      if (slots[2 * word] === article) stats[STRIDE * slots[2 * word + 1]! + HEADLINE] = 1;
    }
  }
  const n = Math.max(1, sentences.length);
  const features = new Float64Array(words.length * FEATURE_COUNT);
  // Each sentence's mean spread over its words, and each word's largest over the sentences holding it.
  const density = DENSITY.take(words.length);
  for (const held of perSentence) {
    let sum = 0;
    for (const id of held) sum += stats[STRIDE * id + HOLDERS]! / n;
    const mean = held.length > 0 ? sum / held.length : 0;
    for (const id of held) density[id] = Math.max(density[id]!, mean);
  }
  for (let id = 0; id < words.length; id++) {
    const o = id * FEATURE_COUNT;
    const at = STRIDE * id;
    const first = stats[at + FIRST]!;
    const inner = stats[at + INNER]!;
    features[o + AT.logCount] = Math.log1p(stats[at + COUNT]!);
    features[o + AT.spread] = stats[at + HOLDERS]! / n;
    features[o + AT.firstIndex] = Math.log1p(first);
    features[o + AT.firstShare] = first / n;
    features[o + AT.inLead] = first === 0 ? 1 : 0;
    features[o + AT.inHeadline] = stats[at + HEADLINE]!;
    features[o + AT.capitalised] = inner > 0 ? stats[at + CAPITALS]! / inner : 0;
    features[o + AT.number] = stats[at + DIGIT]!;
    features[o + AT.letters] = Math.min(stats[at + LETTERS]!, 12) / 12;
    features[o + AT.holderDensity] = density[id]!;
  }
  return { stems: words, features, sentences: perSentence };
}

/**
 * Measures the content words of one article (sentence texts in order, the headline when there is one), from `scanned`
 * when given: the same texts' tokens, read by lib/news/terms.ts articleTerms' scan.
 */
export function articleWords(sentences: readonly string[], headline?: string, scanned?: ArticleTokens): ArticleWords {
  const { stems, features, sentences: held } = measureWords(sentences, headline, scanned);
  return { stems: stems.map(stemName), features, sentences: held };
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** p(word in the summary) for each of the article's words, in stems order. */
export function wordProbabilities(model: WordModel, words: Pick<ArticleWords, "features"> & { stems: readonly unknown[] }): Float64Array {
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

/** The coverage data of one article under a model (the checked-in one by default); `scanned` as articleWords takes it. */
export function wordCoverage(sentences: readonly string[], headline?: string, model: WordModel = WORD_MODEL, scanned?: ArticleTokens): Coverage {
  const words = measureWords(sentences, headline, scanned);
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

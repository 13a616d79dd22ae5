import { overlapCentralitiesOf, type SentenceVectors, tfidfCentralitiesOf } from "#brief/centrality.ts";
import type { Sentence } from "#news/sentences.ts";
import { articleTerms, type TokenSink } from "#news/terms.ts";
import { int32Scratch } from "#brief/scratch.ts";

/**
 * What the ranker measures of each sentence before any weight is applied. Kept apart from the weights so the tuner
 * (scripts/tune.ts) measures 3,000 articles once and then tries thousands of weight settings cheaply.
 */
export interface Signals {
  index: number;
  /** 1 − index / sentences: how far into the story, whatever its length (a lead sentence of a short story scores as one of a long). */
  fraction: number;
  /** Sentence number within its paragraph, from 0 (CNN/DailyMail texts lost their breaks: one long paragraph). */
  inParagraph: number;
  words: number;
  degree: number;
  pagerank: number;
  /**
   * Degree centrality over TextRank's word overlap (overlapVectors): unlike TF-IDF cosine, a word-rich sentence links
   * more. Degree rather than PageRank: the same within-article AUC on both dev sets (scripts/rank-signals.ts) at a
   * thirtieth of the cost.
   */
  overlap: number;
  /** Word overlap with the sentences after it only (forwardCentrality): what the rest of the story goes on to explain. */
  forward: number;
  centroid: number;
  /** Share of the headline's content words repeated (0 without a headline). */
  headline: number;
  figures: number;
  /** Opens with, or carries, a quotation: voices colour a story but rarely summarise it. */
  quote: number;
  /** Capitalised words after the first, per word: names, places, organisations. */
  entities: number;
  /** Cosine similarity to the lead sentence: the story's own statement of what it is about. */
  lead: number;
  /** Opens with a pronoun or a connective ("He said…", "But…"): leans on the sentence before, reads badly alone. */
  anaphora: number;
}

export interface ArticleSignals {
  signals: Signals[];
  /** Unit TF-IDF vectors, for the redundancy check between bullets. */
  vectors: SentenceVectors;
}

const FIGURE = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundreds?|thousands?|millions?|billions?)\b/i;
// Double quotes anywhere, or the Daily Mail's single-quoted speech opening the sentence or closing before "he said".
const QUOTE = /["“”]|^['‘]|['’],? (?:he|she|they|it|we|I|[A-Z][a-z]+) (?:said|says|added|told|explained)\b/;
const ANAPHORA = /^["'‘“]?(?:He|She|It|They|We|This|That|These|Those|His|Her|Its|Their|But|And|So|Also|However|Meanwhile|Then|Still|Yet)\b/;

/** Rounded so every platform computes byte-identical scores from them. */
const round = (x: number): number => Math.round(x * 1e6) / 1e6;

const UPPER_AT = /\p{Lu}/uy;

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

/**
 * Code units of the character at i if it may open a token ([\p{L}\p{N}]) or, with `inside`, continue one (also '’.-),
 * else 0. Its own, not lib/news/terms.ts's like one: that one sees only lowercased copies, and sharing it made the
 * compiler's string access in both serve two kinds of string.
 */
function tokenCharAt(text: string, i: number, inside: boolean): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (inside && (c === 39 || c === 46 || c === 45)) ? 1 : 0;
  if (inside && c === 8217) return 1;
  const ch = String.fromCodePoint(text.codePointAt(i)!);
  return LETTER_OR_NUMBER.test(ch) ? ch.length : 0;
}

/** What one scan of a sentence finds (sentenceMarks): its entity density, and two marks that let a pattern be skipped. */
export interface SentenceMarks {
  entities: number;
  /** An ASCII digit ([0-9], FIGURE's \d): the figures signal is 1 without running FIGURE. */
  digit: boolean;
  /** A quotation mark or apostrophe (" “ ” ' ‘ ’): without one QUOTE cannot match, and is not run. */
  quoteMark: boolean;
}

const isAsciiLetterOrDigit = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

const isQuoteMark = (c: number): boolean => c === 34 || c === 39 || c === 8216 || c === 8217 || c === 8220 || c === 8221;

// Every sentence is measured: the tokens (the matches of /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) are found by a character
// scan (as lib/news/terms.ts finds its words) and counted in place, and a capital is read from the character codes
// (ASCII) or one sticky test at the token's start: no match object a token. The same pass notes a digit and a quote
// mark, so that the figures and quote patterns (each a pass over the sentence) run only where the marks leave it open.
export function sentenceMarks(text: string): SentenceMarks {
  let tokens = 0;
  let caps = 0;
  let digit = false;
  let quoteMark = false;
  const n = text.length;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    // An ASCII character (most) is told by its code here, tokenCharAt's own answer, without the call.
    const first = c < 128 ? (isAsciiLetterOrDigit(c) ? 1 : 0) : tokenCharAt(text, i, false);
    if (first === 0) {
      if (isQuoteMark(c)) quoteMark = true;
      i++;
      continue;
    }
    if (c >= 48 && c <= 57) digit = true;
    if (tokens++ > 0) {
      if (c < 128) {
        if (c >= 65 && c <= 90) caps++;
      } else {
        UPPER_AT.lastIndex = i;
        if (UPPER_AT.test(text)) caps++;
      }
    }
    i += first;
    while (i < n) {
      const d = text.charCodeAt(i);
      let step: number;
      if (d < 128) {
        // tokenCharAt's answer inside a token, for ASCII: a letter, a digit, ' . or -.
        if (d >= 48 && d <= 57) digit = true;
        else if (d === 39) quoteMark = true;
        else if (!isAsciiLetterOrDigit(d) && d !== 46 && d !== 45) break;
        step = 1;
      } else {
        step = tokenCharAt(text, i, true);
        if (step === 0) break;
        if (d === 8217) quoteMark = true;
      }
      i += step;
    }
  }
  return { entities: tokens < 2 ? 0 : caps / (tokens - 1), digit, quoteMark };
}

/** Capitalised tokens after the first, per token (sentenceMarks' entities). */
export const entityDensity = (text: string): number => sentenceMarks(text).entities;

/** articleSignals' sentence that last counted each headline term, by term: read within the call (lib/brief/scratch.ts). */
const COUNTED_IN = int32Scratch();

export interface SignalInput {
  sentences: readonly Sentence[];
  headline?: string;
}

/**
 * Measures every sentence of one article. Pure and deterministic; lists are in sentence order. With `tokens`, the same
 * scan reads the word model's tokens into it (lib/news/terms.ts TokenSink).
 */
export function articleSignals(input: SignalInput, tokens?: TokenSink): ArticleSignals {
  // One scan a sentence numbers its terms for both centralities and marks the headline's (lib/news/terms.ts).
  const numbered = articleTerms(input.sentences.map((s) => s.text), input.headline, tokens);
  const { vectors, degree, pagerank, centroid } = tfidfCentralitiesOf(numbered);
  const { degree: overlap, forward } = overlapCentralitiesOf(numbered, numbered.words);
  // The sentence that last counted each of the headline's terms: a sentence's share of the headline is counted over
  // its numbered terms, without a Set of its own terms a sentence.
  const { names, ids, offsets, inHeadline, headlineTerms } = numbered;
  const countedIn = COUNTED_IN.take(names.length, -1);
  let paragraph = -1;
  let inParagraph = 0;
  const signals = input.sentences.map((s, i): Signals => {
    inParagraph = s.paragraph === paragraph ? inParagraph + 1 : 0;
    paragraph = s.paragraph;
    const marks = sentenceMarks(s.text);
    let shared = 0;
    for (let j = offsets[i]!, end = offsets[i + 1]!; j < end; j++) {
      const id = ids[j]!;
      if (inHeadline[id] === 1 && countedIn[id] !== i) {
        countedIn[id] = i;
        shared++;
      }
    }
    return {
      index: s.index,
      fraction: round(1 - i / input.sentences.length),
      inParagraph,
      words: numbered.words[i]!,
      degree: round(degree[i]!),
      pagerank: round(pagerank[i]!),
      overlap: round(overlap[i]!),
      forward: round(forward[i]!),
      centroid: round(centroid[i]!),
      headline: round(headlineTerms > 0 ? shared / headlineTerms : 0),
      figures: marks.digit || FIGURE.test(s.text) ? 1 : 0,
      quote: marks.quoteMark && QUOTE.test(s.text) ? 1 : 0,
      entities: round(marks.entities),
      lead: round(i === 0 ? 1 : vectors.cosine(i, 0)),
      anaphora: ANAPHORA.test(s.text) ? 1 : 0,
    };
  });
  return { signals, vectors };
}

import { type Candidate, cardCandidates } from "#brief/figures/candidates.ts";
import { findFigures } from "#brief/figures/card.ts";
import { DEFAULT_FIGURES, type KeyFigure } from "#brief/figures/figure.ts";
import type { CardWeights } from "#brief/figures/weights.ts";
import { salience, scoreSentences } from "#brief/rank.ts";
import { type EvalExample, exampleSentences } from "#eval/evaluate.ts";
import { type GoldArticle, isTuneHalf, type NumberType } from "#eval/figures-gold.ts";
import { type CardFigure, emptyCounts, type FigureCounts, rates, scoreCard } from "#eval/figures-score.ts";
import { naiveCard, naiveNumbers } from "#eval/naive-numbers.ts";
import type { Sentence } from "#news/sentences.ts";

export type FigureSystem = "nutgraf" | "naive";
export type GoldPart = "all" | "tune" | "heldOut";

export interface FiguresReport {
  /** Gold articles scored (those whose text was found among the article files). */
  articles: Record<GoldPart, number>;
  systems: Record<FigureSystem, Record<GoldPart, ReturnType<typeof rates> & { counts: FigureCounts }>>;
  /** Numbers the CNN/DailyMail highlights quote from their article (years and ages left out), held by each card. */
  highlights: Record<"quoted" | "countable", { numbers: number } & Record<FigureSystem, number>> & { articles: number };
  /** Gold ids with no article text in the files given. */
  missing: string[];
}

/** The sentence salience the brief ranks figures by: the same scoring briefArticle does, with the headline. */
function articleSalience(example: EvalExample, sentences: readonly Sentence[]): number[] {
  return salience(scoreSentences(example.title ? { sentences, headline: example.title } : { sentences }));
}

/** The brief's card: the same call briefArticle makes, with the headline's salience. */
export function nutgrafCard(example: EvalExample, sentences: readonly Sentence[], limit = DEFAULT_FIGURES, weights?: CardWeights, tagger = true): KeyFigure[] {
  return findFigures(sentences, { limit, salience: articleSalience(example, sentences), tagger, ...(example.title ? { headline: example.title } : {}), ...(weights === undefined ? {} : { weights }) });
}

/** The card's candidates of an article as the brief reads them: what the fitting script re-ranks under each trial. */
export function articleCandidates(example: EvalExample, sentences: readonly Sentence[], tagger = true): Candidate[] {
  return cardCandidates(sentences, { salience: articleSalience(example, sentences), tagger, ...(example.title ? { headline: example.title } : {}) });
}

/** nutgraf's card as the scorer sees it. */
export function scorableCard(example: EvalExample, sentences: readonly Sentence[], weights?: CardWeights, tagger = true): CardFigure[] {
  return toScorable(nutgrafCard(example, sentences, DEFAULT_FIGURES, weights, tagger), sentences);
}

/** Card figures as the scorer sees them, each with the text of its sentence. */
export function toScorable(card: readonly KeyFigure[], sentences: readonly Sentence[]): CardFigure[] {
  const text = (i: number) => sentences[i]?.text ?? "";
  return card.map((f) => ({
    value: f.value,
    display: f.display,
    sentenceText: text(f.sentence),
    label: f.label,
    type: figureType(f),
    ...(f.valueMax === undefined ? {} : { valueMax: f.valueMax }),
    ...(f.previous === undefined ? {} : { previous: f.previous }),
    ...(f.change === undefined ? {} : { change: f.change.value }),
  }));
}

/** What a figure of the card is, in the gold's types, for cards made before figures carried a type. */
export function figureType(f: KeyFigure): NumberType {
  if (f.type !== undefined) return f.type;
  if (f.kind === "money") return "money";
  if (f.kind === "percent") return "percent";
  if (f.kind === "rank") return "rank";
  if (f.kind === "measure") return "measure";
  return "count";
}

function cards(example: EvalExample, tagger: boolean, weights?: CardWeights): Record<FigureSystem, CardFigure[]> {
  const sentences = exampleSentences(example);
  const text = (i: number) => sentences[i]?.text ?? "";
  return {
    nutgraf: scorableCard(example, sentences, weights, tagger),
    naive: naiveCard(sentences).map((n) => ({ value: n.value, display: n.display, sentenceText: text(n.sentence) })),
  };
}

// Ages as highlights write them: "Smith, 26, …", "a boy, 15.", "aged 15", "under the age of 13", "when he was 12",
// "when they were four months old", "10 to 11-year-olds" (a range of ages).
const AGE_BEFORE = /(?:\baged?\s+$|\bage\s+of\s+$|,\s*$|\(\s*$)/i;
const AGE_AFTER = /^(?:-?\s?(?:years?|months?|weeks?)[- ]old|\s?(?:to|-|–|and)\s?\d+-?\s?years?[- ]olds?)/i;
const FRACTION_AFTER = /^[\s-](?:thirds?|quarters?|halves|half|fifths?|tenths?)\b/i;
const WAS_BEFORE = /\b(?:he|she|they|i|we)\s+(?:was|were)\s+$/i;
const MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?";
// "on June 8", and the second day of "June 8 and 16".
const DATE_BEFORE = new RegExp(`\\b${MONTH}\\s+(?:\\d{1,2}(?:st|nd|rd|th)?\\s*(?:and|&|to|[-–])\\s*)?$`);
const DATE_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}`);

/** One number a highlight quotes that the article also states (years and ages left out), and whether a card may hold it. */
export interface HighlightNumber {
  value: number;
  /** Index of the highlight it is in, and its offset there. */
  highlight: number;
  at: number;
  /** false for what no card should hold: a date, a clock time, a score, a name ("No 1"). */
  countable: boolean;
}

/** Every number the highlights quote that the article also states, in order, years and ages left out. */
export function highlightOccurrences(example: EvalExample, articleValues: ReadonlySet<number>): HighlightNumber[] {
  const out: HighlightNumber[] = [];
  const sentences = example.highlights.map((text, index) => ({ text, index }));
  for (const n of naiveNumbers(sentences)) {
    const text = sentences[n.sentence]?.text ?? "";
    const before = text.slice(0, n.at);
    const after = text.slice(n.at + n.display.length);
    const age = AGE_AFTER.test(after) || (AGE_BEFORE.test(before) && /^\s*(?:[,)]|\.?\s*$)/.test(after)) || (WAS_BEFORE.test(before) && /^\s*(?:[,.;]|$)/.test(after));
    if (age) continue;
    // "No one was hurt" names no number; "one third" is a fraction, not one of anything (the naive reader sees 1).
    if ((/^one$/i.test(n.display) && /\bno\s+$/i.test(before)) || FRACTION_AFTER.test(after)) continue;
    if (!articleValues.has(n.value)) continue;
    const score = /\d[-–]$/.test(before) || /^[-–]\d/.test(after);
    const date = DATE_BEFORE.test(before) || DATE_AFTER.test(after);
    const time = /^(?::\d|\s?[ap]\.?m\b)/i.test(after);
    // "No 1", "the Wasps No 8", "Germany Under 21", "League One", "Boeing 747": names, not amounts.
    const identifier = /\b(?:No\.?|Under|League|Boeing)\s*$/i.test(before);
    out.push({ value: n.value, highlight: n.sentence, at: n.at, countable: !(score || date || time || identifier) });
  }
  return out;
}

/**
 * Numbers a highlight quotes that the article also states, years and ages left out (the measure);
 * `countable` also leaves out what no card should hold: dates, clock times, scores and "No 1".
 */
export function highlightNumbers(example: EvalExample, articleValues: ReadonlySet<number>): { quoted: Set<number>; countable: Set<number> } {
  const occurrences = highlightOccurrences(example, articleValues);
  return { quoted: new Set(occurrences.map((n) => n.value)), countable: new Set(occurrences.filter((n) => n.countable).map((n) => n.value)) };
}

/** Scores nutgraf's card and the naive card on the gold figures, and on the highlights of CNN/DailyMail rows. */
export function evaluateFigures(gold: readonly GoldArticle[], examples: readonly EvalExample[], tagger = true, weights?: CardWeights): FiguresReport {
  const byId = new Map(examples.map((e) => [e.id, e]));
  const counts = { nutgraf: { all: emptyCounts(), tune: emptyCounts(), heldOut: emptyCounts() }, naive: { all: emptyCounts(), tune: emptyCounts(), heldOut: emptyCounts() } };
  const missing: string[] = [];
  for (const g of gold) {
    const example = byId.get(g.id);
    if (example === undefined) {
      missing.push(g.id);
      continue;
    }
    const c = cards(example, tagger, weights);
    const half: GoldPart = isTuneHalf(g.id) ? "tune" : "heldOut";
    for (const system of ["nutgraf", "naive"] as const) {
      scoreCard(g, c[system], counts[system].all);
      scoreCard(g, c[system], counts[system][half]);
    }
  }
  const highlights = { articles: 0, quoted: { numbers: 0, nutgraf: 0, naive: 0 }, countable: { numbers: 0, nutgraf: 0, naive: 0 } };
  for (const example of examples) {
    // BBC rows' "highlights" are sentences of the article itself: only the journalists' CNN/DailyMail ones count.
    if (example.id.startsWith("bbc-") || example.highlights.length === 0) continue;
    const sentences = exampleSentences(example);
    const numbers = highlightNumbers(example, new Set(naiveNumbers(sentences).map((n) => n.value)));
    highlights.articles++;
    if (numbers.quoted.size === 0) continue;
    const c = cards(example, tagger, weights);
    for (const measure of ["quoted", "countable"] as const) {
      for (const v of numbers[measure]) {
        const h = highlights[measure];
        h.numbers++;
        // The card prints a range's upper end ("10 to 12ft"), the earlier value and the change: it holds them too.
        if (c.nutgraf.some((f) => f.value === v || f.valueMax === v || f.previous === v || f.change === v)) h.nutgraf++;
        if (c.naive.some((f) => f.value === v)) h.naive++;
      }
    }
  }
  const part = (x: FigureCounts) => ({ ...rates(x), counts: x });
  return {
    articles: { all: counts.nutgraf.all.articles, tune: counts.nutgraf.tune.articles, heldOut: counts.nutgraf.heldOut.articles },
    systems: {
      nutgraf: { all: part(counts.nutgraf.all), tune: part(counts.nutgraf.tune), heldOut: part(counts.nutgraf.heldOut) },
      naive: { all: part(counts.naive.all), tune: part(counts.naive.tune), heldOut: part(counts.naive.heldOut) },
    },
    highlights,
    missing,
  };
}

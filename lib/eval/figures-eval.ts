import { type Candidate, cardCandidates } from "#brief/figures/card/candidates.ts";
import { findFigures, pickFigures } from "#brief/figures/card/card.ts";
import { DEFAULT_FIGURES, type KeyFigure } from "#brief/figures/card/figure.ts";
import { CARD_WEIGHTS, type CardWeights } from "#brief/figures/card/weights.ts";
import { salience, scoreSentences } from "#brief/rank.ts";
import { type EvalExample, exampleReading } from "#eval/evaluate.ts";
import type { FactLine } from "#brief/figures/read/type/fact-box.ts";
import { cardLeftOutLines } from "#brief/figures/read/type/cut-clause.ts";
import { type GoldArticle, isTuneHalf, type NumberType } from "#eval/figures-gold.ts";
import { type CardFigure, emptyCounts, type FigureCounts, rates, scoreCard } from "#eval/figures-score.ts";
import { addCeiling, type CeilingTally, emptyCeiling } from "#eval/figures-ceiling.ts";
import { highlightNumbers, highlightOccurrences, holdsFact, holdsValue } from "#eval/figures-highlights.ts";
import { naiveCard, naiveNumbers } from "#eval/naive-numbers.ts";
import type { Sentence } from "#news/sentences.ts";

export { highlightNumbers, highlightOccurrences };

export type FigureSystem = "nutgraf" | "naive";
export type GoldPart = "all" | "tune" | "heldOut";
export type HighlightMeasure = "quoted" | "countable" | "sameFact";
type HighlightTallies = Record<HighlightMeasure, { numbers: number } & Record<FigureSystem, number>>;

export interface FiguresReport {
  /** Gold articles scored (those whose text was found among the article files). */
  articles: Record<GoldPart, number>;
  systems: Record<FigureSystem, Record<GoldPart, ReturnType<typeof rates> & { counts: FigureCounts }>>;
  /**
   * Numbers the CNN/DailyMail highlights quote from their article, held by each card: `quoted` years and ages left out,
   * `countable` dates, times, scores and names left out too, `sameFact` the countable ones held as the same fact (the
   * card figure's sentence shares a word with the highlight around the number); over all rows and each half by id.
   */
  highlights: HighlightTallies & { articles: number; halves: Record<"tune" | "heldOut", HighlightTallies>; ceiling: Record<"quoted" | "countable", CeilingTally> };
  /** Gold ids with no article text in the files given. */
  missing: string[];
}

/** The sentence salience the brief ranks figures by: the same scoring briefArticle does, with the headline. */
function articleSalience(example: EvalExample, sentences: readonly Sentence[]): number[] {
  return salience(scoreSentences(example.title ? { sentences, headline: example.title } : { sentences }));
}

/** The example's left-out lines the card reads (fact box, cut clauses), numbered after its `sentences` (exampleSentences), as briefArticle reads them. */
export function exampleFactBox(example: EvalExample, sentences: readonly Sentence[]): FactLine[] {
  return cardLeftOutLines(exampleReading(example).leftOut, sentences.length);
}

/** The brief's card: the same call briefArticle makes, with the headline's salience and what the cleaner left out (its fact box). */
export function nutgrafCard(example: EvalExample, sentences: readonly Sentence[], limit = DEFAULT_FIGURES, weights?: CardWeights, tagger = true, leftOut = exampleReading(example).leftOut): KeyFigure[] {
  return findFigures(sentences, { limit, salience: articleSalience(example, sentences), tagger, leftOut, ...(example.title ? { headline: example.title } : {}), ...(weights === undefined ? {} : { weights }) });
}

/** The card's candidates of an article as the brief reads them: what the fitting script re-ranks under each trial. */
export function articleCandidates(example: EvalExample, sentences: readonly Sentence[], tagger = true, leftOut = exampleReading(example).leftOut): Candidate[] {
  return cardCandidates(sentences, { salience: articleSalience(example, sentences), tagger, leftOut, ...(example.title ? { headline: example.title } : {}) });
}

/** nutgraf's card as the scorer sees it: a fact-box figure with its line's text (its index is past the story's sentences). */
export function scorableCard(example: EvalExample, sentences: readonly Sentence[], weights?: CardWeights, tagger = true, leftOut = exampleReading(example).leftOut): CardFigure[] {
  return toScorable(nutgrafCard(example, sentences, DEFAULT_FIGURES, weights, tagger, leftOut), [...sentences, ...cardLeftOutLines(leftOut, sentences.length)]);
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

/**
 * Both cards of an example, its sentences split once (`read`: exampleReading's answer, when the caller has it), with
 * the candidates nutgraf's card was picked from (as findFigures picks it) and the sentences its figures point into.
 */
function cards(example: EvalExample, tagger: boolean, weights?: CardWeights, read = exampleReading(example)): Record<FigureSystem, CardFigure[]> & { candidates: Candidate[]; all: readonly Sentence[] } {
  const { sentences, leftOut } = read;
  const all = [...sentences, ...cardLeftOutLines(leftOut, sentences.length)];
  const candidates = articleCandidates(example, sentences, tagger, leftOut);
  return {
    candidates,
    all,
    nutgraf: toScorable(pickFigures(candidates, sentences.length, DEFAULT_FIGURES, weights ?? CARD_WEIGHTS), all),
    naive: naiveCard(sentences).map((n) => ({ value: n.value, display: n.display, sentenceText: all[n.sentence]?.text ?? "" })),
  };
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
  const tally = () => ({ numbers: 0, nutgraf: 0, naive: 0 });
  const measures = () => ({ quoted: tally(), countable: tally(), sameFact: tally() });
  const highlights: FiguresReport["highlights"] = { articles: 0, ...measures(), halves: { tune: measures(), heldOut: measures() }, ceiling: { quoted: emptyCeiling(), countable: emptyCeiling() } };
  for (const example of examples) {
    // BBC rows' "highlights" are sentences of the article itself: only the journalists' CNN/DailyMail ones count.
    if (example.id.startsWith("bbc-") || example.highlights.length === 0) continue;
    const read = exampleReading(example);
    const occurrences = highlightOccurrences(example, new Set(naiveNumbers(read.sentences).map((n) => n.value)));
    highlights.articles++;
    if (occurrences.length === 0) continue;
    const c = cards(example, tagger, weights, read);
    const ceiling = { highlights: example.highlights, sentences: read.sentences, candidates: toScorable(c.candidates.map((x) => x.figure), c.all), card: c.nutgraf };
    addCeiling(ceiling, occurrences, DEFAULT_FIGURES, highlights.ceiling.quoted);
    addCeiling(ceiling, occurrences.filter((o) => o.countable), DEFAULT_FIGURES, highlights.ceiling.countable);
    const half = highlights.halves[isTuneHalf(example.id) ? "tune" : "heldOut"];
    const add = (measure: HighlightMeasure, held: (system: FigureSystem) => boolean) => {
      for (const h of [highlights[measure], half[measure]]) {
        h.numbers++;
        if (held("nutgraf")) h.nutgraf++;
        if (held("naive")) h.naive++;
      }
    };
    const countable = occurrences.filter((o) => o.countable);
    for (const v of new Set(occurrences.map((o) => o.value))) add("quoted", (s) => c[s].some((f) => holdsValue(f, v)));
    for (const v of new Set(countable.map((o) => o.value))) {
      add("countable", (s) => c[s].some((f) => holdsValue(f, v)));
      // Held as the same fact at any of the places the highlights quote the value.
      const places = countable.filter((o) => o.value === v);
      add("sameFact", (s) => c[s].some((f) => places.some((o) => holdsFact(f, o, example.highlights[o.highlight] ?? ""))));
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

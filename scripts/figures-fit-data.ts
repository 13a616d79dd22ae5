/**
 * What the card's fitting scripts score a trial of weights on, read once: the cnndm-dev.jsonl articles whose
 * highlights quote a countable number (numbers the CNN/DailyMail journalists quote, the "countable" measure of `nutgraf
 * eval --figures`) and the figures gold (key figures an editor marked), each with its candidates, so a trial only
 * re-ranks them. Both split by the gold's own rule (`isTuneHalf` of the article id).
 */
import { readFileSync } from "node:fs";
import type { Candidate } from "#brief/figures/card/candidates.ts";
import { pickFigures } from "#brief/figures/card/card.ts";
import { DEFAULT_FIGURES, type FigureKind } from "#brief/figures/card/figure.ts";
import type { CardWeights } from "#brief/figures/card/weights.ts";
import { evalFile } from "#eval/datasets.ts";
import { type EvalExample, exampleSentences, readEvalSet } from "#eval/evaluate.ts";
import { articleCandidates, toScorable } from "#eval/figures-eval.ts";
import { type HighlightNumber, highlightOccurrences, holdsFact, holdsValue } from "#eval/figures-highlights.ts";
import { type GoldArticle, isTuneHalf, parseFiguresGold } from "#eval/figures-gold.ts";
import { emptyCounts, type FigureCounts, matchGold, rates, scoreCard } from "#eval/figures-score.ts";
import { cardScore } from "#brief/figures/card/card.ts";
import { naiveCard, naiveNumbers } from "#eval/naive-numbers.ts";
import { BLIND_IDS_FILE, readIds } from "#scripts/blind-ids.ts";
import type { Sentence } from "#news/sentences.ts";

const read = (name: string) => readEvalSet(readFileSync(evalFile(name), "utf8")).examples;

export interface HlArticle {
  id: string;
  tune: boolean;
  candidates: Candidate[];
  sentences: Sentence[];
  countable: number[];
  /** The countable places, for the same-fact measure. */
  places: HighlightNumber[];
  highlights: string[];
  naive: Set<number>;
}

/**
 * cnndm-dev's articles whose highlights quote a countable number the article states (or another file's: card-frontier.ts
 * scores dev.jsonl's, issue 12's highlight measure, and fits nothing it keeps on them). The blind samples' articles are
 * left out: weights fitted or cross-validated on their highlights would have learnt from the articles an audit reads
 * as unseen (scripts/figures-highlights.ts counts them, since a measure over the whole half fits nothing).
 */
export function loadHighlights(file = "cnndm-dev.jsonl"): HlArticle[] {
  const blind = readIds(BLIND_IDS_FILE);
  return read(file).flatMap((e: EvalExample) => {
    if (e.highlights.length === 0 || blind.has(e.id)) return [];
    const sentences = exampleSentences(e);
    const places = highlightOccurrences(e, new Set(naiveNumbers(sentences).map((n) => n.value))).filter((o) => o.countable);
    const countable = [...new Set(places.map((o) => o.value))];
    if (countable.length === 0) return [];
    const naive = new Set(naiveCard(sentences).map((n) => n.value));
    return [{ id: e.id, tune: isTuneHalf(e.id), candidates: articleCandidates(e, sentences), sentences, countable, places, highlights: e.highlights, naive }];
  });
}

export interface GoldItem {
  gold: GoldArticle;
  tune: boolean;
  sentences: Sentence[];
  candidates: Candidate[];
  /** Per candidate: whether the gold number it matches is key (undefined: it matches none). */
  key: (boolean | undefined)[];
}

/** The figures gold's articles (dev.jsonl and dev-bbc.jsonl) with their candidates. */
export function loadGold(): GoldItem[] {
  const byId = new Map([...read("dev.jsonl"), ...read("dev-bbc.jsonl")].map((e) => [e.id, e]));
  return parseFiguresGold(readFileSync(evalFile("figures-dev.jsonl"), "utf8")).flatMap((g) => {
    const e = byId.get(g.id);
    if (e === undefined) return [];
    const sentences = exampleSentences(e);
    const candidates = articleCandidates(e, sentences);
    const key = toScorable(candidates.map((c) => c.figure), sentences).map((f) => matchGold(f, g.numbers)?.key);
    return [{ gold: g, tune: isTuneHalf(g.id), sentences, candidates, key }];
  });
}

/** Highlight numbers on one half: countable (`mine` by value, `fact` as the same fact), naive card's, short cards. */
export interface HlCounts {
  n: number;
  mine: number;
  naive: number;
  short: number;
  fact: number;
}
export interface Result {
  hl: Record<"tune" | "held", HlCounts>;
  gold: Record<"all" | "tune" | "held", FigureCounts>;
  /** Key figures a card of seven holds, per gold half: a key figure ranked 6th is closer than one ranked 12th. */
  seven: Record<"tune" | "held", number>;
  /**
   * Pairs of one article's candidates, a key gold number and one the gold does not mark key, that the score orders
   * key first, per gold half (of `pairs`): the gold's preference over every candidate, not only the five on the card.
   */
  ordered: Record<"tune" | "held", number>;
  pairs: Record<"tune" | "held", number>;
}

const emptyHl = (): HlCounts => ({ n: 0, mine: 0, naive: 0, short: 0, fact: 0 });

/** Every measure of one trial of weights; `halves` limits the work to the halves a fit reads. */
export function scoreWeights(hl: readonly HlArticle[], gold: readonly GoldItem[], w: CardWeights, halves: "tune" | "both" = "both"): Result {
  const r: Result = { hl: { tune: emptyHl(), held: emptyHl() }, gold: { all: emptyCounts(), tune: emptyCounts(), held: emptyCounts() }, seven: { tune: 0, held: 0 }, ordered: { tune: 0, held: 0 }, pairs: { tune: 0, held: 0 } };
  for (const a of hl) {
    if (halves === "tune" && !a.tune) continue;
    const card = toScorable(pickFigures(a.candidates, a.sentences.length, DEFAULT_FIGURES, w), a.sentences);
    const h = r.hl[a.tune ? "tune" : "held"];
    if (card.length < DEFAULT_FIGURES) h.short++;
    for (const v of a.countable) {
      h.n++;
      if (card.some((f) => holdsValue(f, v))) h.mine++;
      if (a.naive.has(v)) h.naive++;
      const places = a.places.filter((o) => o.value === v);
      if (card.some((f) => places.some((o) => holdsFact(f, o, a.highlights[o.highlight] ?? "")))) h.fact++;
    }
  }
  for (const g of gold) {
    if (halves === "tune" && !g.tune) continue;
    const card = toScorable(pickFigures(g.candidates, g.sentences.length, DEFAULT_FIGURES, w), g.sentences);
    scoreCard(g.gold, card, r.gold.all);
    scoreCard(g.gold, card, r.gold[g.tune ? "tune" : "held"]);
    const seven = emptyCounts();
    scoreCard(g.gold, toScorable(pickFigures(g.candidates, g.sentences.length, 7, w), g.sentences), seven);
    r.seven[g.tune ? "tune" : "held"] += seven.keyRecalled;
    const scores = g.candidates.map((c) => cardScore(c.signals, g.sentences.length, w));
    g.key.forEach((k, i) => {
      if (k !== true) return;
      g.key.forEach((n, j) => {
        if (n !== false) return;
        r.pairs[g.tune ? "tune" : "held"]++;
        if ((scores[i] ?? 0) > (scores[j] ?? 0)) r.ordered[g.tune ? "tune" : "held"]++;
      });
    });
  }
  return r;
}

/** Countable highlight numbers one article's card holds as the same fact under the weights. */
function factsHeld(a: HlArticle, w: CardWeights): number {
  const card = toScorable(pickFigures(a.candidates, a.sentences.length, DEFAULT_FIGURES, w), a.sentences);
  return a.countable.filter((v) => card.some((f) => a.places.some((o) => o.value === v && holdsFact(f, o, a.highlights[o.highlight] ?? "")))).length;
}

/** Per half, the highlight numbers a trial's cards gain and lose as the same fact against a base: where a net comes from. */
export function gainedLost(hl: readonly HlArticle[], base: CardWeights, trial: CardWeights): Record<"tune" | "held", { gained: number; lost: number; articles: number }> {
  const out = { tune: { gained: 0, lost: 0, articles: 0 }, held: { gained: 0, lost: 0, articles: 0 } };
  for (const a of hl) {
    const d = factsHeld(a, trial) - factsHeld(a, base);
    const h = out[a.tune ? "tune" : "held"];
    if (d > 0) h.gained += d;
    if (d < 0) h.lost -= d;
    if (d !== 0) h.articles++;
  }
  return out;
}

/** The weights' values that differ from `base`, as parseTrial reads them ("none" when none does). */
export function movesFrom(w: CardWeights, base: CardWeights): string {
  const flat = (x: CardWeights): [string, number][] => [...Object.entries(x.kind).map(([n, v]): [string, number] => [`kind.${n}`, v]), ...Object.entries(x).filter((e): e is [string, number] => typeof e[1] === "number")];
  const b = new Map(flat(base));
  return flat(w).filter(([n, v]) => b.get(n) !== v).map(([n, v]) => `${n}=${v}`).join(",") || "none";
}

export const pct = (n: number, d: number): string => ((100 * n) / Math.max(1, d)).toFixed(1);

/** The report of one trial: highlights on both halves, the gold whole and by half. */
export function showResult(name: string, r: Result): void {
  const g = (c: FigureCounts) => {
    const x = rates(c);
    return `key ${c.keyRecalled}/${c.keyFacts} (${x.keyRecall}%) val ${x.valueAccuracy} type ${x.typeAccuracy} label ${x.labelAccuracy} junk ${x.junk} card ${c.card}`;
  };
  console.log(
    `${name}\n  highlights (${r.hl.tune.n} / ${r.hl.held.n} countable numbers) tune ${pct(r.hl.tune.mine, r.hl.tune.n)}% held ${pct(r.hl.held.mine, r.hl.held.n)}%, same fact tune ${pct(r.hl.tune.fact, r.hl.tune.n)}% held ${pct(r.hl.held.fact, r.hl.held.n)}% (naive ${pct(r.hl.tune.naive, r.hl.tune.n)} / ${pct(r.hl.held.naive, r.hl.held.n)}; short cards ${r.hl.tune.short}/${r.hl.held.short})` +
      `\n  gold all: ${g(r.gold.all)}\n  gold tune: ${g(r.gold.tune)}; in a card of seven ${r.seven.tune}; pairs ordered ${pct(r.ordered.tune, r.pairs.tune)}%\n  gold held: ${g(r.gold.held)}; in a card of seven ${r.seven.held}; pairs ordered ${pct(r.ordered.held, r.pairs.held)}%`,
  );
}

/** "lead=0.5,kind.measure=0.5" applied to the weights given. */
export function parseTrial(spec: string, base: CardWeights): CardWeights {
  const w: CardWeights = { ...base, kind: { ...base.kind } };
  for (const part of spec.split(",").filter((x) => x !== "")) {
    const [key, raw] = part.split("=");
    const value = Number(raw);
    if (key === undefined || !Number.isFinite(value)) throw new Error(`bad trial part ${part}`);
    if (key.startsWith("kind.")) (w.kind as Record<FigureKind, number>)[key.slice(5) as FigureKind] = value;
    else if (key in w) (w as unknown as Record<string, number>)[key] = value;
    else throw new Error(`no weight ${key}`);
  }
  return w;
}

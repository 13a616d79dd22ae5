/**
 * The card's weights judged on two signals at once: highlight recall over one half of cnndm-dev.jsonl (numbers the
 * CNN/DailyMail journalists quote in their highlights, the "countable" measure of `nutgraf eval --figures`), which no
 * one labelled or tuned on, and key recall on the figures gold, which must not fall. Halves of cnndm-dev by the
 * gold's own split (`isTuneHalf`). Each article is read once; a trial only re-ranks its candidates.
 * `--try 'lead=0.5,kind.measure=0.5'` scores one trial against the current weights; `--fit a,b` runs coordinate
 * descent over those weights' grids on the tune half of cnndm-dev, keeping a value only when highlight recall there
 * (by value plus as the same fact) strictly rises and on the gold key recall (whole, and the gold's held-out half) does
 * not fall, junk stays 0, values stay right, types and labels lose at most one figure, and figures-constraints.ts holds
 * (the seed's core figures, news before trivia).
 * `--features`: for each candidate signal, how many candidates have it and how many of those the highlights quote,
 * per half of cnndm-dev (what figures-features.ts prints for key figures on the gold).
 * Run: npx tsx scripts/fit-highlights.ts [--try k=v,…] [--fit weight,…] [--features]
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import type { Candidate } from "#brief/figures/candidates.ts";
import { pickFigures } from "#brief/figures/card.ts";
import { DEFAULT_FIGURES, type FigureKind } from "#brief/figures/figure.ts";
import { CARD_WEIGHTS, type CardWeights } from "#brief/figures/weights.ts";
import { CARD_GRIDS, KIND_GRID, KINDS, newsFirst, seedHolds } from "#scripts/figures-constraints.ts";
import { evalFile } from "#eval/datasets.ts";
import { type EvalExample, exampleSentences, readEvalSet } from "#eval/evaluate.ts";
import { articleCandidates, toScorable } from "#eval/figures-eval.ts";
import { type HighlightNumber, highlightOccurrences, holdsFact, holdsValue } from "#eval/figures-highlights.ts";
import { type GoldArticle, isTuneHalf, parseFiguresGold } from "#eval/figures-gold.ts";
import { emptyCounts, type FigureCounts, rates, scoreCard } from "#eval/figures-score.ts";
import { naiveCard, naiveNumbers } from "#eval/naive-numbers.ts";
import type { Sentence } from "#news/sentences.ts";

const { values } = parseArgs({ options: { try: { type: "string" }, fit: { type: "string" }, features: { type: "boolean", default: false } } });
const read = (name: string) => readEvalSet(readFileSync(evalFile(name), "utf8")).examples;

interface Hl {
  tune: boolean;
  candidates: Candidate[];
  sentences: Sentence[];
  countable: number[];
  /** The countable places, for the same-fact measure. */
  places: HighlightNumber[];
  highlights: string[];
  naive: Set<number>;
}
const hl: Hl[] = read("cnndm-dev.jsonl").flatMap((e: EvalExample) => {
  if (e.highlights.length === 0) return [];
  const sentences = exampleSentences(e);
  const places = highlightOccurrences(e, new Set(naiveNumbers(sentences).map((n) => n.value))).filter((o) => o.countable);
  const countable = [...new Set(places.map((o) => o.value))];
  if (countable.length === 0) return [];
  const naive = new Set(naiveCard(sentences).map((n) => n.value));
  return [{ tune: isTuneHalf(e.id), candidates: articleCandidates(e, sentences), sentences, countable, places, highlights: e.highlights, naive }];
});

interface GoldItem {
  gold: GoldArticle;
  sentences: Sentence[];
  candidates: Candidate[];
}
const byId = new Map([...read("dev.jsonl"), ...read("dev-bbc.jsonl")].map((e) => [e.id, e]));
const gold: GoldItem[] = parseFiguresGold(readFileSync(evalFile("figures-dev.jsonl"), "utf8")).flatMap((g) => {
  const e = byId.get(g.id);
  if (e === undefined) return [];
  const sentences = exampleSentences(e);
  return [{ gold: g, sentences, candidates: articleCandidates(e, sentences) }];
});


interface Result {
  hl: Record<"tune" | "held", { n: number; mine: number; naive: number; short: number; fact: number }>;
  gold: Record<"all" | "tune" | "held", FigureCounts>;
}
function run(w: CardWeights): Result {
  const r: Result = {
    hl: { tune: { n: 0, mine: 0, naive: 0, short: 0, fact: 0 }, held: { n: 0, mine: 0, naive: 0, short: 0, fact: 0 } },
    gold: { all: emptyCounts(), tune: emptyCounts(), held: emptyCounts() },
  };
  for (const a of hl) {
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
    const card = toScorable(pickFigures(g.candidates, g.sentences.length, DEFAULT_FIGURES, w), g.sentences);
    scoreCard(g.gold, card, r.gold.all);
    scoreCard(g.gold, card, r.gold[isTuneHalf(g.gold.id) ? "tune" : "held"]);
  }
  return r;
}

const pct = (n: number, d: number) => ((100 * n) / Math.max(1, d)).toFixed(1);
function show(name: string, r: Result): void {
  const g = (c: FigureCounts) => {
    const x = rates(c);
    return `key ${c.keyRecalled}/${c.keyFacts} val ${x.valueAccuracy} type ${x.typeAccuracy} label ${x.labelAccuracy} junk ${x.junk} card ${c.card}`;
  };
  console.log(
    `${name}\n  highlights tune ${pct(r.hl.tune.mine, r.hl.tune.n)}% held ${pct(r.hl.held.mine, r.hl.held.n)}%, same fact tune ${pct(r.hl.tune.fact, r.hl.tune.n)}% held ${pct(r.hl.held.fact, r.hl.held.n)}% (naive ${pct(r.hl.tune.naive, r.hl.tune.n)} / ${pct(r.hl.held.naive, r.hl.held.n)}; short cards ${r.hl.tune.short}/${r.hl.held.short})` +
      `\n  gold all: ${g(r.gold.all)}\n  gold tune: ${g(r.gold.tune)}\n  gold held: ${g(r.gold.held)}`,
  );
}

/** "lead=0.5,kind.measure=0.5" applied to the current weights. */
function parseTrial(spec: string, base: CardWeights): CardWeights {
  const w: CardWeights = { ...base, kind: { ...base.kind } };
  for (const part of spec.split(",").filter((x) => x !== "")) {
    const [key, raw] = part.split("=");
    const value = Number(raw);
    if (key === undefined || !Number.isFinite(value)) throw new Error(`bad trial part ${part}`);
    if (key.startsWith("kind.")) (w.kind as Record<FigureKind, number>)[key.slice(5) as FigureKind] = value;
    else (w as unknown as Record<string, number>)[key] = value;
  }
  return w;
}

const base = run(CARD_WEIGHTS);
show("current weights", base);
if (values.try !== undefined) {
  const w = parseTrial(values.try, CARD_WEIGHTS);
  show(`trial ${values.try} (seed holds: ${seedHolds(w)}, news first: ${newsFirst(w)})`, run(w));
}

// fit-figures.ts's grids, with a lead up to 4: the highlights favour early figures more than the gold does.
const GRIDS: Record<string, readonly number[]> = {
  ...CARD_GRIDS,
  lead: [...CARD_GRIDS.lead, 4],
  ...Object.fromEntries(KINDS.map((k) => [`kind.${k}`, KIND_GRID])),
};
if (values.fit !== undefined) {
  const keys = values.fit.split(",");
  const floorAll = base.gold.all.keyRecalled;
  const floorHeld = base.gold.held.keyRecalled;
  let best = { ...CARD_WEIGHTS, kind: { ...CARD_WEIGHTS.kind } };
  const gain = (r: Result) => r.hl.tune.mine + r.hl.tune.fact;
  let bestHl = gain(base);
  const g0 = base.gold.all;
  for (let pass = 0; pass < 4; pass++) {
    let improved = false;
    for (const key of keys) {
      for (const v of GRIDS[key] ?? []) {
        const trial = parseTrial(`${key}=${v}`, best);
        const r = run(trial);
        const g = r.gold.all;
        // The gold must not get worse: key recall (whole and held-out), junk, and values, types, labels beyond one figure.
        if (!seedHolds(trial) || !newsFirst(trial)) continue;
        if (g.keyRecalled < floorAll || r.gold.held.keyRecalled < floorHeld || g.junk > 0 || g.valueRight < g.matched) continue;
        if (g.matched - g.typeRight > g0.matched - g0.typeRight + 1 || g.matched - g.labelRight > g0.matched - g0.labelRight + 1) continue;
        if (gain(r) > bestHl) [best, bestHl, improved] = [trial, gain(r), true];
      }
    }
    if (!improved) break;
  }
  show("fitted", run(best));
  console.log(JSON.stringify(best));
}

const bin = (x: number, edges: readonly number[]): string => {
  const i = edges.findIndex((e) => x < e);
  return i < 0 ? `>=${edges[edges.length - 1]}` : `<${edges[i]}`;
};
if (values.features) {
  const table = new Map<string, Record<"tune" | "held", [number, number]>>();
  for (const a of hl) {
    const byKind = new Map<string, number>();
    for (const c of a.candidates) {
      const f = c.figure;
      const sg = c.signals;
      const quoted = a.countable.some((v) => holdsValue(f, v));
      const order = byKind.get(sg.kind) ?? 0;
      byKind.set(sg.kind, order + 1);
      const feats = [
        "all",
        `kind=${sg.kind}`,
        `type=${f.type ?? "-"}`,
        `words=${!/\d/.test(f.display)}`,
        `small<=4=${f.value <= 4 && sg.kind !== "money" && sg.kind !== "percent"}`,
        `sentIdx=${bin(sg.sentence, [1, 2, 3, 5, 8, 12])}`,
        `salience=${bin(sg.salience, [0.2, 0.4, 0.6, 0.8, 0.95])}`,
        `fallback=${sg.fallback}`,
        `period=${sg.period}`,
        `term=${sg.term}`,
        `moved=${sg.moved}`,
        `about=${sg.about}`,
        `repeats=${Math.min(2, sg.repeats)}`,
        `factor<1=${sg.factor < 1}`,
        `kindOrder=${Math.min(3, order)}`,
      ];
      for (const x of feats) {
        const row = table.get(x) ?? { tune: [0, 0], held: [0, 0] };
        const h = row[a.tune ? "tune" : "held"];
        h[0]++;
        if (quoted) h[1]++;
        table.set(x, row);
      }
    }
  }
  const rate = ([n, k]: [number, number]) => (n === 0 ? "   -" : `${Math.round((100 * k) / n)}%`.padStart(4));
  console.log("feature".padEnd(28), "tune hl/n".padStart(12), "rate", "held hl/n".padStart(12), "rate");
  for (const name of [...table.keys()].sort()) {
    const r = table.get(name)!;
    console.log(name.padEnd(28), `${r.tune[1]}/${r.tune[0]}`.padStart(12), rate(r.tune), `${r.held[1]}/${r.held[0]}`.padStart(12), rate(r.held));
  }
}

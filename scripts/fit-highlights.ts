/**
 * The card's weights judged on two signals at once: highlight recall over one half of cnndm-dev.jsonl (numbers the
 * CNN/DailyMail journalists quote in their highlights, the "countable" measure of `nutgraf eval --figures`), which no
 * one labelled or tuned on, and key recall on the figures gold, which must not fall. Halves of cnndm-dev by the
 * gold's own split (`isTuneHalf`). Each article is read once; a trial only re-ranks its candidates.
 * `--try 'lead=0.5,kind.measure=0.5'` scores one trial against the current weights; `--fit a,b` runs coordinate
 * descent over those weights' grids on the tune half of cnndm-dev, keeping a value only when highlight recall there
 * strictly rises and gold key recall (whole, and the gold's held-out half) does not fall.
 * Run: npx tsx scripts/fit-highlights.ts [--try k=v,…] [--fit weight,…]
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import type { Candidate } from "#brief/figures/candidates.ts";
import { pickFigures } from "#brief/figures/card.ts";
import { DEFAULT_FIGURES, type FigureKind, type KeyFigure } from "#brief/figures/figure.ts";
import { CARD_WEIGHTS, type CardWeights } from "#brief/figures/weights.ts";
import { evalFile } from "#eval/datasets.ts";
import { type EvalExample, exampleSentences, readEvalSet } from "#eval/evaluate.ts";
import { articleCandidates, highlightNumbers, toScorable } from "#eval/figures-eval.ts";
import { type GoldArticle, isTuneHalf, parseFiguresGold } from "#eval/figures-gold.ts";
import { emptyCounts, type FigureCounts, rates, scoreCard } from "#eval/figures-score.ts";
import { naiveCard, naiveNumbers } from "#eval/naive-numbers.ts";
import type { Sentence } from "#news/sentences.ts";

const { values } = parseArgs({ options: { try: { type: "string" }, fit: { type: "string" } } });
const read = (name: string) => readEvalSet(readFileSync(evalFile(name), "utf8")).examples;

interface Hl {
  tune: boolean;
  candidates: Candidate[];
  sentences: number;
  countable: number[];
  naive: Set<number>;
}
const hl: Hl[] = read("cnndm-dev.jsonl").flatMap((e: EvalExample) => {
  if (e.highlights.length === 0) return [];
  const sentences = exampleSentences(e);
  const countable = [...highlightNumbers(e, new Set(naiveNumbers(sentences).map((n) => n.value))).countable];
  if (countable.length === 0) return [];
  return [{ tune: isTuneHalf(e.id), candidates: articleCandidates(e, sentences), sentences: sentences.length, countable, naive: new Set(naiveCard(sentences).map((n) => n.value)) }];
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

const holds = (f: KeyFigure, v: number): boolean => f.value === v || f.valueMax === v || f.previous === v || f.change?.value === v;

interface Result {
  hl: Record<"tune" | "held", { n: number; mine: number; naive: number; short: number }>;
  gold: Record<"all" | "tune" | "held", FigureCounts>;
}
function run(w: CardWeights): Result {
  const r: Result = {
    hl: { tune: { n: 0, mine: 0, naive: 0, short: 0 }, held: { n: 0, mine: 0, naive: 0, short: 0 } },
    gold: { all: emptyCounts(), tune: emptyCounts(), held: emptyCounts() },
  };
  for (const a of hl) {
    const card = pickFigures(a.candidates, a.sentences, DEFAULT_FIGURES, w);
    const h = r.hl[a.tune ? "tune" : "held"];
    if (card.length < DEFAULT_FIGURES) h.short++;
    for (const v of a.countable) {
      h.n++;
      if (card.some((f) => holds(f, v))) h.mine++;
      if (a.naive.has(v)) h.naive++;
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
    `${name}\n  highlights tune ${pct(r.hl.tune.mine, r.hl.tune.n)}% held ${pct(r.hl.held.mine, r.hl.held.n)}% (naive ${pct(r.hl.tune.naive, r.hl.tune.n)} / ${pct(r.hl.held.naive, r.hl.held.n)}; short cards ${r.hl.tune.short}/${r.hl.held.short})` +
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
if (values.try !== undefined) show(`trial ${values.try}`, run(parseTrial(values.try, CARD_WEIGHTS)));

const GRIDS: Record<string, number[]> = {
  salience: [0, 0.2, 0.4, 0.5, 0.6, 0.8, 1],
  lead: [0, 0.25, 0.5, 1, 2, 4],
  fallback: [0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1],
  duration: [0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1],
  term: [0.5, 1, 1.5, 2, 3],
  repeat: [1, 1.1, 1.25, 1.5, 2],
  moved: [1, 1.1, 1.25, 1.5, 2],
  about: [1, 1.25, 1.5, 2, 2.5, 3, 4],
  ...Object.fromEntries(["casualties", "money", "people", "percent", "count", "measure", "rank"].map((k) => [`kind.${k}`, [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1, 1.2]])),
};
if (values.fit !== undefined) {
  const keys = values.fit.split(",");
  const floorAll = base.gold.all.keyRecalled;
  const floorHeld = base.gold.held.keyRecalled;
  let best = { ...CARD_WEIGHTS, kind: { ...CARD_WEIGHTS.kind } };
  let bestHl = base.hl.tune.mine;
  for (let pass = 0; pass < 4; pass++) {
    let improved = false;
    for (const key of keys) {
      for (const v of GRIDS[key] ?? []) {
        const trial = parseTrial(`${key}=${v}`, best);
        const r = run(trial);
        if (r.gold.all.keyRecalled < floorAll || r.gold.held.keyRecalled < floorHeld || r.gold.all.junk > 0) continue;
        if (r.hl.tune.mine > bestHl) [best, bestHl, improved] = [trial, r.hl.tune.mine, true];
      }
    }
    if (!improved) break;
  }
  show("fitted", run(best));
  console.log(JSON.stringify(best));
}

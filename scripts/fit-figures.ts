/**
 * Fits the card's ranking weights (lib/brief/figures/weights.ts) on the tune half of the figures gold:
 * coordinate descent over fixed grids, each weight in turn, keeping a value only when it strictly improves the
 * objective, so the result is deterministic and stays at the current weights when nothing is better. Each
 * article is read once; a trial only re-ranks its candidates. Prints the weights to paste, the scores on both
 * halves and, as a check on articles the gold does not hold, highlight recall on dev.jsonl.
 * `--only about,moved` fits those weights alone, the others held where they are: how a new signal is fitted without
 * refitting every weight on a 23-article half. `about` was fitted so (`--only about` from 1 gives 2.5: tune 60 -> 61
 * of 67, held-out 61 -> 63 of 74). A full refit from 1 also picks about 2.5, with percent 0.8 and repeat 1.1, and from
 * 2.5 salience 0.6 and repeat 1.1: the same 61 on the tune half (more key figures in a card of seven, the tie-break),
 * 61 and 62 held out. Ties on the tune half are that loose, so a new weight is fitted alone.
 * Run: npx tsx scripts/fit-figures.ts [--only weight,weight]
 */
import { readFileSync } from "node:fs";
import { exampleSentences, readEvalSet, type EvalExample } from "#eval/evaluate.ts";
import { articleCandidates, evaluateFigures, toScorable } from "#eval/figures-eval.ts";
import { type GoldArticle, isTuneHalf, parseFiguresGold } from "#eval/figures-gold.ts";
import { emptyCounts, type FigureCounts, rates, scoreCard } from "#eval/figures-score.ts";
import type { Candidate } from "#brief/figures/candidates.ts";
import { pickFigures } from "#brief/figures/card.ts";
import { DEFAULT_FIGURES } from "#brief/figures/figure.ts";
import { CARD_WEIGHTS, type CardWeights } from "#brief/figures/weights.ts";
import { coordinateAscent } from "#scripts/coordinate-ascent.ts";
import { CARD_COORDINATES, newsFirst, seedHolds } from "#scripts/figures-constraints.ts";
import { parseTrial } from "#scripts/figures-fit-data.ts";
import type { Sentence } from "#news/sentences.ts";

const EVAL = new URL("../../shared/eval/", import.meta.url);
const gold = parseFiguresGold(readFileSync(new URL("figures-dev.jsonl", EVAL), "utf8"));
const dev = readEvalSet(readFileSync(new URL("dev.jsonl", EVAL), "utf8")).examples;
const examples = [...dev, ...readEvalSet(readFileSync(new URL("dev-bbc.jsonl", EVAL), "utf8")).examples];
const byId = new Map(examples.map((e) => [e.id, e]));

interface Item {
  gold: GoldArticle;
  example: EvalExample;
  sentences: Sentence[];
  candidates: Candidate[];
}
const items = (tune: boolean): Item[] =>
  gold.flatMap((g) => {
    const example = byId.get(g.id);
    if (example === undefined || isTuneHalf(g.id) !== tune) return [];
    const sentences = exampleSentences(example);
    return [{ gold: g, example, sentences, candidates: articleCandidates(example, sentences) }];
  });
const tune = items(true);
const heldOut = items(false);

function score(set: readonly Item[], w: CardWeights, limit = DEFAULT_FIGURES): FigureCounts {
  const c = emptyCounts();
  for (const it of set) scoreCard(it.gold, toScorable(pickFigures(it.candidates, it.sentences.length, limit, w), it.sentences), c);
  return c;
}

/**
 * Key figures on the card first; a junk figure (a year, date, age… per the gold) costs more than a key figure
 * gains, as the issue wants none; then key figures a card of seven holds (a key figure ranked 6th is closer than
 * one ranked 12th, which makes the search less blind on a small gold); then right labels.
 */
function objective(w: CardWeights): number {
  if (!seedHolds(w) || !newsFirst(w)) return -Infinity;
  const five = score(tune, w);
  const seven = score(tune, w, 7);
  return five.keyRecalled * 1000 - five.junk * 1500 + seven.keyRecalled * 100 - seven.junk * 50 + five.labelRight;
}

const onlyAt = process.argv.indexOf("--only");
const only = onlyAt >= 0 ? new Set((process.argv[onlyAt + 1] ?? "").split(",")) : undefined;
const fits = (name: string): boolean => only === undefined || only.has(name);

const start = parseTrial("", CARD_WEIGHTS);
const best = coordinateAscent(start, objective(start), {
  coordinates: Object.entries(CARD_COORDINATES).filter(([name]) => fits(name)),
  move: (w, key, v) => parseTrial(`${key}=${v}`, w),
  score: objective,
  better: (a, b) => a > b,
  passes: 4,
}).weights;

const show = (name: string, c: FigureCounts) => {
  const r = rates(c);
  console.log(`${name}: key recall ${r.keyRecall}% (${c.keyRecalled}/${c.keyFacts}), value ${r.valueAccuracy}%, type ${r.typeAccuracy}%, label ${r.labelAccuracy}%, junk ${r.junk}`);
};
console.log(`seed holds its core figures: before ${seedHolds(CARD_WEIGHTS)}, fitted ${seedHolds(best)}; news before trivia: before ${newsFirst(CARD_WEIGHTS)}, fitted ${newsFirst(best)}`);
show("tune half, before", score(tune, CARD_WEIGHTS));
show("tune half, fitted", score(tune, best));
show("held-out half, before", score(heldOut, CARD_WEIGHTS));
show("held-out half, fitted", score(heldOut, best));
for (const [name, w] of [["before", CARD_WEIGHTS], ["fitted", best]] as const) {
  const h = evaluateFigures([], dev, true, w).highlights;
  const pct = (n: number, d: number) => (d === 0 ? 0 : Math.round((1000 * n) / d) / 10);
  console.log(`highlight recall on dev.jsonl, ${name}: ${pct(h.quoted.nutgraf, h.quoted.numbers)}% of ${h.quoted.numbers} (years and ages left out), ${pct(h.countable.nutgraf, h.countable.numbers)}% of ${h.countable.numbers} (dates, times, scores, names left out too)`);
}
console.log(`\nexport const CARD_WEIGHTS: CardWeights = ${JSON.stringify(best, null, 2).replace(/"(\w+)":/g, "$1:")};`);

/**
 * Fits the card's ranking weights (lib/brief/figures/card/weights.ts) on the tune half of the figures gold:
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
import { evalFile } from "#eval/datasets.ts";
import { readEvalSet } from "#eval/evaluate.ts";
import { evaluateFigures } from "#eval/figures-eval.ts";
import { type FigureCounts, rates } from "#eval/figures-score.ts";
import { CARD_WEIGHTS, type CardWeights } from "#brief/figures/card/weights.ts";
import { goldObjective, scoreGold } from "#scripts/card-objectives.ts";
import { coordinateAscent } from "#scripts/coordinate-ascent.ts";
import { CARD_COORDINATES, newsFirst, seedHolds } from "#scripts/figures-constraints.ts";
import { loadGold, parseTrial } from "#scripts/figures-fit-data.ts";

const dev = readEvalSet(readFileSync(evalFile("dev.jsonl"), "utf8")).examples;
const gold = loadGold();
const tune = gold.filter((g) => g.tune);
const heldOut = gold.filter((g) => !g.tune);
const score = (set: typeof gold, w: CardWeights): FigureCounts => scoreGold(set, w);
/** The objective (card-objectives.ts, shared with cv-card.ts) on the tune half. */
const objective = (w: CardWeights): number => goldObjective(tune, w);

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

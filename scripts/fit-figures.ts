/**
 * Fits the card's ranking weights (lib/brief/figures/weights.ts) on the tune half of the figures gold:
 * coordinate descent over fixed grids, each weight in turn, keeping a value only when it strictly improves
 * key recall (then fewer junk figures, then label accuracy), so the result is deterministic and stays at
 * the current weights when nothing is better. Prints the weights to paste and the scores on both halves.
 * Run: npx tsx scripts/fit-figures.ts
 */
import { readFileSync } from "node:fs";
import { exampleSentences, readEvalSet, type EvalExample } from "#eval/evaluate.ts";
import { scorableCard } from "#eval/figures-eval.ts";
import { type GoldArticle, isTuneHalf, parseFiguresGold } from "#eval/figures-gold.ts";
import { emptyCounts, type FigureCounts, rates, scoreCard } from "#eval/figures-score.ts";
import type { FigureKind } from "#brief/figures/figure.ts";
import { CARD_WEIGHTS, type CardWeights } from "#brief/figures/weights.ts";
import type { Sentence } from "#news/sentences.ts";

const EVAL = new URL("../../shared/eval/", import.meta.url);
const gold = parseFiguresGold(readFileSync(new URL("figures-dev.jsonl", EVAL), "utf8"));
const examples = ["dev.jsonl", "dev-bbc.jsonl"].flatMap((f) => readEvalSet(readFileSync(new URL(f, EVAL), "utf8")).examples);
const byId = new Map(examples.map((e) => [e.id, e]));

interface Item {
  gold: GoldArticle;
  example: EvalExample;
  sentences: Sentence[];
}
const items = (tune: boolean): Item[] =>
  gold.flatMap((g) => {
    const example = byId.get(g.id);
    return example !== undefined && isTuneHalf(g.id) === tune ? [{ gold: g, example, sentences: exampleSentences(example) }] : [];
  });
const tune = items(true);
const heldOut = items(false);

function score(set: readonly Item[], w: CardWeights): FigureCounts {
  const c = emptyCounts();
  for (const it of set) scoreCard(it.gold, scorableCard(it.example, it.sentences, w), c);
  return c;
}

/** Key recall first, then fewer junk figures, then more right labels. */
const objective = (c: FigureCounts): number => c.keyRecalled * 10000 - c.junk * 100 + c.labelRight;

const KINDS: readonly FigureKind[] = ["casualties", "money", "people", "percent", "count", "measure", "rank"];
const KIND_GRID = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1, 1.2];
const GRIDS: Record<Exclude<keyof CardWeights, "kind">, number[]> = {
  salience: [0, 0.2, 0.4, 0.5, 0.6, 0.8, 1],
  lead: [0, 0.25, 0.5, 1, 2],
  fallback: [0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1],
  duration: [0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1],
  repeat: [1, 1.1, 1.25, 1.5, 2],
};

let best: CardWeights = { ...CARD_WEIGHTS, kind: { ...CARD_WEIGHTS.kind } };
let bestScore = objective(score(tune, best));
for (let pass = 0; pass < 3; pass++) {
  let improved = false;
  for (const k of KINDS) {
    for (const v of KIND_GRID) {
      const trial: CardWeights = { ...best, kind: { ...best.kind, [k]: v } };
      const s = objective(score(tune, trial));
      if (s > bestScore) [best, bestScore, improved] = [trial, s, true];
    }
  }
  for (const key of Object.keys(GRIDS) as (keyof typeof GRIDS)[]) {
    for (const v of GRIDS[key]) {
      const trial: CardWeights = { ...best, [key]: v };
      const s = objective(score(tune, trial));
      if (s > bestScore) [best, bestScore, improved] = [trial, s, true];
    }
  }
  if (!improved) break;
}

const show = (name: string, c: FigureCounts) => {
  const r = rates(c);
  console.log(`${name}: key recall ${r.keyRecall}%, value ${r.valueAccuracy}%, type ${r.typeAccuracy}%, label ${r.labelAccuracy}%, junk ${r.junk}`);
};
show("tune half, before", score(tune, CARD_WEIGHTS));
show("tune half, fitted", score(tune, best));
show("held-out half, before", score(heldOut, CARD_WEIGHTS));
show("held-out half, fitted", score(heldOut, best));
console.log(`\nexport const CARD_WEIGHTS: CardWeights = ${JSON.stringify(best, null, 2).replace(/"(\w+)":/g, "$1:")};`);

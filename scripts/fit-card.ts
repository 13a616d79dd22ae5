/**
 * Fits the card's ranking weights (lib/brief/figures/card/weights.ts) on two tune halves at once: the numbers
 * CNN/DailyMail journalists quote in their highlights (cnndm-dev.jsonl's tune half less the blind samples, held as the
 * same fact; how many countable numbers that is grows with the blind list, so the report prints it rather than this
 * header) and the key figures editors marked in the figures gold
 * (its tune half, 23 articles). Objective: same-fact highlight recall
 * (%) + λ × gold key recall of the default card (%), both on the tune halves only. Hard constraints: no junk on the
 * gold's tune half, every card value right there, and figures-constraints.ts (the seed's core figures, news before
 * trivia, casualties and money before counts). Coordinate ascent over fixed grids from the current weights:
 * deterministic, and it stays where it is when nothing is better. The other halves are read only for the report.
 * Why the guard and the minimum gain: the gold's tune half says little (23 articles; every one of its key figures is
 * already in a card of seven), and without them the fit takes moves that tie on the objective or gain one gold figure
 * there and lose held-out ones. No fit it makes was kept: on the halves not tuned on they gain at most 1.1 points of
 * highlight recall, and the cards they change read worse by hand (docs/figures-history.md, "Fitting the weights on
 * the highlights and the gold at once", has the rows and the commands).
 * Options: --lambda (default 1); --guard: the gold's tune half keeps as many key figures in a card of five and of seven
 * as at the start; --min-gain g: a move must raise the objective by g points (default 0: any strict rise, ties broken
 * by highlight recall by value, then key figures in a card of seven); --fit a,b: only these weights (`kind.x` for a
 * kind; default all); --hold a,b: all but these; --from 'k=v,…': start there; --try 'k=v,…': only report that trial;
 * --free: without figures-constraints.ts (what they cost).
 */
import { parseArgs } from "node:util";
import { CARD_WEIGHTS, type CardWeights } from "#brief/figures/card/weights.ts";
import { coordinateAscent } from "#scripts/coordinate-ascent.ts";
import { jointObjective, lexBetter } from "#scripts/card-objectives.ts";
import { CARD_COORDINATES, newsFirst, seedHolds } from "#scripts/figures-constraints.ts";
import { gainedLost, loadGold, loadHighlights, parseTrial, type Result, scoreWeights, showResult } from "#scripts/figures-fit-data.ts";

const { values } = parseArgs({
  options: {
    lambda: { type: "string", default: "1" },
    "min-gain": { type: "string", default: "0" },
    guard: { type: "boolean", default: false },
    fit: { type: "string" },
    hold: { type: "string" },
    from: { type: "string" },
    try: { type: "string" },
    free: { type: "boolean", default: false },
  },
});
const lambda = Number(values.lambda);
const minGain = Number(values["min-gain"]);
if (!Number.isFinite(lambda) || lambda < 0) throw new Error(`--lambda must be a number >= 0, not ${values.lambda}`);
if (!Number.isFinite(minGain) || minGain < 0) throw new Error(`--min-gain must be a number >= 0, not ${values["min-gain"]}`);

const hl = loadHighlights();
const gold = loadGold();

const GRIDS = CARD_COORDINATES;

/** With --guard, the gold's tune half keeps as many key figures in a card of five and of seven as at the start. */
let floor: { five: number; seven: number } | undefined;

/** The objective (card-objectives.ts, shared with cv-card.ts) on the tune halves; undefined when a constraint breaks. */
const objective = (w: CardWeights): number[] | undefined =>
  jointObjective(hl, gold, w, { lambda, free: values.free, ...(values.guard && floor !== undefined ? { floor } : {}) });
const better = lexBetter(minGain);

const report = (name: string, w: CardWeights): Result => {
  const r = scoreWeights(hl, gold, w);
  showResult(`${name} (seed holds: ${seedHolds(w)}, news first: ${newsFirst(w)})`, r);
  return r;
};

report("current weights", CARD_WEIGHTS);
if (values.try !== undefined) {
  const trial = parseTrial(values.try, CARD_WEIGHTS);
  report(`trial ${values.try}`, trial);
  const d = gainedLost(hl, CARD_WEIGHTS, trial);
  for (const h of ["tune", "held"] as const) console.log(`  same fact, ${h} half: +${d[h].gained} −${d[h].lost} against the current weights, over ${d[h].articles} articles`);
}
else {
  const held = new Set(values.hold?.split(",") ?? []);
  const keys = (values.fit?.split(",") ?? Object.keys(GRIDS)).filter((k) => !held.has(k));
  for (const k of [...keys, ...held]) if (GRIDS[k] === undefined) throw new Error(`no grid for ${k}`);
  const best = values.from === undefined ? parseTrial("", CARD_WEIGHTS) : parseTrial(values.from, CARD_WEIGHTS);
  const start = scoreWeights(hl, gold, best, "tune");
  floor = { five: start.gold.tune.keyRecalled, seven: start.seven.tune };
  const startScore = objective(best);
  if (startScore === undefined) throw new Error("the starting weights break a constraint");
  const shown = (s: readonly number[]) => s.map((x) => x.toFixed(2)).join(" / ");
  console.log(`λ ${lambda}; start: objective ${shown(startScore)}`);
  const fitted = coordinateAscent(best, startScore, {
    coordinates: keys.map((k) => [k, GRIDS[k] ?? []]),
    move: (w, key, v) => parseTrial(`${key}=${v}`, w),
    score: objective,
    better,
    passes: 6,
    onMove: (pass, key, v, s) => console.log(`  pass ${pass}: ${key}=${v} → ${shown(s)}`),
  }).weights;
  report(`fitted, λ ${lambda}`, fitted);
  console.log(JSON.stringify(fitted));
}

/**
 * Cross-validated key recall of the card: the figures gold's 45 articles split into k folds by a hash of the article id
 * (ordered by sha256 of salt + id, dealt in turn; `--folds loo` leaves one article out at a time), and for each fold the card's weights refitted on
 * the other folds by the repo's own fit (coordinate ascent over the grids of figures-constraints.ts, with its hard
 * constraints, the objective of fit-figures.ts or fit-card.ts from card-objectives.ts), then the default 5-figure card
 * of the held fold scored: key recall, value, type, label, junk, pooled over the folds and per fold. In-sample, the
 * same fit on all 45 articles scored on them, beside it.
 * Why a start with no fitted weight ("cold"): the shipped weights were fitted on the gold's tune half, about half of
 * every held fold, and a coordinate ascent moves only when a trial is strictly better, so a refit from them ("warm")
 * keeps what the held fold taught. The cold start is the weights at which no signal counts (each kind 1, each factor 1,
 * salience 0), climbed to the hard constraints alone with no article read (figures-constraints.ts' constraintsKept),
 * then fitted on the training folds.
 * `other` (set by hand on one held-out article) is fitted from 1 or held at 1 by the procedures named so. `joint` is
 * fit-card.ts --lambda 1 --guard: the training folds' gold plus cnndm-dev's highlight tune half (the same half
 * fit-card.ts reads), so it loads cnndm-dev (about 15 s) and takes about 15 s a fold.
 * Deterministic: folds by hash, fits by fixed grids in a fixed order. Progress on stderr. About 3 min for 5 folds (half
 * of it `joint`), 10 with --repeats 5, 12 for leave-one-out without `joint`, on a loaded 2-core machine.
 * Run: npx tsx scripts/cv-card.ts [--lambda 1] [--unguarded] [--folds 5|loo] [--repeats 1 | --salts ',a,b'] [--hold a,b] [--only warm,cold,…] [--list]
 */
import { createHash } from "node:crypto";
import { parseArgs } from "node:util";
import { CARD_WEIGHTS, type CardWeights } from "#brief/figures/card/weights.ts";
import { type FigureCounts, emptyCounts, rates } from "#eval/figures-score.ts";
import { goldObjective, jointObjective, lexBetter, scoreGold } from "#scripts/card-objectives.ts";
import { coordinateAscent } from "#scripts/coordinate-ascent.ts";
import { CARD_COORDINATES, constraintsKept } from "#scripts/figures-constraints.ts";
import { type GoldItem, type HlArticle, loadGold, loadHighlights, movesFrom, parseTrial, scoreWeights } from "#scripts/figures-fit-data.ts";

const { values } = parseArgs({
  options: { lambda: { type: "string", default: "1" }, unguarded: { type: "boolean", default: false }, folds: { type: "string", default: "5" }, repeats: { type: "string", default: "1" }, salts: { type: "string" }, hold: { type: "string" }, only: { type: "string" }, list: { type: "boolean", default: false } },
});
const lambda = Number(values.lambda);
if (!Number.isFinite(lambda) || lambda < 0) throw new Error(`--lambda must be a number >= 0, not ${values.lambda}`);
const loo = values.folds === "loo";
const k = loo ? 0 : Number(values.folds);
const repeats = Number(values.repeats);
if (!loo && (!Number.isInteger(k) || k < 2)) throw new Error(`--folds must be loo or an integer >= 2, not ${values.folds}`);
if (!Number.isInteger(repeats) || repeats < 1 || (loo && repeats > 1)) throw new Error(`--repeats must be an integer >= 1 (1 with loo), not ${values.repeats}`);
if (values.salts !== undefined && (loo || values.repeats !== "1")) throw new Error("--salts names the splits: not with --folds loo or --repeats");

const log = (line: string) => process.stderr.write(`${line}\n`);
const step = (w: CardWeights, name: string, v: number): CardWeights => parseTrial(`${name}=${v}`, w);
/** --hold a,b: weights every procedure leaves where they start (a signal's worth measured against the fit without it). */
const holdAll = values.hold?.split(",") ?? [];
for (const name of holdAll) if (CARD_COORDINATES[name] === undefined) throw new Error(`no weight ${name} to hold`);
const coordinates = (held: readonly string[]) => Object.entries(CARD_COORDINATES).filter(([name]) => !held.includes(name) && !holdAll.includes(name));

/** No signal counts: every kind and factor 1, sentence salience and lead position ignored, no two tolls apart. */
const NEUTRAL = parseTrial(
  "kind.casualties=1,kind.money=1,kind.people=1,kind.percent=1,kind.count=1,kind.measure=1,kind.rank=1,salience=0,lead=0,fallback=1,duration=1,span=1,term=1,repeat=1,moved=1,about=1,deep=1,other=1,apart=1000",
  CARD_WEIGHTS,
);
/** NEUTRAL climbed to the hard constraints with no article read: the cold start. */
const COLD = coordinateAscent(NEUTRAL, constraintsKept(NEUTRAL), { coordinates: coordinates([]), move: step, score: constraintsKept, better: (a, b) => a > b, passes: 10 }).weights;
const WARM_OTHER_1 = parseTrial("other=1", CARD_WEIGHTS);

/** fit-figures.ts on the training items, from `start`, the weights named in `held` left where they start. */
function goldFit(start: CardWeights, held: readonly string[] = []): (train: readonly GoldItem[]) => CardWeights {
  return (train) => {
    const items = train.map((g) => ({ ...g, tune: true }));
    const score = (w: CardWeights) => goldObjective(items, w);
    return coordinateAscent(start, score(start), { coordinates: coordinates(held), move: step, score, better: (a, b) => a > b, passes: 4 }).weights;
  };
}

let highlights: HlArticle[] | undefined;
/**
 * fit-card.ts --lambda 1 --guard on the training items and cnndm-dev's highlight tune half, from the shipped weights
 * (--lambda and --unguarded set the fit's λ and drop its guard: card-frontier.ts' points, cross-validated).
 */
function jointFit(train: readonly GoldItem[]): CardWeights {
  highlights ??= loadHighlights();
  const hl = highlights;
  const items = train.map((g) => ({ ...g, tune: true }));
  const at = scoreWeights(hl, items, CARD_WEIGHTS, "tune");
  const floor = { five: at.gold.tune.keyRecalled, seven: at.seven.tune };
  const score = (w: CardWeights) => jointObjective(hl, items, w, { lambda, ...(values.unguarded ? {} : { floor }) });
  const start = score(CARD_WEIGHTS);
  if (start === undefined) throw new Error("the shipped weights break a constraint of the joint fit on these training folds");
  return coordinateAscent(CARD_WEIGHTS, start, { coordinates: coordinates([]), move: step, score, better: lexBetter(0), passes: 6 }).weights;
}

interface Procedure {
  name: string;
  what: string;
  fit: (train: readonly GoldItem[]) => CardWeights;
}
const PROCEDURES: readonly Procedure[] = [
  { name: "shipped", what: "the shipped weights, no refit (in-sample: not cross-validated)", fit: () => CARD_WEIGHTS },
  { name: "shipped-other1", what: "the shipped weights with other = 1, no refit", fit: () => WARM_OTHER_1 },
  { name: "warm", what: "fit-figures.ts from the shipped weights, every weight (other from 0.3)", fit: goldFit(CARD_WEIGHTS) },
  { name: "warm-other1", what: "the same, other from 1, fitted", fit: goldFit(WARM_OTHER_1) },
  { name: "warm-hold-other1", what: "the same, other held at 1", fit: goldFit(WARM_OTHER_1, ["other"]) },
  { name: "cold", what: "fit-figures.ts from the cold start, every weight (other from 1)", fit: goldFit(COLD) },
  { name: "cold-hold-other1", what: "the same, other held at 1", fit: goldFit(COLD, ["other"]) },
  { name: "joint", what: `fit-card.ts --lambda ${lambda}${values.unguarded ? "" : " --guard"} (training gold + cnndm-dev highlight tune half)`, fit: jointFit },
];

if (values.list) {
  for (const p of PROCEDURES) console.log(`${p.name}: ${p.what}`);
  console.log(`cold start: ${JSON.stringify(COLD)}`);
  process.exit(0);
}
const only = values.only?.split(",");
for (const name of only ?? []) if (!PROCEDURES.some((p) => p.name === name)) throw new Error(`no procedure ${name} (--list names them)`);
const procedures = PROCEDURES.filter((p) => only === undefined || only.includes(p.name));

const gold = loadGold();
// More folds than articles would leave a fold empty, scored 0% in the per-fold mean and range.
if (!loo && k > gold.length) throw new Error(`--folds must be at most the ${gold.length} gold articles, not ${k}`);
/**
 * The folds of one split, each the gold items it holds out, in file order: the articles ordered by sha256(salt + id)
 * and dealt to the folds in turn, so fold sizes differ by at most one (a hash modulo k gave folds of 7 to 16).
 */
function folds(salt: string): GoldItem[][] {
  if (loo) return gold.map((g) => [g]);
  const hash = (id: string) => createHash("sha256").update(salt + id).digest("hex");
  const order = gold.map((g) => ({ id: g.gold.id, h: hash(g.gold.id) })).sort((a, b) => (a.h < b.h ? -1 : a.h > b.h ? 1 : 0));
  const fold = new Map(order.map((o, i) => [o.id, i % k]));
  return Array.from({ length: k }, (_, i) => gold.filter((g) => fold.get(g.gold.id) === i));
}

const moves = movesFrom;

const pct = (n: number, d: number): string => ((100 * n) / Math.max(1, d)).toFixed(1);
const show = (c: FigureCounts): string => {
  const r = rates(c);
  return `key ${pct(c.keyRecalled, c.keyFacts)}% (${c.keyRecalled}/${c.keyFacts}; cardable ${pct(c.keyCardableRecalled, c.keyCardable)}%, ${c.keyCardableRecalled}/${c.keyCardable}), value ${r.valueAccuracy}%, type ${r.typeAccuracy}%, label ${r.labelAccuracy}% of ${c.matched}, junk ${c.junk}`;
};
const add = (into: FigureCounts, c: FigureCounts) => {
  for (const key of Object.keys(into) as (keyof FigureCounts)[]) into[key] += c[key];
};
/** Key figures the default card holds in each article under the weights. */
const perArticle = (items: readonly GoldItem[], w: CardWeights) => new Map(items.map((g) => [g.gold.id, scoreGold([g], w).keyRecalled]));
const shippedPerArticle = perArticle(gold, CARD_WEIGHTS);

// --salts 'x,y' names the salts (an empty part is the salt ""); else --repeats n takes "", "1", … "n-1".
const splits = loo ? [""] : values.salts !== undefined ? values.salts.split(",") : Array.from({ length: repeats }, (_, i) => (i === 0 ? "" : String(i)));
console.log(`${gold.length} gold articles, ${loo ? "leave-one-out" : `${k} folds dealt in sha256(salt + id) order`}, salts ${splits.map((s) => JSON.stringify(s)).join(", ")}`);
for (const p of procedures) {
  const inSample = p.fit(gold);
  console.log(`\n${p.name}: ${p.what}\n  in-sample (fitted on all ${gold.length}, scored on them): ${show(scoreGold(gold, inSample))}; moves from the shipped weights: ${moves(inSample, CARD_WEIGHTS)}`);
  for (const salt of splits) {
    const pooled = emptyCounts();
    const perFold: number[] = [];
    const changed: string[] = [];
    const split = folds(salt);
    split.forEach((held, i) => {
      const w = p.fit(gold.filter((g) => !held.includes(g)));
      const c = scoreGold(held, w);
      add(pooled, c);
      perFold.push((100 * c.keyRecalled) / Math.max(1, c.keyFacts));
      for (const [id, n] of perArticle(held, w)) {
        const d = n - (shippedPerArticle.get(id) ?? 0);
        if (d !== 0) changed.push(`${id} ${d > 0 ? "+" : ""}${d}`);
      }
      log(`  ${p.name}, salt ${JSON.stringify(salt)}: fold ${i + 1} of ${split.length} fitted`);
      if (!loo) console.log(`  fold ${i + 1} (${held.length} articles): ${show(c)}; moves from the shipped weights: ${moves(w, CARD_WEIGHTS)}`);
    });
    const mean = perFold.reduce((a, b) => a + b, 0) / perFold.length;
    const sd = Math.sqrt(perFold.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, perFold.length - 1));
    const spread = loo ? "" : `; per fold mean ${mean.toFixed(1)}% ± ${sd.toFixed(1)} (sd), ${Math.min(...perFold).toFixed(1)}–${Math.max(...perFold).toFixed(1)}%`;
    console.log(`  cross-validated${loo ? " (leave-one-out)" : `, salt ${JSON.stringify(salt)}`}: ${show(pooled)}${spread}`);
    console.log(`  held-out articles whose key figures differ from the shipped weights' card: ${changed.join(", ") || "none"}`);
  }
}

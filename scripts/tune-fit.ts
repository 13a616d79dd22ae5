// The fitting half of scripts/tune.ts: the grid, the variants tried, coordinate ascent and cross-validation.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { LEGACY_WEIGHTS, PART_NAMES, type PartName, type RankWeights } from "#brief/rank.ts";
import { delta, measure, scoresOf, useWordModel, type Prepared, type Triple } from "#scripts/tune-data.ts";
import { coordinateAscent } from "#scripts/coordinate-ascent.ts";

export type Param = keyof RankWeights;

const PART_GRID = [-0.3, -0.1, 0, 0.05, 0.1, 0.2, 0.3, 0.5, 0.8];
/** The finer steps the full model is fitted over (the single-part variants use the coarse grid: 2 cores, shared). */
const FINE_PART_GRID = [-0.5, -0.3, -0.2, -0.1, -0.05, 0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.8];
export const GRID: Record<Param, number[]> = {
  centrality: PART_GRID, position: PART_GRID, headline: PART_GRID, figures: PART_GRID, length: PART_GRID,
  pagerank: PART_GRID, centroid: PART_GRID, paragraph: PART_GRID, words: PART_GRID, quote: PART_GRID,
  entities: PART_GRID, lead: PART_GRID, opening: PART_GRID, anaphora: PART_GRID, overlap: [...PART_GRID, 1.2], fraction: PART_GRID, forward: [...PART_GRID, 1.2],
  positionScale: [1, 2, 4, 8, 16],
  longWords: [20, 25, 30, 40],
  wordsCap: [20, 30, 40, 60],
  redundancy: [0.2, 0.3, 0.35, 0.5, 1.01],
  wordBudget: [0, 20, 25, 30, 40],
  trigramBlock: [0, 1],
  mmr: [0, 0.05, 0.1, 0.2, 0.3, 0.5],
  coverage: [0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.5, 0.8, 1.2],
  coverageLength: [0, 0.5, 1, 1.5],
};

export interface Variant {
  name: string;
  what: string;
  free: Param[];
  fixed?: Partial<RankWeights>;
  /** What the fit maximises, when not OBJECTIVE. */
  goal?: Objective;
  /** Fit the part weights over FINE_PART_GRID, with 3 passes instead of 2. */
  fine?: boolean;
  /** Weight of the BBC gain in the objective (Corpora); 0 or absent: fitted on CNN/DailyMail alone, as before. */
  bbcWeight?: number;
  /**
   * Accept no setting that scores BBC below the start on the training articles: the fit may then only buy
   * CNN/DailyMail points that cost BBC nothing (the checked-in weights must not lose BBC).
   */
  bbcFloor?: boolean;
  /**
   * More starts for the coordinate ascent: the start with each of these changes applied; the fit with the best
   * training objective wins, the plain start first on ties.
   */
  restarts?: Partial<RankWeights>[];
  /** Fit the free weights once for each grid value of this one (fitAround). */
  outer?: Param;
  /**
   * Start from another variant's fit on the same training articles (LEGACY_WEIGHTS when absent): the joint fits start
   * from the CNN/DailyMail-only fit of the same folds, so no held-out article shapes the start, and coordinate ascent
   * does not have to climb out of the hand-set weights first.
   */
  startFrom?: string;
  /** Coordinate-ascent passes (default 3 with `fine`, else 2). */
  passes?: number;
  /** Which attached word models the variant reads (tune-data.ts useWordModel; 0, the checked-in kind, when absent). */
  wordSet?: number;
}

const LEGACY: Param[] = ["centrality", "position", "headline", "figures", "length", "positionScale", "longWords", "redundancy"];
const ALL: Param[] = [...LEGACY, "pagerank", "centroid", "paragraph", "quote", "entities", "lead", "opening", "anaphora", "words", "wordsCap", "wordBudget"];
const BOTH: Param[] = [...LEGACY, "overlap", "fraction", ...ALL.filter((p) => !LEGACY.includes(p))];
/**
 * What a joint fit may move: not `headline` (CNN/DailyMail articles here have no headline, so its weight would be fitted
 * on BBC alone) nor `paragraph` (CNN/DailyMail texts lost their breaks, so there it is the position decay again, and
 * on BBC the paragraph lead: together with `position` it would tell the sources apart, a switch on the source in disguise).
 */
const JOINT: Param[] = [...BOTH, "forward" as const].filter((p) => p !== "headline" && p !== "paragraph");
/** Fewer free weights than "all": the parts that moved the held-out gain most on their own. */
const CORE: Param[] = [...LEGACY, "lead", "forward", "fraction", "opening"];
export const VARIANTS: Variant[] = [
  { name: "legacy", what: "the hand-set weights as they were (no fitting)", free: [] },
  { name: "legacy-refit", what: "the five original parts, refitted", free: LEGACY },
  { name: "pagerank", what: "+ PageRank centrality", free: [...LEGACY, "pagerank"] },
  { name: "pagerank-only", what: "PageRank instead of degree centrality", free: LEGACY.filter((p) => p !== "centrality").concat("pagerank"), fixed: { centrality: 0 } },
  { name: "centroid", what: "+ similarity to the centroid", free: [...LEGACY, "centroid"] },
  { name: "paragraph", what: "+ position within the paragraph", free: [...LEGACY, "paragraph"] },
  { name: "quote", what: "+ quotation", free: [...LEGACY, "quote"] },
  { name: "entities", what: "+ entity density", free: [...LEGACY, "entities"] },
  { name: "lead", what: "+ similarity to the lead sentence", free: [...LEGACY, "lead"] },
  { name: "anaphora", what: "+ opening pronoun or connective", free: [...LEGACY, "anaphora"] },
  { name: "opening", what: "+ the first sentence set apart from the position decay", free: [...LEGACY, "opening"] },
  { name: "words", what: "+ linear length in words", free: [...LEGACY, "words", "wordsCap"] },
  { name: "budget", what: "+ a word budget over the bullets", free: [...LEGACY, "wordBudget"] },
  {
    name: "all",
    what: "every part and setting",
    free: ALL,
    fine: true,
  },
  { name: "overlap", what: "+ degree centrality over TextRank's word overlap", free: [...LEGACY, "overlap"] },
  { name: "fraction", what: "+ position as a share of the article", free: [...LEGACY, "fraction"] },
  { name: "forward", what: "+ overlap with the sentences after (directed centrality)", free: [...LEGACY, "forward"] },
  { name: "all-fwd", what: "every part with overlap, fraction and forward, fitted on CNN/DailyMail alone", free: [...BOTH, "forward"], fine: true },
  { name: "all-new", what: "every part with overlap and fraction, fitted on CNN/DailyMail alone", free: BOTH, fine: true },
  { name: "core", what: "the five original parts with the four that held out best alone: lead, forward, fraction, opening", free: CORE },
  {
    name: "core-both-0.1",
    what: '"core" refitted on both sets, objective CNN + 0.1 × BBC',
    free: CORE.filter((p) => p !== "headline"),
    startFrom: "core",
    bbcWeight: 0.1,
  },
  ...[0.05, 0.1, 0.2, 0.3, 0.5, 1].map((bbcWeight): Variant => ({
    name: `both-${bbcWeight}`,
    what: `"all-fwd" refitted on both sets, objective CNN + ${bbcWeight} × BBC; headline and paragraph held`,
    free: JOINT,
    startFrom: "all-fwd",
    passes: 2,
    bbcWeight,
  })),
  // Third round: the selection and the optimisation, from the checked-in "both-0.1" fit of the same training folds.
  { name: "tri", what: '"both-0.1" + trigram blocking beside the cosine check (no refit)', free: [], startFrom: "both-0.1", fixed: { trigramBlock: 1 } },
  { name: "tri-only", what: '"both-0.1" with trigram blocking instead of the cosine check (no refit)', free: [], startFrom: "both-0.1", fixed: { trigramBlock: 1, redundancy: 1.01 } },
  { name: "tri-refit", what: '"both-0.1" + trigram blocking and the cosine threshold refitted (CNN + 0.1 × BBC)', free: ["trigramBlock", "redundancy"], startFrom: "both-0.1", bbcWeight: 0.1 },
  { name: "mmr", what: '"both-0.1" + MMR selection, μ and the cosine threshold refitted (CNN + 0.1 × BBC)', free: ["mmr", "redundancy"], startFrom: "both-0.1", bbcWeight: 0.1 },
  // Five cheap parts were screened beside "ctl" (overlapRank, degreeRank, leadNames, said, distinct: commit cb528c4,
  // docs/ranking.md) and dropped; "ctl" is what each was to beat.
  {
    name: "ctl",
    what: '"mmr", with centrality, overlap, position, fraction and lead refitted (1 pass)',
    free: ["centrality", "overlap", "position", "fraction", "lead"],
    startFrom: "mmr",
    bbcWeight: 0.1,
    passes: 1,
  },
  // Sixth round: supervised word importance (lib/brief/word-importance.ts; the word model of each fold's training
  // articles, tune-data.ts attachWordModels). As a rank part (mean p(w) of a sentence's words: "imp*", beside the
  // "ctl-*" refits along the λ curve) it was screened and dropped (commit a7e7152, docs/ranking.md); as coverage
  // selection ("cov*", beside "ctl-mmr*" without it) it stays a setting the fit may use.
  {
    name: "cov-only",
    what: "coverage selection alone: every part at 0, the gain in Σ p(w) over uncovered words, its length exponent fitted",
    free: ["coverageLength"],
    fixed: { ...Object.fromEntries(PART_NAMES.map((p) => [p, 0])), coverage: 1, redundancy: 1.01, mmr: 0, wordBudget: 40 },
    bbcWeight: 0.1,
  },
  { name: "cov", what: '"mmr" + coverage selection, its weight and length exponent fitted (CNN + 0.1 × BBC)', free: ["coverage", "coverageLength"], startFrom: "mmr", bbcWeight: 0.1 },
  { name: "cov-sel", what: '"cov" with μ and the cosine threshold refitted beside it (the selection settings alone)', free: ["coverage", "coverageLength", "mmr", "redundancy"], startFrom: "mmr", bbcWeight: 0.1 },
  { name: "cov-cnn", what: '"cov" fitted on CNN/DailyMail alone (from "mmr")', free: ["coverage", "coverageLength"], startFrom: "mmr" },
  // Coordinate ascent cannot leave κ = 0 when α starts at 0 (every κ then lowers the objective, and α alone changes
  // nothing: scripts/tune-coverage.ts): these fit κ (and the rest) for each α in turn.
  { name: "cov-around", what: '"cov" fitted for each α in turn (κ and α move together)', free: ["coverage"], outer: "coverageLength", startFrom: "mmr", bbcWeight: 0.1 },
  // The third round's "ctl" refit on CNN/DailyMail alone (λ = 0): the point of the linear curve nearest "cov-around".
  { name: "ctl-0", what: '"ctl" with CNN + 0 × BBC', free: ["centrality", "overlap", "position", "fraction", "lead"], startFrom: "mmr", passes: 1 },
  { name: "cov-around-cnn", what: '"cov-around" on CNN/DailyMail alone', free: ["coverage"], outer: "coverageLength", startFrom: "mmr" },
  {
    name: "cov-around-ctl",
    what: '"cov-around" with centrality, overlap, position, fraction, lead and μ refitted (1 pass): against "ctl-mmr"',
    free: ["coverage", "centrality", "overlap", "position", "fraction", "lead", "mmr"],
    outer: "coverageLength",
    startFrom: "mmr",
    bbcWeight: 0.1,
    passes: 1,
  },
  // Seventh round (docs/ranking.md). The supervised sentence model ("keep", "keep-ctl", "floor-keep"), bigrams in the
  // coverage term ("cov-bigram*") and the holderDensity word feature were screened and dropped: commit 517a60f has them.
  {
    name: "cov-around-refit",
    what: '"cov-around", then centrality, overlap, position, fraction, lead and μ refitted (1 pass)',
    free: ["centrality", "overlap", "position", "fraction", "lead", "mmr"],
    startFrom: "cov-around",
    bbcWeight: 0.1,
    passes: 1,
  },
  // Checked in after the seventh round: "cov-around" on the word model with holderDensity, then the refit with κ free.
  {
    name: "cov-refit",
    what: '"cov-around", then centrality, overlap, position, fraction, lead, μ and κ refitted (1 pass)',
    free: ["centrality", "overlap", "position", "fraction", "lead", "mmr", "coverage"],
    startFrom: "cov-around",
    bbcWeight: 0.1,
    passes: 1,
  },
  // CNN/DailyMail alone under a BBC floor (no setting that scores BBC below "cov-around" on the training folds): the BBC
  // room "cov-around-refit" finds, spent on CNN/DailyMail instead.
  {
    name: "floor-refit",
    what: '"cov-around", then centrality, overlap, position, fraction, lead, μ and κ refitted on CNN/DailyMail alone, BBC held at the start\'s (2 passes)',
    free: ["centrality", "overlap", "position", "fraction", "lead", "mmr", "coverage"],
    startFrom: "cov-around",
    bbcFloor: true,
    passes: 2,
  },
  { name: "floor-joint", what: '"floor-refit" with every joint weight, μ, κ and α free', free: [...JOINT, "mmr", "coverage", "coverageLength"], startFrom: "cov-around", bbcFloor: true, passes: 2 },
  // Trigram blocking again (the third round measured it on "both-0.1"), now beside coverage and MMR.
  { name: "tri-cov", what: '"cov-around" + trigram blocking beside the cosine check (no refit)', free: [], startFrom: "cov-around", fixed: { trigramBlock: 1 } },
  { name: "tri-cov-only", what: '"cov-around" with trigram blocking instead of the cosine check (no refit)', free: [], startFrom: "cov-around", fixed: { trigramBlock: 1, redundancy: 1.01 } },
  // Another word model (tune.ts --alt-words=W: BBC's words weighted W; --alt-without: features left out), with coverage's
  // κ and α refitted on it as "cov-around" was, and the refit after it.
  { name: "cov-around-alt", what: '"cov-around" reading the alternative word model (--alt-words)', free: ["coverage"], outer: "coverageLength", startFrom: "mmr", bbcWeight: 0.1, wordSet: 1 },
  {
    name: "alt-refit",
    what: '"cov-around-alt", then centrality, overlap, position, fraction, lead, μ and κ refitted (1 pass): against "cov-around-refit"',
    free: ["centrality", "overlap", "position", "fraction", "lead", "mmr", "coverage"],
    startFrom: "cov-around-alt",
    bbcWeight: 0.1,
    passes: 1,
    wordSet: 1,
  },
  ...[1, 2].flatMap((passes): Variant[] => {
    const refit: Param[] = ["centrality", "overlap", "position", "fraction", "lead", "mmr"];
    const suffix = passes === 1 ? "" : `-${passes}`;
    return [
      { name: `cov-ctl${suffix}`, what: `"cov", then centrality, overlap, position, fraction, lead and μ refitted (${passes} pass${passes > 1 ? "es" : ""})`, free: ["coverage", "coverageLength", ...refit], startFrom: "mmr", bbcWeight: 0.1, passes },
      { name: `ctl-mmr${suffix}`, what: `the same without coverage: the control of "cov-ctl${suffix}"`, free: refit, startFrom: "mmr", bbcWeight: 0.1, passes },
    ];
  }),
  ...[0.05, 0.1].map((mmr): Variant => ({ name: `mmr-${mmr}`, what: `"both-0.1" + MMR at μ = ${mmr} (no refit)`, free: [], startFrom: "both-0.1", fixed: { mmr } })),
  {
    name: "mmr-floor",
    what: '"mmr" with no loss of BBC on the training folds allowed',
    free: ["mmr", "redundancy"],
    startFrom: "both-0.1",
    bbcWeight: 0.1,
    bbcFloor: true,
  },
  {
    name: "mmr-floor-c",
    what: '"mmr-floor" with centrality, overlap, position and fraction free too',
    free: ["mmr", "redundancy", "centrality", "overlap", "position", "fraction"],
    startFrom: "both-0.1",
    bbcWeight: 0.1,
    bbcFloor: true,
  },
  ...[0.1, 0].map((bbcWeight): Variant => ({
    name: bbcWeight > 0 ? "mmr-around" : "mmr-around-cnn",
    what:
      bbcWeight > 0
        ? '"mmr-floor-c" fitted for each μ in turn (μ and one other weight move together)'
        : '"mmr-around" on CNN/DailyMail gain alone, BBC held at the start\'s on the training folds',
    free: ["redundancy", "centrality", "overlap", "position", "fraction"],
    outer: "mmr",
    startFrom: "both-0.1",
    bbcWeight,
    bbcFloor: true,
    passes: 1,
  })),
  ...[[], [{ position: 0.5, positionScale: 4 }, { centrality: 0.3, overlap: 0.2 }]].map(
    (restarts: Partial<RankWeights>[]): Variant => ({
      name: restarts.length > 0 ? "restarts" : "both-0.1-more",
      what:
        restarts.length > 0
          ? '"both-0.1-more" from three starts: the fit, the fit more lead-heavy (position 0.5, scale 4), more central (centrality 0.3, overlap 0.2)'
          : '"both-0.1", then one more pass over every joint weight (coarse grid)',
      free: JOINT,
      startFrom: "both-0.1",
      bbcWeight: 0.1,
      passes: 1,
      restarts,
    }),
  ),
  { name: "mmr-joint", what: '"mmr", then every joint weight and μ refitted (2 passes, coarse grid)', free: [...JOINT, "mmr"], startFrom: "mmr", bbcWeight: 0.1, passes: 2 },
  { name: "both-0.1-fine", what: '"both-0.1", then 2 more passes over the fine grid (no new part)', free: JOINT, startFrom: "both-0.1", bbcWeight: 0.1, fine: true, passes: 2 },
  ...[0.05, 0.075].map((bbcWeight): Variant => ({
    name: `mmr-joint-${bbcWeight}`,
    what: `"mmr-joint" with CNN + ${bbcWeight} × BBC`,
    free: [...JOINT, "mmr"],
    startFrom: "mmr",
    bbcWeight,
    passes: 2,
  })),
  { name: "all-fwd-mmr", what: '"all-fwd" with μ free (CNN/DailyMail alone, from the hand-set weights)', free: [...BOTH, "forward", "mmr"], fine: true },
  {
    name: "both-mmr-0.1",
    what: '"both-0.1" with μ free: "all-fwd-mmr" refitted on CNN + 0.1 × BBC',
    free: [...JOINT, "mmr"],
    startFrom: "all-fwd-mmr",
    passes: 2,
    bbcWeight: 0.1,
  },
  // Fourth round: three parts keyed on the kind of story (shortOverlap, longPosition, offLeadOverlap) were screened
  // from "mmr" at λ 0 to 1 beside the same refit without them ("story-*" and "story-ctl-*": commit fb5d024,
  // docs/ranking.md) and dropped: their gain was a switch on the source in disguise.
  ...[0.1, 0.05].map((bbcWeight): Variant => ({
    name: bbcWeight === 0.1 ? "mmr-fine" : `mmr-fine-${bbcWeight}`,
    what: `"mmr", then every joint weight and μ refitted over the fine grid (2 passes), CNN + ${bbcWeight} × BBC`,
    free: [...JOINT, "mmr"],
    startFrom: "mmr",
    bbcWeight,
    fine: true,
    passes: 2,
  })),
];

/**
 * What the fit maximises on one corpus: the gain over Lead-3 in ROUGE-1, plus half the gains in ROUGE-2 and ROUGE-L,
 * so ROUGE-1 (the Done-when measure) leads and the other two are not bought away for it.
 */
export type Objective = (gain: Triple) => number;
export const OBJECTIVE: Objective = ([d1, d2, dl]) => d1 + 0.5 * (d2 + dl);

/**
 * The articles a fit reads: CNN/DailyMail always, BBC when the variant gives it a weight. The objective is
 * goal(CNN gain) + bbcWeight × goal(BBC gain): one ranking for both, and bbcWeight says how much BBC points are worth
 * in CNN/DailyMail points (BBC gains are about ten times larger, so a weight of 1 would let BBC decide alone).
 */
export interface Corpora {
  cnn: readonly Prepared[];
  bbc: readonly Prepared[];
}

interface FitOptions {
  passes: number;
  goal: Objective;
  fine: boolean;
  bbcWeight: number;
  /** The lowest BBC goal a setting may score before it is penalised (Variant.bbcFloor); -Infinity: none. */
  bbcFloor: number;
}

/** A BBC shortfall below the floor costs ten times its size: far more than any CNN/DailyMail gain it could buy. */
const FLOOR_PENALTY = 10;

function objectiveOf(corpora: Corpora, { goal, bbcWeight, bbcFloor }: FitOptions): (w: RankWeights) => number {
  return (w) => {
    const bbc = bbcWeight > 0 || bbcFloor > -Infinity ? goal(delta(measure(corpora.bbc, w))) : 0;
    return goal(delta(measure(corpora.cnn, w))) + bbcWeight * bbc - FLOOR_PENALTY * Math.max(0, bbcFloor - bbc);
  };
}

/** Coordinate ascent over the grid, in a fixed order; a value replaces the current one only if strictly better. */
export function fit(corpora: Corpora, start: RankWeights, free: readonly Param[], options: FitOptions): RankWeights {
  const objective = objectiveOf(corpora, options);
  const grid = (param: Param) => (options.fine && PART_NAMES.includes(param as PartName) ? FINE_PART_GRID : GRID[param]);
  const first = { ...start };
  return coordinateAscent(first, objective(first), {
    coordinates: free.map((param) => [param, grid(param)]),
    // The value it has already would only score the same: not tried.
    move: (w, name, value) => (value === w[name as Param] ? undefined : { ...w, [name]: value }),
    score: objective,
    better: (a, b) => a > b + 1e-9,
    passes: options.passes,
  }).weights;
}

/**
 * For each value of `outer` on its grid, the other free weights fitted with it held: a move of two weights at once
 * (say μ up and overlap up), which coordinate ascent under a floor cannot make one weight at a time. The best
 * objective wins; ties go to the earlier grid value.
 */
function fitAround(corpora: Corpora, start: RankWeights, outer: Param, free: readonly Param[], options: FitOptions): RankWeights {
  const objective = objectiveOf(corpora, options);
  let best = start;
  let bestScore = -Infinity;
  for (const value of GRID[outer]) {
    const weights = fit(corpora, { ...start, [outer]: value }, free, options);
    const s = objective(weights);
    if (s > bestScore + 1e-9) {
      best = weights;
      bestScore = s;
    }
  }
  return best;
}

export interface FoldResult {
  /** nutgraf − Lead-3 on the held-out fold of each corpus. */
  gain: Triple;
  bbcGain: Triple;
  /** nutgraf's own R-1 on the held-out BBC fold. */
  bbcR1: number;
  /** The weights fitted on the other folds. */
  weights: RankWeights;
}

/** Fits already made, by variant and training set: a joint fit starts from the CNN/DailyMail fit of the same folds. */
const fitted = new Map<string, RankWeights>();
let fitsFile: string | undefined;

/**
 * Reads the fits an earlier run saved in `file` and saves every new fit there (tune.ts --fits=FILE). Every fit is
 * deterministic, so a fit read back is the one refitting would give, without its minutes; a start such as "all-fwd"
 * is then fitted once for every variant starting from it. Delete the file when the signals or the selection change.
 */
export function useFitsFile(file: string): void {
  fitsFile = file;
  if (!existsSync(file)) return;
  const saved = JSON.parse(readFileSync(file, "utf8")) as Record<string, Partial<RankWeights>>;
  for (const [key, weights] of Object.entries(saved)) fitted.set(key, { ...LEGACY_WEIGHTS, ...weights });
}

/** The first of the highest objective. */
function bestOf(objective: (w: RankWeights) => number, fits: RankWeights[]): RankWeights {
  const scores = fits.map(objective);
  return fits[scores.indexOf(Math.max(...scores))]!;
}

/** The variant's own fit: its start, grid, passes and objective. `key` names the training set (a fold, or "all"). */
export function fitVariant(corpora: Corpora, variant: Variant, key = "all"): RankWeights {
  // The word-importance model of the same training articles: the fit and the held-out scores after it read it.
  const words = () => useWordModel(key === "all" ? "all" : Number(key.slice("fold ".length)), variant.wordSet ?? 0);
  words();
  const memo = fitted.get(`${variant.name}/${key}`);
  if (memo) return memo;
  const base = variant.startFrom ? fitVariant(corpora, VARIANTS.find((v) => v.name === variant.startFrom)!, key) : LEGACY_WEIGHTS;
  words(); // the start's fit may have read other word models
  const start = { ...base, ...variant.fixed };
  const goal = variant.goal ?? OBJECTIVE;
  const options: FitOptions = {
    passes: variant.passes ?? (variant.fine ? 3 : 2),
    goal,
    fine: variant.fine ?? false,
    bbcWeight: variant.bbcWeight ?? 0,
    bbcFloor: variant.bbcFloor ? goal(delta(measure(corpora.bbc, start))) - 1e-9 : -Infinity,
  };
  const fitFrom = (from: RankWeights) =>
    variant.outer ? fitAround(corpora, from, variant.outer, variant.free, options) : fit(corpora, from, variant.free, options);
  const weights = variant.free.length === 0 ? start : bestOf(objectiveOf(corpora, options), [start, ...(variant.restarts ?? []).map((r) => ({ ...start, ...r }))].map(fitFrom));
  fitted.set(`${variant.name}/${key}`, weights);
  if (fitsFile) writeFileSync(fitsFile, `${JSON.stringify(Object.fromEntries(fitted), null, 1)}\n`);
  return weights;
}

/**
 * For each of the 5 folds: fits the variant's free weights on the other 4 folds of each corpus (hash folds of the ids,
 * foldOf) and scores the held-out fold of each. BBC is held out the same way whether or not the fit reads it.
 */
export function crossValidate(corpora: Corpora, variant: Variant, folds: readonly number[] = [0, 1, 2, 3, 4]): FoldResult[] {
  return folds.map((fold) => {
    const train = { cnn: corpora.cnn.filter((a) => a.fold !== fold), bbc: corpora.bbc.filter((a) => a.fold !== fold) };
    const weights = fitVariant(train, variant, `fold ${fold}`);
    const bbc = measure(corpora.bbc.filter((a) => a.fold === fold), weights);
    const cnnGain = delta(measure(corpora.cnn.filter((a) => a.fold === fold), weights));
    console.error(`${variant.name} fold ${fold}: CNN Δ ${cnnGain.map((x) => x.toFixed(2)).join(" ")}, BBC R-1 ${bbc.ours[0].toFixed(2)} ${JSON.stringify(weights)}`);
    return { gain: delta(measure(corpora.cnn.filter((a) => a.fold === fold), weights)), bbcGain: delta(bbc), bbcR1: bbc.ours[0], weights };
  });
}


/**
 * Each article's ROUGE-1 (percent) under the variant fitted on the folds it is not in: the held-out pick of every
 * article of the corpus, in file order, so two variants can be compared article by article (tune.ts --against).
 */
export function heldOutR1(corpora: Corpora, variant: Variant, corpus: keyof Corpora): number[] {
  const out: number[] = new Array<number>(corpora[corpus].length);
  for (let fold = 0; fold < 5; fold++) {
    const train = { cnn: corpora.cnn.filter((a) => a.fold !== fold), bbc: corpora.bbc.filter((a) => a.fold !== fold) };
    const weights = fitVariant(train, variant, `fold ${fold}`);
    const at = corpora[corpus].flatMap((a, i) => (a.fold === fold ? [i] : []));
    scoresOf(at.map((i) => corpora[corpus][i]!), weights).forEach((t, k) => (out[at[k]!] = 100 * t[0]));
  }
  return out;
}

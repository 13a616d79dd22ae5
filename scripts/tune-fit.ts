// The fitting half of scripts/tune.ts: the grid, the variants tried, coordinate ascent and cross-validation.
import { LEGACY_WEIGHTS, PART_NAMES, type PartName, type RankWeights } from "#brief/rank.ts";
import { delta, FOLDS, measure, type Prepared, type Triple } from "#scripts/tune-data.ts";

export type Param = keyof RankWeights;

const PART_GRID = [-0.3, -0.1, 0, 0.05, 0.1, 0.2, 0.3, 0.5, 0.8];
/** The finer steps the full model is fitted over (the single-part variants use the coarse grid: 2 cores, shared). */
const FINE_PART_GRID = [-0.5, -0.3, -0.2, -0.1, -0.05, 0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.8];
export const GRID: Record<Param, number[]> = {
  centrality: PART_GRID, position: PART_GRID, headline: PART_GRID, figures: PART_GRID, length: PART_GRID,
  pagerank: PART_GRID, centroid: PART_GRID, paragraph: PART_GRID, words: PART_GRID, quote: PART_GRID,
  entities: PART_GRID, lead: PART_GRID, opening: PART_GRID, anaphora: PART_GRID,
  positionScale: [1, 2, 4, 8, 16],
  longWords: [20, 25, 30, 40],
  wordsCap: [20, 30, 40, 60],
  redundancy: [0.2, 0.3, 0.35, 0.5, 1.01],
  wordBudget: [0, 20, 25, 30, 40],
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
}

const LEGACY: Param[] = ["centrality", "position", "headline", "figures", "length", "positionScale", "longWords", "redundancy"];
const ALL: Param[] = [...LEGACY, "pagerank", "centroid", "paragraph", "quote", "entities", "lead", "opening", "anaphora", "words", "wordsCap", "wordBudget"];
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
];

/**
 * What the fit maximises: the gain over Lead-3 in ROUGE-1, plus half the gains in ROUGE-2 and ROUGE-L, so ROUGE-1
 * (the Done-when measure) leads and the other two are not bought away for it.
 */
export type Objective = (gain: Triple) => number;
export const OBJECTIVE: Objective = ([d1, d2, dl]) => d1 + 0.5 * (d2 + dl);

/** Coordinate ascent over the grid, in a fixed order; a value replaces the current one only if strictly better. */
export function fit(articles: readonly Prepared[], start: RankWeights, free: readonly Param[], passes = 2, goal: Objective = OBJECTIVE, fine = false): RankWeights {
  const objective = (w: RankWeights) => goal(delta(measure(articles, w)));
  let best = { ...start };
  let bestScore = objective(best);
  for (let pass = 0; pass < passes; pass++) {
    let improved = false;
    for (const param of free) {
      for (const value of fine && PART_NAMES.includes(param as PartName) ? FINE_PART_GRID : GRID[param]) {
        if (value === best[param]) continue;
        const trial = { ...best, [param]: value };
        const s = objective(trial);
        if (s > bestScore + 1e-9) {
          best = trial;
          bestScore = s;
          improved = true;
        }
      }
    }
    if (!improved) break;
  }
  return best;
}

export interface FoldResult {
  /** nutgraf − Lead-3 on the held-out fold. */
  gain: Triple;
  /** The weights fitted on the other folds. */
  weights: RankWeights;
}

/** Fits the variant's free weights on 4 folds and scores the fifth, for each fold in turn. */
/** The variant's own fit: its grid, passes and objective. */
export const fitVariant = (articles: readonly Prepared[], variant: Variant): RankWeights =>
  variant.free.length === 0
    ? { ...LEGACY_WEIGHTS, ...variant.fixed }
    : fit(articles, { ...LEGACY_WEIGHTS, ...variant.fixed }, variant.free, variant.fine ? 3 : 2, variant.goal, variant.fine);

export function crossValidate(articles: readonly Prepared[], variant: Variant): FoldResult[] {
  const out: FoldResult[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const train = articles.filter((a) => a.fold !== fold);
    const test = articles.filter((a) => a.fold === fold);
    const weights = fitVariant(train, variant);
    out.push({ gain: delta(measure(test, weights)), weights });
  }
  return out;
}

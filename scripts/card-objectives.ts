/**
 * The objectives the card's fitting scripts maximise, written once so that cv-card.ts refits each fold with the very
 * objective of the fit it checks: `goldObjective` is fit-figures.ts' (the figures gold alone, how the shipped weights
 * were fitted), `jointObjective` fit-card.ts' (highlight recall + λ × gold key recall; not kept). Both read only the
 * gold items marked `tune`: the tune half in the fitting scripts, the training folds in cv-card.ts.
 */
import { pickFigures } from "#brief/figures/card/card.ts";
import { DEFAULT_FIGURES } from "#brief/figures/card/figure.ts";
import type { CardWeights } from "#brief/figures/card/weights.ts";
import { toScorable } from "#eval/figures-eval.ts";
import { emptyCounts, type FigureCounts, scoreCard } from "#eval/figures-score.ts";
import { newsFirst, seedHolds } from "#scripts/figures-constraints.ts";
import { type GoldItem, type HlArticle, scoreWeights } from "#scripts/figures-fit-data.ts";

/** The default card (or a card of `limit`) of every gold item, scored against the gold. */
export function scoreGold(items: readonly GoldItem[], w: CardWeights, limit = DEFAULT_FIGURES): FigureCounts {
  const c = emptyCounts();
  for (const it of items) scoreCard(it.gold, toScorable(pickFigures(it.candidates, it.sentences.length, limit, w), it.sentences), c);
  return c;
}

/**
 * fit-figures.ts' objective on the `tune` items: key figures on the card first; a junk figure (a year, date, age… per
 * the gold) costs more than a key figure gains, as the issue wants none; then key figures a card of seven holds (a key
 * figure ranked 6th is closer than one ranked 12th, which makes the search less blind on a small gold); then right
 * labels. -Infinity when the seed's core figures or news-before-trivia break.
 */
export function goldObjective(items: readonly GoldItem[], w: CardWeights): number {
  if (!seedHolds(w) || !newsFirst(w)) return -Infinity;
  const tune = items.filter((it) => it.tune);
  const five = scoreGold(tune, w);
  const seven = scoreGold(tune, w, 7);
  return five.keyRecalled * 1000 - five.junk * 1500 + seven.keyRecalled * 100 - seven.junk * 50 + five.labelRight;
}

export interface JointOptions {
  lambda: number;
  /** Without figures-constraints.ts (fit-card --free: what they cost). */
  free?: boolean;
  /** fit-card --guard: the `tune` gold items keep at least these key figures in a card of five and of seven. */
  floor?: { five: number; seven: number };
}

/**
 * fit-card.ts' objective and its tie-breaks (compared in order by `lexBetter`): same-fact highlight recall on the `tune`
 * highlight articles (%) + λ × key recall of the `tune` gold items (%), then highlight recall by value, then key figures
 * in a card of seven. Undefined when a hard constraint breaks: a junk figure or a wrong value on the `tune` gold, the
 * seed, news before trivia, or the guard's floor.
 */
export function jointObjective(hl: readonly HlArticle[], gold: readonly GoldItem[], w: CardWeights, o: JointOptions): number[] | undefined {
  if (o.free !== true && (!seedHolds(w) || !newsFirst(w))) return undefined;
  const r = scoreWeights(hl, gold, w, "tune");
  const g = r.gold.tune;
  if (g.junk > 0 || g.valueRight < g.matched) return undefined;
  if (o.floor !== undefined && (g.keyRecalled < o.floor.five || r.seven.tune < o.floor.seven)) return undefined;
  const facts = (100 * r.hl.tune.fact) / r.hl.tune.n;
  const key = (100 * g.keyRecalled) / g.keyFacts;
  return [facts + o.lambda * key, r.hl.tune.mine, r.seven.tune];
}

/** fit-card.ts' comparison: with a minimum gain, the first score must rise by it; else any strict rise, in order. */
export const lexBetter =
  (minGain: number) =>
  (a: readonly number[], b: readonly number[]): boolean => {
    if (minGain > 0) return (a[0] ?? 0) - (b[0] ?? 0) >= minGain;
    for (let i = 0; i < a.length; i++) {
      const d = (a[i] ?? 0) - (b[i] ?? 0);
      if (Math.abs(d) > 1e-9) return d > 0;
    }
    return false;
  };

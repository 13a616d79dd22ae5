/**
 * The one search every fitting script runs (the card's weights in fit-card.ts, fit-figures.ts and fit-highlights.ts;
 * the ranking's in tune-fit.ts): coordinate ascent over fixed grids. Each coordinate in turn, each value of its grid
 * tried from the best weights so far; a trial is kept only when it is better than the best, so ties keep the earlier
 * value and the search stays where it starts when nothing is better. Passes repeat until one moves nothing or
 * `passes` have run. Deterministic: the order is the coordinates' and their grids'.
 */

export interface Ascent<W, S> {
  /** Each coordinate's name and the values tried for it, in the order tried. */
  coordinates: readonly (readonly [name: string, values: readonly number[]])[];
  /** The weights with one coordinate set to a value; undefined skips the trial (say, the value it already has). */
  move: (weights: W, name: string, value: number) => W | undefined;
  /** The trial's score; undefined when it breaks a hard constraint (never kept). */
  score: (weights: W) => S | undefined;
  /** Whether score `a` beats the best so far, `b`. */
  better: (a: S, b: S) => boolean;
  passes: number;
  /** Told of every move kept (1-based pass), for a script that prints its path. */
  onMove?: (pass: number, name: string, value: number, score: S) => void;
}

/** The best weights found from `start`, whose score is `startScore`, with their score. */
export function coordinateAscent<W, S>(start: W, startScore: S, ascent: Ascent<W, S>): { weights: W; score: S } {
  let best = start;
  let bestScore = startScore;
  for (let pass = 0; pass < ascent.passes; pass++) {
    let improved = false;
    for (const [name, values] of ascent.coordinates) {
      for (const value of values) {
        const trial = ascent.move(best, name, value);
        if (trial === undefined) continue;
        const s = ascent.score(trial);
        if (s === undefined || !ascent.better(s, bestScore)) continue;
        [best, bestScore, improved] = [trial, s, true];
        ascent.onMove?.(pass + 1, name, value, s);
      }
    }
    if (!improved) break;
  }
  return { weights: best, score: bestScore };
}

// One sentence's score: its parts from the measured signals, and Σ weight·part, the one definition of a score shared
// by the ranker and the tuner; split from rank.ts so the arithmetic reads apart from selection.
import type { Signals } from "#brief/rank-features.ts";
import { PART_NAMES, type ScoreParts } from "#brief/rank/parts.ts";
import type { RankWeights } from "#brief/rank/weights.ts";

/** Scores are rounded so that output is byte-identical even if a platform's last floating-point bit differs. */
export const round = (x: number): number => Math.round(x * 1e6) / 1e6;
/** More than round() can add to a value (half a unit of its sixth decimal), and than float error in the coverage term. */
export const ROUND_SLACK = 1e-6;

function lengthScore(words: number, long: number): number {
  if (words < 6) return 0;
  if (words < 12) return (words - 5) / 7;
  if (words <= long) return 1;
  return Math.max(0.3, 1 - (words - long) / 40);
}

/** The parts of one sentence under the given shape settings (positionScale, longWords, wordsCap). */
export function scoreParts(s: Signals, weights: RankWeights): ScoreParts {
  return {
    centrality: s.degree,
    position: round(1 / (1 + s.index / weights.positionScale)),
    headline: s.headline,
    figures: s.figures,
    length: round(lengthScore(s.words, weights.longWords)),
    pagerank: s.pagerank,
    centroid: s.centroid,
    paragraph: round(1 / (1 + s.inParagraph)),
    words: round(Math.min(s.words, weights.wordsCap) / weights.wordsCap),
    quote: s.quote,
    entities: s.entities,
    lead: s.lead,
    opening: s.index === 0 ? 1 : 0,
    anaphora: s.anaphora,
    overlap: s.overlap,
    fraction: s.fraction,
    forward: s.forward,
  };
}

/**
 * The parts' values in PART_NAMES order, into `out`: each read by its own property, where a loop over the names read
 * every part by a key the compiler cannot see (a dictionary look-up each, for every sentence of every brief).
 * test/rank-features.test.ts pins it to PART_NAMES.map.
 */
export function partValues<T extends { [k: number]: number }>(p: ScoreParts, out: T): T {
  out[0] = p.centrality;
  out[1] = p.position;
  out[2] = p.headline;
  out[3] = p.figures;
  out[4] = p.length;
  out[5] = p.pagerank;
  out[6] = p.centroid;
  out[7] = p.paragraph;
  out[8] = p.words;
  out[9] = p.quote;
  out[10] = p.entities;
  out[11] = p.lead;
  out[12] = p.opening;
  out[13] = p.anaphora;
  out[14] = p.overlap;
  out[15] = p.fraction;
  out[16] = p.forward;
  return out;
}

/** The part weights in PART_NAMES order. */
export const weightVector = (weights: RankWeights): number[] => PART_NAMES.map((name) => weights[name]);

/**
 * Σ weight·part in PART_NAMES order, rounded: the one definition of a score, shared by the ranker and the tuner (which
 * keeps parts in a flat array, `values[offset …]`, to try thousands of weight settings fast).
 */
export function scoreOf(weights: readonly number[], values: ArrayLike<number>, offset = 0): number {
  let score = 0;
  for (let k = 0; k < weights.length; k++) score += weights[k]! * values[offset + k]!;
  return round(score);
}

export function weightedScore(parts: ScoreParts, weights: RankWeights): number {
  return scoreOf(weightVector(weights), PART_NAMES.map((name) => parts[name]));
}

import { float64Scratch } from "#brief/scratch.ts";
import { SentenceVectors, type Vector } from "#brief/centrality/vectors.ts";

// The similarity graph every centrality reads, laid out flat, and degree centrality, which is the graph's own sums.

/**
 * The vectors with their stems numbered (in order of first appearance) and laid out flat: sentence i's terms are
 * ids[offsets[i] … offsets[i + 1]), in its Map's order. Every centrality's sum adds the same numbers in the same
 * order as the Map-keyed sums it replaced, so each score is the same to the last bit (test/centrality.test.ts checks
 * that against the Map-keyed form); array indexing instead of string-keyed look-ups is what makes PageRank's 30 passes
 * cheap. `total` is Σv, `self[i]` is v_i·v_i and `degree[i]` is v_i·(Σv) − v_i·v_i, which all three centralities use.
 * Those three are scratch (lib/brief/scratch.ts): a graph is read until the next one is made, never kept.
 */
export interface Graph {
  terms: number;
  offsets: Int32Array;
  ids: Int32Array;
  weights: Float64Array;
  total: Float64Array;
  self: Float64Array;
  degree: Float64Array;
}

/** The graph of Map vectors: SentenceVectors.of's flat layout (stems numbered in order of first appearance), summed. */
export function graph(vectors: readonly Vector[]): Graph {
  const { names, offsets, ids, weights } = SentenceVectors.of(vectors);
  return completeGraph(names.length, offsets, ids, weights);
}

const TOTAL = float64Scratch();
const SELF = float64Scratch();
const DEGREE = float64Scratch();

/** The sums every centrality uses (self, total, degree), from the flat layout. */
export function completeGraph(terms: number, offsets: Int32Array, ids: Int32Array, weights: Float64Array): Graph {
  const n = offsets.length - 1;
  const g: Graph = { terms, offsets, ids, weights, total: TOTAL.take(terms), self: SELF.take(n), degree: DEGREE.take(n) };
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = offsets[i]!, end = offsets[i + 1]!; j < end; j++) s += weights[j]! * weights[j]!;
    g.self[i] = s;
  }
  // Σv, the one aggregate the centralities dot with: each weight added as it was when it was multiplied by a weight
  // of 1 first (1·w is w, to the bit), without the array of ones that took.
  const { total } = g;
  for (let i = 0; i < n; i++) {
    for (let j = offsets[i]!, end = offsets[i + 1]!; j < end; j++) total[ids[j]!] = total[ids[j]!]! + weights[j]!;
  }
  for (let i = 0; i < n; i++) g.degree[i] = dotOthers(g, i, total, 1);
  return g;
}

/** v_i·aggregate minus v_i's own contribution (k·v_i·v_i): its similarity to all the other sentences, weighted. */
function dotOthers(g: Graph, i: number, aggregate: Float64Array, ownWeight: number): number {
  let dot = 0;
  for (let j = g.offsets[i]!, end = g.offsets[i + 1]!; j < end; j++) dot += g.weights[j]! * aggregate[g.ids[j]!]!;
  return Math.max(0, dot - ownWeight * g.self[i]!);
}

/**
 * Each value over the largest (and 0). Read in place from a typed array too: copying one out with Array.from walks its
 * iterator, which was half a percent of a brief's profile (every article's degree and PageRank pass through here).
 */
export const scaleToMax = (xs: ArrayLike<number>): number[] => {
  let max = 0;
  for (let i = 0; i < xs.length; i++) max = Math.max(max, xs[i]!);
  const out: number[] = [];
  for (let i = 0; i < xs.length; i++) out.push(max > 0 ? xs[i]! / max : 0);
  return out;
};

/**
 * Degree centrality over cosine similarity (LexRank's continuous form): the sum of a sentence's similarities to all
 * others. With unit vectors that sum is v·(Σv) − v·v, so it costs one pass instead of all pairs, and a
 * 2,000-sentence article ranks as fast as a short one. Scaled so the most central sentence scores 1.
 */
export function degreeCentrality(vectors: readonly Vector[]): number[] {
  return degreeOf(graph(vectors));
}

export const degreeOf = (g: Graph): number[] => scaleToMax(g.degree);

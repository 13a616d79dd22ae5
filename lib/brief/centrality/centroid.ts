import { graph, type Graph } from "#brief/centrality/graph.ts";
import type { Vector } from "#brief/centrality/vectors.ts";

// Each sentence's cosine to the article's centroid.

/** Unit centroid of the article's vectors, and each sentence's cosine to it: "how much of the whole story it says". */
export function centroidSimilarity(vectors: readonly Vector[]): number[] {
  return centroidOf(graph(vectors));
}

export function centroidOf(g: Graph): number[] {
  let norm = 0;
  for (let id = 0; id < g.terms; id++) norm += g.total[id]! * g.total[id]!;
  norm = Math.sqrt(norm);
  // A loop, not Array.from over the typed array (its iterator and a call a sentence, for every article).
  const n = g.degree.length;
  const out = new Array<number>(n).fill(0);
  if (!(norm > 0)) return out;
  const { offsets, ids, weights, total } = g;
  for (let i = 0; i < n; i++) {
    let dot = 0;
    for (let j = offsets[i]!, end = offsets[i + 1]!; j < end; j++) dot += weights[j]! * total[ids[j]!]!;
    out[i] = dot / norm;
  }
  return out;
}

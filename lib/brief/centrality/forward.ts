import { float64Scratch } from "#brief/scratch.ts";
import { graph, scaleToMax, type Graph } from "#brief/centrality/graph.ts";
import type { Vector } from "#brief/centrality/vectors.ts";

// Directed degree centrality: a sentence's similarity to the sentences after it.

/**
 * Directed degree centrality (PacSum, Zheng & Lapata 2019): a sentence's similarity to the sentences after it only.
 * A news story explains its lead in what follows, so the sentences the rest of the story keeps returning to are both
 * early and central; undirected degree cannot tell those from a closing recap. One pass from the end with a running
 * sum of the later vectors, never all pairs. Scaled so the highest scores 1.
 */
export function forwardCentrality(vectors: readonly Vector[]): number[] {
  return forwardOf(graph(vectors));
}

const LATER = float64Scratch();

/** forwardCentrality on the flat layout: the running sum of later vectors is an array by stem id, not a Map. */
export function forwardOf(g: Graph): number[] {
  const n = g.offsets.length - 1;
  const later = LATER.take(g.terms);
  const out = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    const from = g.offsets[i]!;
    const end = g.offsets[i + 1]!;
    // The same products added in the same order as the Map form (a stem not seen yet adds w · 0), so the same bits.
    for (let j = from; j < end; j++) out[i]! += g.weights[j]! * later[g.ids[j]!]!;
    for (let j = from; j < end; j++) later[g.ids[j]!]! += g.weights[j]!;
  }
  return scaleToMax(out);
}

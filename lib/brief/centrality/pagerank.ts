import { float64Scratch } from "#brief/scratch.ts";
import { graph, scaleToMax, type Graph } from "#brief/centrality/graph.ts";
import type { Vector } from "#brief/centrality/vectors.ts";

// PageRank over the cosine graph, one pass over the vectors a step.

export const PAGERANK_DAMPING = 0.85;
/** A fixed number of power iterations rather than a convergence test: the same work, so the same bits, everywhere. */
export const PAGERANK_ITERATIONS = 30;

/**
 * TextRank/LexRank's PageRank over the cosine graph: a sentence is central when sentences that are themselves
 * central resemble it. Each step needs Σ_j w_ij·p_j/deg_j, which is v_i·(Σ_j v_j·p_j/deg_j) minus v_i's own term, so
 * an iteration costs one pass over the vectors like degree centrality, never all pairs. Scaled to max 1.
 */
export function pageRankCentrality(vectors: readonly Vector[]): number[] {
  return pageRankOf(graph(vectors));
}

// PageRank's passes: by term and by sentence, none kept past the call.
const FLOW = float64Scratch();
const RANK = float64Scratch();
const NEXT = float64Scratch();
const SHARE = float64Scratch();

export function pageRankOf(g: Graph): number[] {
  const n = g.degree.length;
  if (n === 0) return [];
  const { degree, offsets, ids, weights, self } = g;
  const flow = FLOW.take(g.terms);
  let rank = RANK.take(n, 1 / n);
  let next = NEXT.take(n);
  const share = SHARE.take(n);
  // The sentences sharing nothing with the rest (degree 0), found once: their rank is summed at every step.
  const isolated: number[] = [];
  for (let i = 0; i < n; i++) if (degree[i]! === 0) isolated.push(i);
  // Each step is completeGraph's Σv with each sentence weighted by its share, then dotOthers a sentence, written out
  // here over the graph's arrays read once: the same products added in the same order, so the same bits (30 steps over
  // every term of every sentence).
  for (let step = 0; step < PAGERANK_ITERATIONS; step++) {
    for (let i = 0; i < n; i++) share[i] = degree[i]! > 0 ? rank[i]! / degree[i]! : 0;
    // A term can be missing from the flow (0): it leaves out sentences that link to nothing.
    flow.fill(0);
    for (let i = 0; i < n; i++) {
      const k = share[i]!;
      if (k === 0) continue;
      for (let j = offsets[i]!, end = offsets[i + 1]!; j < end; j++) {
        const id = ids[j]!;
        flow[id] = flow[id]! + k * weights[j]!;
      }
    }
    // A sentence sharing nothing with the rest (degree 0) would leak its rank; spread it evenly instead.
    let dangling = 0;
    for (const i of isolated) dangling += rank[i]!;
    for (let i = 0; i < n; i++) {
      let dot = 0;
      for (let j = offsets[i]!, end = offsets[i + 1]!; j < end; j++) dot += weights[j]! * flow[ids[j]!]!;
      next[i] = (1 - PAGERANK_DAMPING) / n + PAGERANK_DAMPING * (Math.max(0, dot - share[i]! * self[i]!) + dangling / n);
    }
    [rank, next] = [next, rank];
  }
  return scaleToMax(rank);
}

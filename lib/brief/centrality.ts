/** A sparse unit TF-IDF vector of one sentence: stem → weight. */
export type Vector = Map<string, number>;

/** Unit TF-IDF vectors of content-word stems; idf is the article's own (no corpus statistics to ship). */
export function tfidf(termLists: readonly string[][]): Vector[] {
  const df = new Map<string, number>();
  for (const terms of termLists) for (const t of new Set(terms)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = termLists.length;
  return termLists.map((terms) => {
    const v: Vector = new Map();
    for (const t of terms) v.set(t, (v.get(t) ?? 0) + 1);
    let norm = 0;
    for (const [t, tf] of v) {
      const w = tf * Math.log((n + 1) / (df.get(t)! + 0.5));
      v.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [t, w] of v) v.set(t, w / norm);
    return v;
  });
}

export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small) {
    const other = large.get(t);
    if (other !== undefined) dot += w * other;
  }
  return dot;
}

/** Σ weight·v over the vectors: the one aggregate both centralities below dot every sentence with. */
function weightedSum(vectors: readonly Vector[], weight: (i: number) => number): Vector {
  const total: Vector = new Map();
  vectors.forEach((v, i) => {
    const k = weight(i);
    if (k === 0) return;
    for (const [t, w] of v) total.set(t, (total.get(t) ?? 0) + k * w);
  });
  return total;
}

/** v·aggregate minus v's own contribution (k·v·v): its similarity to all the other sentences, weighted. */
function dotOthers(v: Vector, aggregate: Vector, ownWeight: number): number {
  let dot = 0;
  let self = 0;
  for (const [t, w] of v) {
    // A term can be missing from the aggregate: PageRank's flow leaves out sentences that link to nothing.
    dot += w * (aggregate.get(t) ?? 0);
    self += w * w;
  }
  return Math.max(0, dot - ownWeight * self);
}

const scaleToMax = (xs: number[]): number[] => {
  const max = Math.max(0, ...xs);
  return xs.map((x) => (max > 0 ? x / max : 0));
};

/**
 * Degree centrality over cosine similarity (LexRank's continuous form): the sum of a sentence's similarities to all
 * others. With unit vectors that sum is v·(Σv) − v·v, so it costs one pass instead of all pairs, and a
 * 2,000-sentence article ranks as fast as a short one. Scaled so the most central sentence scores 1.
 */
export function degreeCentrality(vectors: readonly Vector[]): number[] {
  const total = weightedSum(vectors, () => 1);
  return scaleToMax(vectors.map((v) => dotOthers(v, total, 1)));
}

export const PAGERANK_DAMPING = 0.85;
/** A fixed number of power iterations rather than a convergence test: the same work, so the same bits, everywhere. */
export const PAGERANK_ITERATIONS = 30;

/**
 * The vectors with their stems numbered (in order of first appearance) and laid out flat: sentence i's terms are
 * ids[offsets[i] … offsets[i + 1]), in its Map's order, so every sum below adds the same numbers in the same order
 * as the Map-based functions above, to the last bit. PageRank runs 30 passes over them; array indexing instead of
 * string-keyed Map look-ups is what makes those passes cheap.
 */
interface Flat {
  terms: number;
  offsets: Int32Array;
  ids: Int32Array;
  weights: Float64Array;
}

function flatten(vectors: readonly Vector[]): Flat {
  const idOf = new Map<string, number>();
  let size = 0;
  for (const v of vectors) size += v.size;
  const offsets = new Int32Array(vectors.length + 1);
  const ids = new Int32Array(size);
  const weights = new Float64Array(size);
  let k = 0;
  vectors.forEach((v, i) => {
    offsets[i] = k;
    for (const [t, w] of v) {
      let id = idOf.get(t);
      if (id === undefined) {
        id = idOf.size;
        idOf.set(t, id);
      }
      ids[k] = id;
      weights[k] = w;
      k++;
    }
  });
  offsets[vectors.length] = k;
  return { terms: idOf.size, offsets, ids, weights };
}

/** weightedSum over the flat layout, into `total` (cleared first). */
function flatWeightedSum(f: Flat, weight: Float64Array, total: Float64Array): void {
  total.fill(0);
  const n = f.offsets.length - 1;
  for (let i = 0; i < n; i++) {
    const k = weight[i]!;
    if (k === 0) continue;
    for (let j = f.offsets[i]!, end = f.offsets[i + 1]!; j < end; j++) {
      const id = f.ids[j]!;
      total[id] = total[id]! + k * f.weights[j]!;
    }
  }
}

/** dotOthers over the flat layout; `self` is v·v, which never changes between passes. */
function flatDotOthers(f: Flat, i: number, aggregate: Float64Array, ownWeight: number, self: number): number {
  let dot = 0;
  for (let j = f.offsets[i]!, end = f.offsets[i + 1]!; j < end; j++) dot += f.weights[j]! * aggregate[f.ids[j]!]!;
  return Math.max(0, dot - ownWeight * self);
}

/**
 * TextRank/LexRank's PageRank over the cosine graph: a sentence is central when sentences that are themselves
 * central resemble it. Each step needs Σ_j w_ij·p_j/deg_j, which is v_i·(Σ_j v_j·p_j/deg_j) minus v_i's own term, so
 * an iteration costs one pass over the vectors like degree centrality, never all pairs. Scaled to max 1.
 */
export function pageRankCentrality(vectors: readonly Vector[]): number[] {
  const n = vectors.length;
  if (n === 0) return [];
  const f = flatten(vectors);
  const self = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = f.offsets[i]!, end = f.offsets[i + 1]!; j < end; j++) s += f.weights[j]! * f.weights[j]!;
    self[i] = s;
  }
  const aggregate = new Float64Array(f.terms);
  flatWeightedSum(f, new Float64Array(n).fill(1), aggregate);
  const degree = new Float64Array(n);
  for (let i = 0; i < n; i++) degree[i] = flatDotOthers(f, i, aggregate, 1, self[i]!);
  let rank = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  const share = new Float64Array(n);
  for (let step = 0; step < PAGERANK_ITERATIONS; step++) {
    for (let i = 0; i < n; i++) share[i] = degree[i]! > 0 ? rank[i]! / degree[i]! : 0;
    flatWeightedSum(f, share, aggregate);
    // A sentence sharing nothing with the rest (degree 0) would leak its rank; spread it evenly instead.
    let dangling = 0;
    for (let i = 0; i < n; i++) if (degree[i]! === 0) dangling += rank[i]!;
    for (let i = 0; i < n; i++) next[i] = (1 - PAGERANK_DAMPING) / n + PAGERANK_DAMPING * (flatDotOthers(f, i, aggregate, share[i]!, self[i]!) + dangling / n);
    [rank, next] = [next, rank];
  }
  return scaleToMax(Array.from(rank));
}

/** Unit centroid of the article's vectors, and each sentence's cosine to it: "how much of the whole story it says". */
export function centroidSimilarity(vectors: readonly Vector[]): number[] {
  const total = weightedSum(vectors, () => 1);
  let norm = 0;
  for (const w of total.values()) norm += w * w;
  norm = Math.sqrt(norm);
  return vectors.map((v) => (norm > 0 ? cosine(v, total) / norm : 0));
}

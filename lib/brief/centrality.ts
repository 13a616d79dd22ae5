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
 * TextRank/LexRank's PageRank over the cosine graph: a sentence is central when sentences that are themselves
 * central resemble it. Each step needs Σ_j w_ij·p_j/deg_j, which is v_i·(Σ_j v_j·p_j/deg_j) minus v_i's own term, so
 * an iteration costs one pass over the vectors like degree centrality, never all pairs. Scaled to max 1.
 */
export function pageRankCentrality(vectors: readonly Vector[]): number[] {
  const n = vectors.length;
  if (n === 0) return [];
  const total = weightedSum(vectors, () => 1);
  const degree = vectors.map((v) => dotOthers(v, total, 1));
  let rank = new Array<number>(n).fill(1 / n);
  for (let step = 0; step < PAGERANK_ITERATIONS; step++) {
    const share = (i: number) => (degree[i]! > 0 ? rank[i]! / degree[i]! : 0);
    const flow = weightedSum(vectors, share);
    // A sentence sharing nothing with the rest (degree 0) would leak its rank; spread it evenly instead.
    let dangling = 0;
    for (let i = 0; i < n; i++) if (degree[i]! === 0) dangling += rank[i]!;
    rank = vectors.map((v, i) => (1 - PAGERANK_DAMPING) / n + PAGERANK_DAMPING * (dotOthers(v, flow, share(i)) + dangling / n));
  }
  return scaleToMax(rank);
}

/** Unit centroid of the article's vectors, and each sentence's cosine to it: "how much of the whole story it says". */
export function centroidSimilarity(vectors: readonly Vector[]): number[] {
  const total = weightedSum(vectors, () => 1);
  let norm = 0;
  for (const w of total.values()) norm += w * w;
  norm = Math.sqrt(norm);
  return vectors.map((v) => (norm > 0 ? cosine(v, total) / norm : 0));
}

/**
 * Vectors whose dot product is TextRank's word-overlap similarity (Mihalcea & Tarau 2004): the number of content words
 * two sentences share over their lengths' logs. TF-IDF cosine scores a long sentence no closer to the rest than a short
 * one; overlap does, and extracts written by people keep the full, word-rich sentences. TextRank's denominator
 * log|Si| + log|Sj| does not factor into one weight per sentence, so its geometric form 2·√(log|Si|·log|Sj|) is used
 * (equal when the lengths are equal, within 3% for lengths 10 and 40): each distinct stem then weighs
 * 1/√(2·log(1 + |S|)) in its sentence, and degreeCentrality/pageRankCentrality run on these vectors in one pass per
 * step as on TF-IDF. |S| counts every word (the `words` of analyzeTerms); +1 keeps a one-word sentence finite.
 */
export function overlapVectors(termLists: readonly string[][], lengths: readonly number[]): Vector[] {
  return termLists.map((terms, i) => {
    const w = 1 / Math.sqrt(2 * Math.log(1 + Math.max(1, lengths[i]!)));
    const v: Vector = new Map();
    for (const t of terms) v.set(t, w);
    return v;
  });
}

/**
 * Directed degree centrality (PacSum, Zheng & Lapata 2019): a sentence's similarity to the sentences after it only.
 * A news story explains its lead in what follows, so the sentences the rest of the story keeps returning to are both
 * early and central; undirected degree cannot tell those from a closing recap. One pass from the end with a running
 * sum of the later vectors, never all pairs. Scaled so the highest scores 1.
 */
export function forwardCentrality(vectors: readonly Vector[]): number[] {
  const later: Vector = new Map();
  const out = new Array<number>(vectors.length).fill(0);
  for (let i = vectors.length - 1; i >= 0; i--) {
    const v = vectors[i]!;
    for (const [t, w] of v) out[i]! += w * (later.get(t) ?? 0);
    for (const [t, w] of v) later.set(t, (later.get(t) ?? 0) + w);
  }
  return scaleToMax(out);
}

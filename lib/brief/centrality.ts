import { float64Scratch, int32Scratch } from "#brief/scratch.ts";

/** A sparse unit TF-IDF vector of one sentence: stem → weight. */
export type Vector = Map<string, number>;

/** Unit TF-IDF vectors of content-word stems; idf is the article's own (no corpus statistics to ship). */
export function tfidf(termLists: readonly string[][]): Vector[] {
  return tfidfLayout(numberTerms(termLists)).vectors.maps();
}

/**
 * An article's sentence vectors laid out flat: sentence i's terms are ids[offsets[i] … offsets[i + 1]) (into `names`)
 * in its Map form's order, with their weights. The ranker reads cosines (the lead signal, each bullet's redundancy
 * check) straight from this layout: a Map a sentence, filled and then read by string keys, cost more than the
 * centralities' thirty PageRank passes. The Map forms are made only when asked for.
 */
export class SentenceVectors {
  /** A dense copy of one sentence's weights by term id (0 elsewhere), and which sentence it holds (−1: none). */
  private dense: Float64Array | undefined;
  private held = -1;

  constructor(
    readonly names: readonly string[],
    readonly offsets: Int32Array,
    readonly ids: Int32Array,
    readonly weights: Float64Array,
  ) {}

  get length(): number {
    return this.offsets.length - 1;
  }

  /** Sentence i's vector as a Map, stem → weight. */
  vector(i: number): Vector {
    const v: Vector = new Map();
    for (let j = this.offsets[i]!, end = this.offsets[i + 1]!; j < end; j++) v.set(this.names[this.ids[j]!]!, this.weights[j]!);
    return v;
  }

  maps(): Vector[] {
    return Array.from({ length: this.length }, (_, i) => this.vector(i));
  }

  /**
   * cosine(vector(i), vector(j)): the smaller vector's entries in order times the larger's weights, as `cosine` sums
   * them, so the same bits. The larger is spread into a dense array by term id and kept there for the next call (the
   * lead signal compares every sentence with the first).
   */
  cosine(i: number, j: number): number {
    const { offsets, ids, weights } = this;
    const small = offsets[i + 1]! - offsets[i]! <= offsets[j + 1]! - offsets[j]! ? i : j;
    const large = small === i ? j : i;
    const dense = (this.dense ??= new Float64Array(this.names.length));
    if (this.held !== large) {
      if (this.held >= 0) for (let k = offsets[this.held]!, end = offsets[this.held + 1]!; k < end; k++) dense[ids[k]!] = 0;
      for (let k = offsets[large]!, end = offsets[large + 1]!; k < end; k++) dense[ids[k]!] = weights[k]!;
      this.held = large;
    }
    let dot = 0;
    // A term the larger lacks reads 0 there; it is skipped, as the Map form skips a missing key.
    for (let k = offsets[small]!, end = offsets[small + 1]!; k < end; k++) {
      const other = dense[ids[k]!]!;
      if (other !== 0) dot += weights[k]! * other;
    }
    return dot;
  }

  /** The flat layout of Map vectors (tests and hand-built rankings), their stems numbered in order of first appearance. */
  static of(vectors: readonly Vector[]): SentenceVectors {
    const idOf = new Map<string, number>();
    const names: string[] = [];
    let size = 0;
    for (const v of vectors) size += v.size;
    const offsets = new Int32Array(vectors.length + 1);
    const ids = new Int32Array(size);
    const weights = new Float64Array(size);
    let k = 0;
    vectors.forEach((v, i) => {
      offsets[i] = k;
      v.forEach((w, t) => {
        let id = idOf.get(t);
        if (id === undefined) {
          id = names.length;
          idOf.set(t, id);
          names.push(t);
        }
        ids[k] = id;
        weights[k++] = w;
      });
    });
    offsets[vectors.length] = k;
    return new SentenceVectors(names, offsets, ids, weights);
  }
}

/**
 * An article's terms numbered once, in order of first appearance (the numbering every layout below gives its stems),
 * so that TF-IDF and word overlap both lay out from one string look-up a term and count in arrays by id.
 */
export interface NumberedTerms {
  /** Distinct terms, by id. */
  names: string[];
  /** Every term's id, sentence after sentence: sentence i's are at offsets[i] … offsets[i + 1]. */
  ids: Int32Array;
  offsets: Int32Array;
}

export function numberTerms(termLists: readonly string[][]): NumberedTerms {
  const n = termLists.length;
  const idOf = new Map<string, number>();
  const names: string[] = [];
  let size = 0;
  for (const terms of termLists) size += terms.length;
  const ids = new Int32Array(size);
  const offsets = new Int32Array(n + 1);
  let k = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = k;
    for (const t of termLists[i]!) {
      let id = idOf.get(t);
      if (id === undefined) {
        id = names.length;
        idOf.set(t, id);
        names.push(t);
      }
      ids[k++] = id;
    }
  }
  offsets[n] = k;
  return { names, ids, offsets };
}

/**
 * The TF-IDF vectors and the three centralities over them (what the ranker measures), the flat layout filled while
 * the vectors are built: the stems are numbered once, by the document-frequency table, instead of again from the
 * vectors' Maps. Same weights in the same order, so the same numbers as centralities(tfidf(termLists)).
 */
export function tfidfCentralities(termLists: readonly string[][]): { vectors: SentenceVectors; degree: number[]; pagerank: number[]; centroid: number[] } {
  return tfidfCentralitiesOf(numberTerms(termLists));
}

/** tfidfCentralities of terms already numbered (lib/news/terms.ts articleTerms numbers them as numberTerms does). */
export function tfidfCentralitiesOf(numbered: NumberedTerms): { vectors: SentenceVectors; degree: number[]; pagerank: number[]; centroid: number[] } {
  const { vectors, g } = tfidfLayout(numbered);
  return { vectors, degree: degreeOf(g), pagerank: pageRankOf(g), centroid: centroidOf(g) };
}

// tfidfLayout's tables by term and its counts by laid-out term: none outlives the call (lib/brief/scratch.ts).
const COUNT = int32Scratch();
const LAST = int32Scratch();
const TF = int32Scratch();
const TFS = float64Scratch();
const IDF = float64Scratch();

function tfidfLayout({ names, ids: termIds, offsets: termOffsets }: NumberedTerms): { vectors: SentenceVectors; g: Graph } {
  const n = termOffsets.length - 1;
  const terms = names.length;
  // Per id: the sentences holding it, the sentence that last counted it (a term counts once a sentence, without a Set
  // per sentence) and its count there.
  const count = COUNT.take(terms);
  const last = LAST.take(terms, -1);
  const tf = TF.take(terms);
  // Each sentence's distinct terms in order of first appearance (the order its Map keeps) and their counts there,
  // laid out flat: sentence i's are at offsets[i] … offsets[i + 1].
  const offsets = new Int32Array(n + 1);
  const ids = new Int32Array(termIds.length);
  const tfs = TFS.take(termIds.length);
  let k = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = k;
    for (let j = termOffsets[i]!, end = termOffsets[i + 1]!; j < end; j++) {
      const id = termIds[j]!;
      if (last[id] !== i) {
        last[id] = i;
        count[id]!++;
        tf[id] = 1;
        ids[k++] = id;
      } else tf[id]!++;
    }
    for (let j = offsets[i]!; j < k; j++) tfs[j] = tf[ids[j]!]!;
  }
  offsets[n] = k;
  // Each term's idf once, not once per sentence holding it (the same expression, so the same bits).
  const idf = IDF.take(terms);
  for (let id = 0; id < terms; id++) idf[id] = Math.log((n + 1) / (count[id]! + 0.5));
  const weights = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    const from = offsets[i]!;
    const end = offsets[i + 1]!;
    let norm = 0;
    for (let j = from; j < end; j++) {
      const w = tfs[j]! * idf[ids[j]!]!;
      weights[j] = w;
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (let j = from; j < end; j++) weights[j] = weights[j]! / norm;
  }
  const laid = ids.subarray(0, k);
  return { vectors: new SentenceVectors(names, offsets, laid, weights), g: completeGraph(terms, offsets, laid, weights) };
}

export function cosine(a: Vector, b: Vector): number {
  const small = a.size <= b.size ? a : b;
  const large = small === a ? b : a;
  let dot = 0;
  // forEach, not `for (const [t, w] of small)`: no pair array an entry, nor one to pick the smaller (the ranker's lead
  // signal and every bullet's redundancy check pass here). The same products in the same order: the same sum.
  small.forEach((w, t) => {
    const other = large.get(t);
    if (other !== undefined) dot += w * other;
  });
  return dot;
}

/**
 * The vectors with their stems numbered (in order of first appearance) and laid out flat: sentence i's terms are
 * ids[offsets[i] … offsets[i + 1]), in its Map's order. Every sum below adds the same numbers in the same order as
 * the Map-keyed sums it replaced, so each score is the same to the last bit (test/centrality.test.ts checks that
 * against the Map-keyed form); array indexing instead of string-keyed look-ups is what makes PageRank's 30 passes
 * cheap. `total` is Σv, `self[i]` is v_i·v_i and `degree[i]` is v_i·(Σv) − v_i·v_i, which all three centralities use.
 * Those three are scratch (lib/brief/scratch.ts): a graph is read until the next one is made, never kept.
 */
interface Graph {
  terms: number;
  offsets: Int32Array;
  ids: Int32Array;
  weights: Float64Array;
  total: Float64Array;
  self: Float64Array;
  degree: Float64Array;
}

function graph(vectors: readonly Vector[]): Graph {
  const n = vectors.length;
  const idOf = new Map<string, number>();
  let size = 0;
  for (const v of vectors) size += v.size;
  const offsets = new Int32Array(n + 1);
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
  offsets[n] = k;
  return completeGraph(idOf.size, offsets, ids, weights);
}

const TOTAL = float64Scratch();
const SELF = float64Scratch();
const DEGREE = float64Scratch();

/** The sums every centrality uses (self, total, degree), from the flat layout. */
function completeGraph(terms: number, offsets: Int32Array, ids: Int32Array, weights: Float64Array): Graph {
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
const scaleToMax = (xs: ArrayLike<number>): number[] => {
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

const degreeOf = (g: Graph): number[] => scaleToMax(g.degree);

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

function pageRankOf(g: Graph): number[] {
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

/** Unit centroid of the article's vectors, and each sentence's cosine to it: "how much of the whole story it says". */
export function centroidSimilarity(vectors: readonly Vector[]): number[] {
  return centroidOf(graph(vectors));
}

function centroidOf(g: Graph): number[] {
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

/** The three centralities of one article from one numbering of its stems (what the ranker measures). */
export function centralities(vectors: readonly Vector[]): { degree: number[]; pagerank: number[]; centroid: number[] } {
  const g = graph(vectors);
  return { degree: degreeOf(g), pagerank: pageRankOf(g), centroid: centroidOf(g) };
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
const overlapWeight = (length: number): number => 1 / Math.sqrt(2 * Math.log(1 + Math.max(1, length)));

export function overlapVectors(termLists: readonly string[][], lengths: readonly number[]): Vector[] {
  return termLists.map((terms, i) => {
    const w = overlapWeight(lengths[i]!);
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
  return forwardOf(graph(vectors));
}

const LATER = float64Scratch();

/** forwardCentrality on the flat layout: the running sum of later vectors is an array by stem id, not a Map. */
function forwardOf(g: Graph): number[] {
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

/**
 * degreeCentrality and forwardCentrality of overlapVectors(termLists, lengths), from one flat layout built straight
 * from the term lists: no Map per sentence and no second numbering of the stems. Each sentence's distinct stems keep
 * their order of first appearance (the Map's order), so every sum is the one the Map forms compute.
 */
export function overlapCentralities(termLists: readonly string[][], lengths: readonly number[]): { degree: number[]; forward: number[] } {
  return overlapCentralitiesOf(numberTerms(termLists), lengths);
}

// The word-overlap layout: read by its graph alone, within the call.
const LAST_IN = int32Scratch();
const OVERLAP_OFFSETS = int32Scratch();
const OVERLAP_IDS = int32Scratch();
const OVERLAP_WEIGHTS = float64Scratch();

/** overlapCentralities of terms already numbered, with each sentence's word count. */
export function overlapCentralitiesOf({ names, ids: termIds, offsets: termOffsets }: NumberedTerms, lengths: readonly number[]): { degree: number[]; forward: number[] } {
  const n = termOffsets.length - 1;
  // The last sentence each term was laid out for: a term repeated in a sentence is laid out once, as Map.set keeps it.
  const lastIn = LAST_IN.take(names.length, -1);
  const offsets = OVERLAP_OFFSETS.take(n + 1);
  const ids = OVERLAP_IDS.take(termIds.length);
  const weights = OVERLAP_WEIGHTS.take(termIds.length);
  let k = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = k;
    const w = overlapWeight(lengths[i]!);
    for (let j = termOffsets[i]!, end = termOffsets[i + 1]!; j < end; j++) {
      const id = termIds[j]!;
      if (lastIn[id] === i) continue;
      lastIn[id] = i;
      ids[k] = id;
      weights[k] = w;
      k++;
    }
  }
  offsets[n] = k;
  const g = completeGraph(names.length, offsets, ids.subarray(0, k), weights.subarray(0, k));
  return { degree: degreeOf(g), forward: forwardOf(g) };
}

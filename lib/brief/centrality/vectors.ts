// Sentence vectors, in the Map form tests and hand-built rankings use and flat as the ranker reads them, and the
// cosine between two.

/** A sparse unit TF-IDF vector of one sentence: stem → weight. */
export type Vector = Map<string, number>;

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

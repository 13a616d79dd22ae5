import { float64Scratch, int32Scratch } from "#brief/scratch.ts";
import { completeGraph, degreeOf } from "#brief/centrality/graph.ts";
import { forwardOf } from "#brief/centrality/forward.ts";
import { numberTerms, type NumberedTerms } from "#brief/centrality/terms.ts";
import type { Vector } from "#brief/centrality/vectors.ts";

// TextRank's word-overlap similarity as vectors, and the degree and forward centralities over it.

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

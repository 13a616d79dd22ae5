import { float64Scratch, int32Scratch } from "#brief/scratch.ts";
import { centroidOf } from "#brief/centrality/centroid.ts";
import { completeGraph, degreeOf, graph, type Graph } from "#brief/centrality/graph.ts";
import { pageRankOf } from "#brief/centrality/pagerank.ts";
import { numberTerms, type NumberedTerms } from "#brief/centrality/terms.ts";
import { SentenceVectors, type Vector } from "#brief/centrality/vectors.ts";

// TF-IDF sentence vectors and the three centralities the ranker measures over them (degree, PageRank, centroid).

/** Unit TF-IDF vectors of content-word stems; idf is the article's own (no corpus statistics to ship). */
export function tfidf(termLists: readonly string[][]): Vector[] {
  return tfidfLayout(numberTerms(termLists)).vectors.maps();
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

/** The three centralities of one article from one numbering of its stems (what the ranker measures). */
export function centralities(vectors: readonly Vector[]): { degree: number[]; pagerank: number[]; centroid: number[] } {
  const g = graph(vectors);
  return { degree: degreeOf(g), pagerank: pageRankOf(g), centroid: centroidOf(g) };
}

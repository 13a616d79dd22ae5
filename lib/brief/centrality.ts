// Sentence centrality, what callers import: TF-IDF and word-overlap vectors and the centralities the ranker measures
// over them. The code lives in lib/brief/centrality/ (one concept a file, see its README.md); this path stays the one
// callers use.
export { cosine, SentenceVectors, type Vector } from "#brief/centrality/vectors.ts";
export { numberTerms, type NumberedTerms } from "#brief/centrality/terms.ts";
export { degreeCentrality } from "#brief/centrality/graph.ts";
export { PAGERANK_DAMPING, PAGERANK_ITERATIONS, pageRankCentrality } from "#brief/centrality/pagerank.ts";
export { centroidSimilarity } from "#brief/centrality/centroid.ts";
export { forwardCentrality } from "#brief/centrality/forward.ts";
export { centralities, tfidf, tfidfCentralities, tfidfCentralitiesOf } from "#brief/centrality/tfidf.ts";
export { overlapCentralities, overlapCentralitiesOf, overlapVectors } from "#brief/centrality/overlap.ts";

// The parts a sentence's score is made of (ScoreParts, PART_NAMES) and a scored sentence: the vocabulary every other
// file of the ranking speaks, split from rank.ts so the list of parts reads on its own.
/**
 * Each part of a sentence's score, in [0, 1] before weighting; shown to editors as "why this sentence". The first five
 * are the original parts (kept for `brief --json` readers); the rest were added with the cross-validated ranking.
 */
export interface ScoreParts {
  /** LexRank-style degree centrality: how much of the article this sentence says. */
  centrality: number;
  /** Lead bias: news puts what matters first. */
  position: number;
  /** Share of the headline's content words the sentence repeats. */
  headline: number;
  /** Whether it carries figures (numbers that count something). */
  figures: number;
  /** 1 for a full-sized news sentence, lower for fragments and run-ons. */
  length: number;
  /** TextRank/LexRank PageRank centrality over the same similarity graph. */
  pagerank: number;
  /** Similarity to the article's centroid. */
  centroid: number;
  /** First sentence of its paragraph 1, second 1/2, …: a paragraph opens with its point. */
  paragraph: number;
  /** Length in words, linear up to `wordsCap`: BBC-style extracts reward full, long sentences. */
  words: number;
  /** 1 for a quotation. */
  quote: number;
  /** Density of capitalised words (names, places). */
  entities: number;
  /** Similarity to the lead sentence. */
  lead: number;
  /** 1 for the article's first sentence: lets the fit set the lead apart from the smooth position decay. */
  opening: number;
  /** 1 when it opens with a pronoun or connective, leaning on the sentence before. */
  anaphora: number;
  /** Degree centrality over TextRank's word overlap: central and word-rich, what people keep when they cut a story down. */
  overlap: number;
  /** 1 − index / sentences: position as a share of the story rather than a count of sentences. */
  fraction: number;
  /** Word overlap with the sentences after it (PacSum's directed centrality): early and central at once. */
  forward: number;
}

export type PartName = keyof ScoreParts;
export const PART_NAMES: readonly PartName[] = [
  "centrality", "position", "headline", "figures", "length", "pagerank", "centroid", "paragraph", "words", "quote", "entities", "lead", "opening", "anaphora", "overlap", "fraction", "forward",
];

/** Every part at 0: a base for hand-built bullets (tests, stand-ins) so they list the parts a real one has. */
export const ZERO_PARTS: Readonly<ScoreParts> = Object.freeze(
  Object.fromEntries(PART_NAMES.map((name) => [name, 0])) as Record<PartName, number>,
);

export interface RankedSentence {
  index: number;
  score: number;
  parts: ScoreParts;
}

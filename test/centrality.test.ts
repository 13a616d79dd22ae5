import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { pairedBootstrap } from "#eval/bootstrap.ts";
import {
  centralities,
  centroidSimilarity,
  cosine,
  degreeCentrality,
  forwardCentrality,
  overlapCentralities,
  overlapVectors,
  PAGERANK_DAMPING,
  PAGERANK_ITERATIONS,
  pageRankCentrality,
  tfidf,
  tfidfCentralities,
  type Vector,
} from "#brief/centrality.ts";
import { exampleSentences, parseEvalJsonl } from "#eval/evaluate.ts";
import { parseWireText } from "#news/article.ts";
import { oracleSummary } from "#eval/peers.ts";
import { rouge } from "#eval/rouge.ts";
import { articleSentences } from "#news/sentences.ts";
import { analyzeTerms, contentTerms } from "#news/terms.ts";

const texts = [
  "Floods hit the northern valley after three days of heavy rain.",
  "Rescuers said the floods forced hundreds of families from the valley.",
  "The heavy rain is expected to ease by Friday, forecasters said.",
  "A football match in the capital was postponed.",
  "Families in the valley returned to damaged homes as the floods receded.",
];
const vectors = tfidf(texts.map(contentTerms));

// ---------------------------------------------------------------------------------------------------------------
// An independent reference: the textbook forms, all pairs and a dense matrix, sharing nothing with centrality.ts but
// its two published constants (PageRank's damping and step count). The fast forms (one pass per step over Σv) must
// agree with it on generated and on corpus text.

type Dense = number[][];

/** Unit TF-IDF: tf × ln((n + 1) / (df + 0.5)), df counted with a Set per sentence, then divided by the length. */
function referenceTfidf(termLists: readonly string[][]): Vector[] {
  const df = new Map<string, number>();
  for (const terms of termLists) for (const t of new Set(terms)) df.set(t, (df.get(t) ?? 0) + 1);
  return termLists.map((terms) => {
    const tf = new Map<string, number>();
    for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
    const raw = [...tf].map(([t, f]) => [t, f * Math.log((termLists.length + 1) / (df.get(t)! + 0.5))] as const);
    const length = Math.hypot(...raw.map(([, w]) => w));
    return new Map(raw.map(([t, w]) => [t, length > 0 ? w / length : 0]));
  });
}

/** Σ over a's terms of a_t·b_t: for unit vectors, their cosine. */
function dot(a: Vector, b: Vector): number {
  let sum = 0;
  for (const [t, w] of a) sum += w * (b.get(t) ?? 0);
  return sum;
}

/** Every pair's similarity, 0 on the diagonal (a sentence is not its own neighbour). */
const similarityMatrix = (vs: readonly Vector[]): Dense => vs.map((a, i) => vs.map((b, j) => (i === j ? 0 : dot(a, b))));
const rowSums = (m: Dense): number[] => m.map((row) => row.reduce((x, y) => x + y, 0));
const toMax = (xs: number[]): number[] => {
  const max = Math.max(0, ...xs);
  return xs.map((x) => (max > 0 ? x / max : 0));
};

/**
 * Power iteration on the dense, row-normalised matrix: p ← (1 − d)/n + d·(Mᵀp + the rank of rows with no links,
 * spread evenly), from the uniform vector, PAGERANK_ITERATIONS times; scaled to max 1.
 */
function referencePageRank(m: Dense): number[] {
  const n = m.length;
  const degree = rowSums(m);
  let p = new Array<number>(n).fill(1 / n);
  for (let step = 0; step < PAGERANK_ITERATIONS; step++) {
    const dangling = p.reduce((sum, x, j) => sum + (degree[j] === 0 ? x : 0), 0);
    p = p.map((_, i) => {
      let inflow = 0;
      for (let j = 0; j < n; j++) if (degree[j]! > 0) inflow += (m[j]![i]! * p[j]!) / degree[j]!;
      return (1 - PAGERANK_DAMPING) / n + PAGERANK_DAMPING * (inflow + dangling / n);
    });
  }
  return toMax(p);
}

/** Each sentence's dot with the sum of all of them, over that sum's length. */
function referenceCentroid(vs: readonly Vector[]): number[] {
  const sum: Vector = new Map();
  for (const v of vs) for (const [t, w] of v) sum.set(t, (sum.get(t) ?? 0) + w);
  const length = Math.hypot(...sum.values());
  return vs.map((v) => (length > 0 ? dot(v, sum) / length : 0));
}

/** Sentence i's similarity to the sentences after it only, scaled to max 1. */
const referenceForward = (m: Dense): number[] => toMax(m.map((row, i) => row.slice(i + 1).reduce((x, y) => x + y, 0)));

/** TextRank's word overlap, from the sets themselves: shared distinct stems / (2·√(ln(1 + |Si|)·ln(1 + |Sj|))). */
function overlapMatrix(stems: readonly string[][], words: readonly number[]): Dense {
  const logLength = words.map((w) => Math.log(1 + Math.max(1, w)));
  return stems.map((a, i) =>
    stems.map((b, j) => {
      if (i === j) return 0;
      const mine = new Set(a);
      const shared = [...new Set(b)].filter((t) => mine.has(t)).length;
      return shared / (2 * Math.sqrt(logLength[i]! * logLength[j]!));
    }),
  );
}

/**
 * Scores are rounded to 6 decimals (rank.ts, rank-features.ts): a gap of 1e-9 is 500 times under half that step, so any
 * disagreement that could move a rounded score is caught, while summing in another order (~1e-15) is not.
 */
const TOLERANCE = 1e-9;
function expectClose(actual: readonly number[], expected: readonly number[], what: string): void {
  expect(actual.length, what).toBe(expected.length);
  const worst = Math.max(0, ...actual.map((x, i) => Math.abs(x - expected[i]!)));
  expect(worst, what).toBeLessThan(TOLERANCE);
}

/** Deterministic pseudo-random stems (mulberry32): skewed towards a few common ones, as news words are. */
function generatedArticle(seed: number, sentences: number): { stems: string[][]; words: number[] } {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const stems: string[][] = [];
  for (let i = 0; i < sentences; i++) {
    // Now and then a sentence with no content words, or one sharing none (a stem of its own): rank with no links.
    const kind = next();
    if (kind < 0.06) stems.push([]);
    else if (kind < 0.12) stems.push([`alone${seed}x${i}`]);
    else stems.push(Array.from({ length: 1 + Math.floor(next() * 14) }, () => `w${Math.floor(next() * next() * 40)}`));
  }
  return { stems, words: stems.map((s) => s.length + Math.floor(next() * 10)) };
}

function checkAgainstReference(stems: string[][], words: number[], what: string): void {
  const vs = tfidf(stems);
  const reference = referenceTfidf(stems);
  vs.forEach((v, i) => {
    expect([...v.keys()].sort(), `${what} tfidf terms ${i}`).toEqual([...reference[i]!.keys()].sort());
    expectClose([...v.keys()].map((t) => v.get(t)!), [...v.keys()].map((t) => reference[i]!.get(t)!), `${what} tfidf ${i}`);
  });
  const m = similarityMatrix(vs);
  m.forEach((row, i) => expectClose(row, vs.map((v, j) => (i === j ? 0 : cosine(vs[i]!, v))), `${what} cosine ${i}`));
  const all = centralities(vs);
  expectClose(all.degree, toMax(rowSums(m)), `${what} degree`);
  expectClose(all.pagerank, referencePageRank(m), `${what} pagerank`);
  expectClose(all.centroid, referenceCentroid(vs), `${what} centroid`);
  expectClose(degreeCentrality(vs), toMax(rowSums(m)), `${what} degreeCentrality`);
  expectClose(pageRankCentrality(vs), referencePageRank(m), `${what} pageRankCentrality`);
  expectClose(centroidSimilarity(vs), referenceCentroid(vs), `${what} centroidSimilarity`);
  expectClose(forwardCentrality(vs), referenceForward(m), `${what} forward`);
  // Word overlap: the fast forms over overlapVectors against the similarity computed from the stem sets.
  const overlap = overlapMatrix(stems, words);
  const ov = overlapVectors(stems, words);
  expectClose(degreeCentrality(ov), toMax(rowSums(overlap)), `${what} overlap degree`);
  expectClose(pageRankCentrality(ov), referencePageRank(overlap), `${what} overlap pagerank`);
  expectClose(forwardCentrality(ov), referenceForward(overlap), `${what} overlap forward`);
}

describe("centrality", () => {
  it("agrees with the all-pairs, dense-matrix reference on generated articles of 1 to 80 sentences", () => {
    let checked = 0;
    for (const n of [1, 2, 3, 5, 8, 13, 30, 80]) {
      for (let seed = 1; seed <= 6; seed++) {
        const { stems, words } = generatedArticle(seed * 1000 + n, n);
        checkAgainstReference(stems, words, `generated n=${n} seed=${seed}`);
        checked++;
      }
    }
    expect(checked).toBe(48);
    expect(centralities([])).toEqual({ degree: [], pagerank: [], centroid: [] });
  });

  it("agrees with the reference on every seed story's sentences", () => {
    const dir = new URL("../seeds/", import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith(".txt"));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const article = parseWireText(readFileSync(new URL(file, dir), "utf8"));
      const analyzed = articleSentences(article).map((s) => analyzeTerms(s.text));
      checkAgainstReference(analyzed.map((a) => a.stems), analyzed.map((a) => a.words), file);
    }
  });

  it("the reference itself: PageRank on a three-sentence chain puts the middle first; an unlinked sentence gets the floor", () => {
    // a—b—c with equal weights: b has two neighbours, a and c one each; d links to nothing.
    const chain: Dense = [
      [0, 1, 0, 0],
      [1, 0, 1, 0],
      [0, 1, 0, 0],
      [0, 0, 0, 0],
    ];
    const p = referencePageRank(chain);
    expect(p[1]).toBe(1);
    expect(p[0]).toBeCloseTo(p[2]!, 12);
    expect(p[0]).toBeLessThan(1);
    expect(p[3]).toBeLessThan(p[0]!);
    // The same graph as vectors: b shares "x" with a and "y" with c (cosine √½ each); d shares nothing.
    const vs: Vector[] = [new Map([["x", 1]]), new Map([["x", Math.SQRT1_2], ["y", Math.SQRT1_2]]), new Map([["y", 1]]), new Map([["z", 1]])];
    expectClose(pageRankCentrality(vs), referencePageRank(similarityMatrix(vs)), "chain");
    expectClose(pageRankCentrality(vs), p, "chain as given");
  });

  it("gives a story the same numbers whatever was ranked before it (its tables are kept from story to story)", () => {
    const small = generatedArticle(7, 5);
    const large = generatedArticle(8, 80);
    const alone = { tfidf: tfidfCentralities(small.stems), overlap: overlapCentralities(small.stems, small.words) };
    // A larger story fills every kept table past the small one's size, with other numbers: none may show through.
    tfidfCentralities(large.stems);
    overlapCentralities(large.stems, large.words);
    const after = { tfidf: tfidfCentralities(small.stems), overlap: overlapCentralities(small.stems, small.words) };
    expect(after.tfidf.pagerank).toEqual(alone.tfidf.pagerank);
    expect([after.tfidf.degree, after.tfidf.centroid, after.tfidf.vectors.maps()]).toEqual([alone.tfidf.degree, alone.tfidf.centroid, alone.tfidf.vectors.maps()]);
    expect(after.overlap).toEqual(alone.overlap);
    // And against the all-pairs reference, which keeps nothing between calls.
    const m = similarityMatrix(tfidf(small.stems));
    expectClose(after.tfidf.pagerank, referencePageRank(m), "pagerank after a larger story");
    expectClose(after.tfidf.degree, toMax(rowSums(m)), "degree after a larger story");
  });

  it("gives every sentence 0 when no sentence holds a content word (a centroid of length 0)", () => {
    expect(centroidSimilarity([new Map(), new Map()])).toEqual([0, 0]);
  });

  it("ranks the sentences that share the story's words above the one that does not", () => {
    for (const scores of [degreeCentrality(vectors), pageRankCentrality(vectors)]) {
      expect(Math.max(...scores)).toBe(1);
      expect(scores[3]).toBe(Math.min(...scores));
    }
  });
});

describe("word-overlap centrality (TextRank)", () => {
  const story = [
    "Floods hit the northern valley after heavy rain.",
    "Rescuers said floods in the northern valley forced hundreds of families from their homes after heavy rain, and the army sent boats.",
    "The rain is expected to ease by Friday.",
    "Families in the valley returned to homes as the floods receded.",
  ];
  const analyzed = story.map(analyzeTerms);
  const overlap = overlapVectors(analyzed.map((a) => a.stems), analyzed.map((a) => a.words));

  it("dots to the shared distinct stems over the geometric mean of TextRank's log lengths", () => {
    for (const [i, j] of [[0, 1], [1, 3], [0, 2]] as const) {
      const a = new Set(analyzed[i]!.stems);
      const shared = [...new Set(analyzed[j]!.stems)].filter((t) => a.has(t)).length;
      const expected = shared / (2 * Math.sqrt(Math.log(1 + analyzed[i]!.words) * Math.log(1 + analyzed[j]!.words)));
      expect(shared).toBeGreaterThan(0);
      expect(dot(overlap[i]!, overlap[j]!)).toBeCloseTo(expected, 12);
    }
  });

  it("picks BBC's reference sentences better than TF-IDF cosine does (80 fixture articles, top three by degree)", () => {
    const examples = parseEvalJsonl(readFileSync(new URL("fixtures/eval/dev-bbc.jsonl", import.meta.url), "utf8"));
    const mean = { overlap: 0, cosine: 0 };
    for (const example of examples) {
      const sentences = exampleSentences(example);
      const terms = sentences.map((s) => analyzeTerms(s.text));
      const topThree = (scores: number[]) =>
        scores
          .map((score, i) => ({ score, i }))
          .sort((a, b) => b.score - a.score || a.i - b.i)
          .slice(0, 3)
          .sort((a, b) => a.i - b.i)
          .map(({ i }) => sentences[i]!.text)
          .join("\n");
      const reference = example.highlights.join("\n");
      const stems = terms.map((t) => t.stems);
      mean.overlap += rouge(topThree(degreeCentrality(overlapVectors(stems, terms.map((t) => t.words)))), reference).rouge1.f1 / examples.length;
      mean.cosine += rouge(topThree(degreeCentrality(tfidf(stems))), reference).rouge1.f1 / examples.length;
    }
    // Measured: 0.625 against 0.598. BBC's extracts keep the sentences that share most words with the rest.
    expect(mean.overlap).toBeGreaterThan(mean.cosine + 0.01);
  });
});

describe("forward (directed) centrality", () => {
  it("sums each sentence's similarity to the later sentences only, as all pairs would, scaled to max 1", () => {
    const later = vectors.map((v, i) => vectors.slice(i + 1).reduce((sum, w) => sum + dot(v, w), 0));
    const max = Math.max(...later);
    forwardCentrality(vectors).forEach((x, i) => expect(x).toBeCloseTo(later[i]! / max, 12));
    // The last sentence has nothing after it; the off-topic one shares nothing with what follows.
    expect(forwardCentrality(vectors)[4]).toBe(0);
    expect(forwardCentrality(vectors)[3]).toBe(0);
    expect(forwardCentrality([])).toEqual([]);
  });
});

describe("paired bootstrap", () => {
  it("is reproducible and brackets the mean; a gain on every article has its interval above zero", () => {
    const diffs = Array.from({ length: 200 }, (_, i) => ((i * 37) % 11) - 3);
    const a = pairedBootstrap(diffs);
    expect(pairedBootstrap(diffs)).toEqual(a);
    expect(a.low).toBeLessThanOrEqual(a.mean);
    expect(a.high).toBeGreaterThanOrEqual(a.mean);
    expect(a.low).toBeLessThan(a.high);
    expect(pairedBootstrap(diffs.map((d) => Math.abs(d) + 0.5)).low).toBeGreaterThan(0);
    expect(pairedBootstrap([])).toEqual({ mean: 0, low: 0, high: 0 });
  });

  it("reads the 2.5th and 97.5th percentiles of the resample means (the answers from binomial counts, not from this code)", () => {
    // [0, 0, 300]: a resample of three draws holds the 300 k times, k ~ Binomial(3, 1/3), and its mean is 100·k.
    // P(k = 0) = 8/27 (29.6%) puts the 2.5th percentile at 0. P(k = 3) = 1/27 (3.7%) is more than 2.5% of the
    // resamples and less than 5%, so the 97.5th percentile is 300 (the 95th would be 200). Ten thousand resamples keep
    // that share over six standard deviations (0.19%) from either edge.
    expect(pairedBootstrap([0, 0, 300], 10_000)).toEqual({ mean: 100, low: 0, high: 300 });
    // Two resamples: the 2.5th percentile of two sorted means is the first, the 97.5th the second (index ⌊0.975·2⌋ = 1);
    // a hundred distinct differences make the two means differ.
    const two = pairedBootstrap(Array.from({ length: 100 }, (_, i) => i), 2);
    expect(two.high).toBeGreaterThan(two.low);
  });
});

describe("greedy oracle", () => {
  it("scores at least as well as the first three sentences against the reference", () => {
    const sentences = articleSentences({ paragraphs: [texts.join(" ")] });
    const reference = "Floods forced families from the valley. Families returned as the floods receded.";
    const oracle = oracleSummary(sentences, reference);
    const lead = sentences.slice(0, 3).map((s) => s.text);
    expect(oracle.length).toBeLessThanOrEqual(3);
    expect(rouge(oracle.join("\n"), reference).rouge1.f1).toBeGreaterThanOrEqual(rouge(lead.join("\n"), reference).rouge1.f1);
    expect(oracle).toContain(texts[4]);
  });
});

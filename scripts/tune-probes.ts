// In-sample probes of the ranking on both dev sets: hand-written scores (no fitting), each scored on all of
// cnndm-dev.jsonl (nutgraf − Lead-3, ROUGE-1) and dev-bbc.jsonl (nutgraf ROUGE-1), with the checked-in selection
// (redundancy, word budget). They map the trade-off between the two sets before any fit; docs/ranking.md lists them.
//   npx tsx scripts/tune-probes.ts
import { evalFile } from "#eval/datasets.ts";
import { rougeOfTokens } from "#eval/rouge.ts";
import { DEFAULT_WEIGHTS, LEGACY_WEIGHTS, scoreParts, selectBullets, weightedScore, type RankWeights } from "#brief/rank.ts";
import type { Signals } from "#brief/rank-features.ts";
import { prepare, type Prepared } from "#scripts/tune-data.ts";

/** The weights of the first round ("all" fitted on CNN/DailyMail alone), the reference point of the probes. */
const FIRST_ROUND: RankWeights = {
  ...LEGACY_WEIGHTS,
  centrality: 0.15, position: 0.5, headline: 0.3, figures: 0.05, length: 0.2, pagerank: 0.05, centroid: -0.1, paragraph: -0.05,
  words: 0.05, quote: -0.1, entities: 0.1, lead: -0.1, positionScale: 8, longWords: 20, wordsCap: 60, redundancy: 0.35, wordBudget: 40,
};

/** Scores with `score`, picks with the selection settings (redundancy, word budget) of `select`. */
function run(set: readonly Prepared[], score: (s: Signals) => number, select: RankWeights): { gain: number; r1: number } {
  let ours = 0;
  let lead = 0;
  for (const a of set) {
    const ranked = a.signals.map((s, i) => ({ index: i, score: Math.round(score(s) * 1e6) / 1e6, parts: scoreParts(s, select) }));
    const chosen = selectBullets({ ranked, vectors: a.vectors, words: a.words, trigrams: a.trigrams }, 3, select).map((r) => r.index);
    ours += rougeOfTokens(chosen.flatMap((i) => a.tokens[i]!), a.reference).rouge1.f1;
    lead += a.lead3[0];
  }
  return { gain: (100 * (ours - lead)) / set.length, r1: (100 * ours) / set.length };
}

const first = (s: Signals) => weightedScore(scoreParts(s, FIRST_ROUND), FIRST_ROUND);
const decay = (s: Signals, scale: number) => 1 / (1 + s.index / scale);
const PROBES: Record<string, (s: Signals) => number> = {
  "first round (all)": first,
  "checked in (both-0.1)": (s) => weightedScore(scoreParts(s, DEFAULT_WEIGHTS), DEFAULT_WEIGHTS),
  "overlap alone": (s) => s.overlap,
  "TF-IDF degree alone": (s) => s.degree,
  "forward alone": (s) => s.forward,
  "overlap × position (scale 8)": (s) => s.overlap * decay(s, 8),
  "overlap × position (scale 4)": (s) => s.overlap * decay(s, 4),
  "overlap × position (scale 2)": (s) => s.overlap * decay(s, 2),
  "overlap × fraction": (s) => s.overlap * s.fraction,
  "first sentence forced, then overlap": (s) => (s.index === 0 ? 10 : 0) + s.overlap,
  "first sentence forced, then overlap × position (scale 8)": (s) => (s.index === 0 ? 10 : 0) + s.overlap * decay(s, 8),
  "first round + 0.5 × overlap × position (scale 4)": (s) => first(s) + 0.5 * s.overlap * decay(s, 4),
  "first round + 0.3 overlap": (s) => first(s) + 0.3 * s.overlap,
  "first round + 0.6 overlap": (s) => first(s) + 0.6 * s.overlap,
  "first round + 1 overlap": (s) => first(s) + s.overlap,
  "first round + 0.3 overlap − 0.15 TF-IDF degree": (s) => first(s) + 0.3 * s.overlap - 0.15 * s.degree,
  "first round + 0.1 forward": (s) => first(s) + 0.1 * s.forward,
  "first round + 0.2 forward": (s) => first(s) + 0.2 * s.forward,
  "first round + 0.4 forward": (s) => first(s) + 0.4 * s.forward,
};

const cnn = prepare(evalFile("cnndm-dev.jsonl"));
const bbc = prepare(evalFile("dev-bbc.jsonl"));
console.log("| probe | CNN/DM Δ R-1 | BBC R-1 |\n|---|---|---|");
for (const [name, score] of Object.entries(PROBES)) {
  // Every probe picks as the first round did, except the checked-in weights, which pick with their own settings.
  const select = name.startsWith("checked in") ? DEFAULT_WEIGHTS : FIRST_ROUND;
  const c = run(cnn, score, select);
  const b = run(bbc, score, select);
  console.log(`| ${name} | ${c.gain >= 0 ? "+" : ""}${c.gain.toFixed(2)} | ${b.r1.toFixed(2)} |`);
}

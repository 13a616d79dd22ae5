// Is the position-vs-centrality trade-off a property of the kind of story? Within each dev set alone, articles are cut
// into quartiles (or N buckets) by an article-level signal any story has (its length, how spread its centrality is,
// how central its lead is, roughly its genre), and for each: the within-article AUC of position and of word-overlap
// degree for the kept sentences (as scripts/rank-signals.ts), and, article by article, what more weight on overlap
// or on position does to the checked-in ranking. A signal that only told the sets apart would be a switch on the
// source in disguise, so each one's AUC as a classifier of the source is printed too.
//   npx tsx scripts/tune-buckets.ts [N, default 4]   (docs/ranking.md, fourth round)
import { readFileSync } from "node:fs";
import { DEFAULT_WEIGHTS, type RankWeights } from "#brief/rank.ts";
import type { Signals } from "#brief/rank-features.ts";
import { evalFile } from "#eval/datasets.ts";
import { exampleSentences, parseEvalJsonl } from "#eval/evaluate.ts";
import { oracleSummary } from "#eval/peers.ts";
import { pairedBootstrap, type Interval } from "#eval/bootstrap.ts";
import { auc, withinAuc } from "#scripts/tune-auc.ts";
import { prepare, scoresOf, type Prepared } from "#scripts/tune-data.ts";

interface Article {
  prepared: Prepared;
  labels: boolean[];
}

/** Article-level signals: measured on the story's own sentences, never on where it came from. */
const STORY: Record<string, (s: readonly Signals[]) => number> = {
  sentences: (s) => s.length,
  words: (s) => s.reduce((a, x) => a + x.words, 0),
  wordsPerSentence: (s) => s.reduce((a, x) => a + x.words, 0) / s.length,
  // Coefficient of variation of word-overlap degree: a few central sentences (high) or many alike (low).
  overlapSpread: (s) => {
    const m = s.reduce((a, x) => a + x.overlap, 0) / s.length;
    const v = s.reduce((a, x) => a + (x.overlap - m) ** 2, 0) / s.length;
    return m > 0 ? Math.sqrt(v) / m : 0;
  },
  // Share of the other sentences the lead out-links: 1 when the lead is the story's most central sentence.
  leadCentral: (s) => (s.length < 2 ? 1 : s.filter((x) => x.overlap < s[0]!.overlap).length / (s.length - 1)),
  // The genre, roughly: a quote-led feature, a story of figures (results, money), a story of many names.
  quoteShare: (s) => s.filter((x) => x.quote > 0).length / s.length,
  figureShare: (s) => s.filter((x) => x.figures > 0).length / s.length,
  entityDensity: (s) => s.reduce((a, x) => a + x.entities, 0) / s.length,
};

function load(file: string, extractive: boolean): Article[] {
  const examples = parseEvalJsonl(readFileSync(evalFile(file), "utf8"));
  const prepared = prepare(evalFile(file));
  const norm = (t: string) => t.replace(/\s+/g, " ").trim();
  return examples.map((ex, k) => {
    const sentences = exampleSentences(ex);
    const p = prepared[k]!;
    if (p.id !== ex.id || p.signals.length !== sentences.length) throw new Error(`${file}: article ${k} read twice differently`);
    const kept = new Set((extractive ? ex.highlights : oracleSummary(sentences, ex.highlights.join("\n"))).map(norm));
    return { prepared: p, labels: sentences.map((s) => kept.has(norm(s.text))) };
  });
}

/**
 * Rankings compared with the checked-in one in each bucket, article by article: more weight on word-overlap centrality,
 * or on position. If some kind of story wanted centrality, "+overlap" would lose less (or win) in its bucket.
 */
const RANKINGS: [string, RankWeights][] = [
  ["+0.1 overlap", { ...DEFAULT_WEIGHTS, overlap: DEFAULT_WEIGHTS.overlap + 0.1 }],
  ["+0.3 overlap", { ...DEFAULT_WEIGHTS, overlap: DEFAULT_WEIGHTS.overlap + 0.3 }],
  ["position 0.6", { ...DEFAULT_WEIGHTS, position: 0.6 }],
];

const f3 = (x: number) => x.toFixed(3);
const f2 = (x: number) => `${x >= 0 ? "+" : ""}${x.toFixed(2)}`;

const BUCKETS = Number(process.argv[2] ?? 4);

/** The articles cut into BUCKETS equal-sized groups by the signal, lowest first. */
function buckets(articles: readonly Article[], key: string): Article[][] {
  const value = (a: Article) => STORY[key]!(a.prepared.signals);
  // Stable: equal values keep file order, so the cut is the same on every run.
  const sorted = articles.map((a, i) => ({ a, v: value(a), i })).sort((x, y) => x.v - y.v || x.i - y.i);
  const cut = (q: number) => Math.floor((q * sorted.length) / BUCKETS);
  return Array.from({ length: BUCKETS }, (_, q) => sorted.slice(cut(q), cut(q + 1)).map((x) => x.a));
}

function report(name: string, articles: readonly Article[]): void {
  console.log(`\n### ${name}: ${articles.length} articles\n`);
  console.log(`| signal | bucket | range | position AUC | overlap AUC | forward AUC | kept share | checked in − Lead-3 | ${RANKINGS.map(([n]) => `${n} − checked in`).join(" | ")} |`);
  console.log(`|---|---|---|---|---|---|---|---|${RANKINGS.map(() => "---|").join("")}`);
  for (const key of Object.keys(STORY)) {
    buckets(articles, key).forEach((bucket, q) => {
      const values = bucket.map((a) => STORY[key]!(a.prepared.signals));
      const within = (part: (s: Signals) => number) => withinAuc(bucket.map((a) => ({ values: a.prepared.signals.map(part), labels: a.labels })));
      const share = bucket.reduce((x, a) => x + a.labels.filter(Boolean).length / a.labels.length, 0) / bucket.length;
      const r1 = (w: RankWeights) => scoresOf(bucket.map((a) => a.prepared), w).map((t) => 100 * t[0]);
      const ours = r1(DEFAULT_WEIGHTS);
      const lead = pairedBootstrap(ours.map((x, i) => x - 100 * bucket[i]!.prepared.lead3[0]));
      const interval = (i: Interval) => `${f2(i.mean)} (${f2(i.low)}..${f2(i.high)})`;
      const gains = [lead, ...RANKINGS.map(([, w]) => pairedBootstrap(r1(w).map((x, i) => x - ours[i]!)))].map(interval);
      const range = `${values[0]!.toFixed(2)}–${values[values.length - 1]!.toFixed(2)}`;
      console.log(`| ${key} | ${q + 1} | ${range} | ${f3(within((s) => s.index))} | ${f3(within((s) => s.overlap))} | ${f3(within((s) => s.forward))} | ${(100 * share).toFixed(1)}% | ${gains.join(" | ")} |`);
    });
  }
}

const cnn = load("cnndm-dev.jsonl", false);
const bbc = load("dev-bbc.jsonl", true);
report("CNN/DailyMail (cnndm-dev.jsonl; kept = greedy-oracle sentences)", cnn);
report("BBC (dev-bbc.jsonl; kept = reference sentences)", bbc);
console.log("\n### Each article-level signal as a classifier of the source (AUC: a BBC article scores above a CNN/DailyMail one)\n");
console.log("| signal | CNN/DM median | BBC median | source AUC | max(AUC, 1 − AUC) |\n|---|---|---|---|---|");
for (const [key, measure] of Object.entries(STORY)) {
  const c = cnn.map((a) => measure(a.prepared.signals));
  const b = bbc.map((a) => measure(a.prepared.signals));
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  const a = auc(b, c);
  console.log(`| ${key} | ${median(c).toFixed(2)} | ${median(b).toFixed(2)} | ${f3(a)} | ${f3(Math.max(a, 1 - a))} |`);
}

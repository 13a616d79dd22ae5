// Is the position-vs-centrality trade-off a property of the kind of story? Within each dev set alone, articles are cut
// into quartiles (or N buckets) by an article-level signal any story has (its length, how spread its centrality is,
// how central its lead is, roughly its genre), and for each: the within-article AUC of position and of word-overlap
// degree for the kept sentences (as scripts/rank-signals.ts), and, article by article, what more weight on overlap
// or on position does to the checked-in ranking. A signal that only told the sets apart would be a switch on the
// source in disguise, so each one's AUC as a classifier of the source is printed too.
//   npx tsx scripts/tune-buckets.ts [N, default 4]   (docs/ranking.md, fourth round)
//   npx tsx scripts/tune-buckets.ts 4 --ceiling       (fifth round: the most a bucket-wise position weight can add)
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
  // The lead's own figures: a results or money story says its number first.
  leadFigures: (s) => s[0]!.figures,
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

const BUCKETS = Number(process.argv.slice(2).find((a) => !a.startsWith("--")) ?? 4);

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

/**
 * The ceiling of an interaction of position with a signal: in each CNN/DailyMail bucket the position weight that does
 * best *in sample* (a step function, as free as any smooth interaction can be), and the same per-bucket choice applied
 * to BBC by CNN/DailyMail's cut points. Picked after seeing the articles it is scored on, so it is an upper bound on
 * what a held-out fit of such a part can add, not an estimate of it.
 */
const POSITIONS = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8];

function ceiling(cnnArticles: readonly Article[], bbcArticles: readonly Article[]): void {
  console.log(`\n### Ceiling: best position weight per CNN/DailyMail bucket, in sample (grid ${POSITIONS.join(", ")}; checked in ${DEFAULT_WEIGHTS.position})\n`);
  console.log("| signal | best position weight by bucket | CNN/DM R-1 − checked in (all articles) | BBC R-1 − checked in (same choice by CNN/DM's cuts) |\n|---|---|---|---|");
  const r1 = (list: readonly Article[], position: number) =>
    scoresOf(list.map((a) => a.prepared), { ...DEFAULT_WEIGHTS, position }).map((t) => 100 * t[0]);
  const interval = (i: Interval) => `${f2(i.mean)} (${f2(i.low)}..${f2(i.high)})`;
  const checkedIn = (list: readonly Article[]) => {
    const scores = r1(list, DEFAULT_WEIGHTS.position);
    return new Map(list.map((a, i) => [a, scores[i]!] as const));
  };
  const baseCnn = checkedIn(cnnArticles);
  const baseBbc = checkedIn(bbcArticles);
  // The baseline an interaction must beat: one position weight for every story, picked the same way.
  const global = POSITIONS.map((position) => ({ position, each: r1(cnnArticles, position).map((x, i) => x - baseCnn.get(cnnArticles[i]!)!) }))
    .reduce((best, c) => (c.each.reduce((x, y) => x + y, 0) > best.each.reduce((x, y) => x + y, 0) ? c : best));
  const globalBbc = r1(bbcArticles, global.position).map((x, i) => x - baseBbc.get(bbcArticles[i]!)!);
  console.log(`| (none: one weight for all) | ${global.position} | ${interval(pairedBootstrap(global.each))} | ${interval(pairedBootstrap(globalBbc))} |`);
  for (const key of Object.keys(STORY)) {
    // A signal with few values (the lead's figures: 0 or 1) is grouped by value: quartiles would split its ties by file
    // order, and a weight picked per half of the same value would be fitted to noise.
    const distinct = [...new Set(cnnArticles.map((a) => STORY[key]!(a.prepared.signals)))].sort((x, y) => x - y);
    const groups = distinct.length <= BUCKETS
      ? distinct.map((v) => cnnArticles.filter((a) => STORY[key]!(a.prepared.signals) === v))
      : buckets(cnnArticles, key);
    const chosen: number[] = [];
    const gain = new Map<Article, number>();
    for (const bucket of groups) {
      const base = bucket.map((a) => baseCnn.get(a)!);
      // Ties keep the lower weight (grid order), so the choice is the same on every run.
      let best = { position: DEFAULT_WEIGHTS.position, total: 0, each: base.map(() => 0) };
      for (const position of POSITIONS) {
        const each = r1(bucket, position).map((x, i) => x - base[i]!);
        const total = each.reduce((x, y) => x + y, 0);
        if (total > best.total) best = { position, total, each };
      }
      chosen.push(best.position);
      bucket.forEach((a, i) => gain.set(a, best.each[i]!));
    }
    // BBC articles take the weight of the CNN/DailyMail bucket their value falls in (upper ends of buckets 1..N−1).
    const tops = groups.slice(0, -1).map((b) => STORY[key]!(b[b.length - 1]!.prepared.signals));
    const bucketOf = (v: number) => { const q = tops.findIndex((t) => v <= t); return q < 0 ? tops.length : q; };
    const byPosition = new Map<number, Article[]>();
    bbcArticles.forEach((a) => {
      const p = chosen[bucketOf(STORY[key]!(a.prepared.signals))]!;
      byPosition.set(p, [...(byPosition.get(p) ?? []), a]);
    });
    const bbcGain = new Map<Article, number>();
    for (const [position, list] of byPosition) {
      const scores = r1(list, position);
      list.forEach((a, i) => bbcGain.set(a, scores[i]! - baseBbc.get(a)!));
    }
    const cnnInterval = pairedBootstrap(cnnArticles.map((a) => gain.get(a)!));
    const bbcInterval = pairedBootstrap(bbcArticles.map((a) => bbcGain.get(a)!));
    console.log(`| ${key} | ${chosen.join(" / ")} | ${interval(cnnInterval)} | ${interval(bbcInterval)} |`);
  }
}

const cnn = load("cnndm-dev.jsonl", false);
const bbc = load("dev-bbc.jsonl", true);
if (process.argv.includes("--ceiling")) {
  ceiling(cnn, bbc);
  process.exit(0);
}
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

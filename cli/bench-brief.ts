import { readFileSync } from "node:fs";
import { parseJsonArticle, type Article } from "#news/article.ts";
import { briefArticle } from "#brief/brief.ts";
import { evalFile } from "#eval/datasets.ts";
import { parseEvalJsonl } from "#eval/evaluate.ts";
import { threadCpuMs } from "#cli/thread-cpu.ts";

/**
 * brief + figures timed over the dev articles: one loop that `npm run bench` runs twice, once from the sources as
 * tsx compiles them and once from cli/bench-brief-bundled.ts built as SST builds a Lambda handler, so the two rows
 * differ only in how the same code was compiled.
 */

export interface BriefTiming {
  articles: number;
  /** Each timed pass (wall clock), slowest first; the median is the row's figure. */
  passes: number[];
  /** Articles per second of this process's CPU time over all passes (user + system, GC threads included). */
  cpuArticlesPerSecond: number;
  /**
   * The same over the CPU time of the thread that briefs alone (where the system tells it: thread-cpu.ts): what
   * the code costs, apart from what V8 does on its helper threads (compiling what has grown hot, collecting).
   */
  mainThreadCpuArticlesPerSecond?: number;
  p50Ms: number;
  p99Ms: number;
  heapUsedMb: number;
}

/** What the bundled loop prints: its first timing (one warm-up pass) and the same timed again, warm. */
export interface BundledTimings {
  first: BriefTiming;
  warm: BriefTiming;
}

/** Timed passes: an odd number, so the median is one pass's own figure. */
export const PASSES = 5;

/** The dev articles of `dir` (dev.jsonl and dev-bbc.jsonl), parsed as an ingested story is. */
export function benchArticles(dir: string): Article[] {
  // Both files are checked before any work, so a missing one is named at once.
  const files = ["dev.jsonl", "dev-bbc.jsonl"].map((file) => evalFile(file, dir));
  return files.flatMap((file) =>
    parseEvalJsonl(readFileSync(file, "utf8")).map((e) =>
      parseJsonArticle({ id: e.id.slice(0, 64), title: e.title ?? e.text.slice(0, 80), text: e.text, publishedAt: "2026-01-01T00:00:00Z" }),
    ),
  );
}

export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export const round = (x: number, digits = 3) => Number(x.toFixed(digits));

/** brief + figures over every article, one at a time on this one thread, after a warm-up pass; PASSES timed passes. */
export function timeBriefs(articles: readonly Article[]): BriefTiming {
  for (const a of articles) briefArticle(a);
  const times: number[] = [];
  const passes: number[] = [];
  const cpu = process.cpuUsage();
  const thread = threadCpuMs();
  for (let pass = 0; pass < PASSES; pass++) {
    const start = performance.now();
    for (const a of articles) {
      const t = performance.now();
      briefArticle(a);
      times.push(performance.now() - t);
    }
    passes.push(Math.round((articles.length / (performance.now() - start)) * 1000));
  }
  const used = process.cpuUsage(cpu);
  const threadAfter = threadCpuMs();
  times.sort((a, b) => a - b);
  passes.sort((a, b) => a - b);
  return {
    articles: articles.length,
    passes,
    cpuArticlesPerSecond: Math.round((articles.length * PASSES) / ((used.user + used.system) / 1e6)),
    ...(thread === undefined || threadAfter === undefined || threadAfter <= thread
      ? {}
      : { mainThreadCpuArticlesPerSecond: Math.round((articles.length * PASSES) / ((threadAfter - thread) / 1e3)) }),
    p50Ms: round(percentile(times, 50)),
    p99Ms: round(percentile(times, 99)),
    heapUsedMb: round(process.memoryUsage().heapUsed / 2 ** 20, 1),
  };
}

/** The row's figure: the median pass. */
export const medianPass = (passes: readonly number[]): number => passes[Math.floor(passes.length / 2)]!;

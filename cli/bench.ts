import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { Article } from "#news/article.ts";
import { briefer, resolveBrief } from "#lib/briefs.ts";
import type { StoredArticle } from "#store/store.ts";
import { BRIEF_ALGORITHM } from "#brief/algorithm.ts";
import { InputError } from "#cli/usage.ts";
import { evalDir } from "#eval/datasets.ts";
import { buildLambdaBundle, buildWith, lambdaEntryOptions, LAMBDA_HANDLERS } from "#infra/bundle.ts";
import { benchArticles, medianPass, percentile, round, timeBriefs, type BriefTiming, type BundledTimings } from "#cli/bench-brief.ts";
// Types only: the search bench (and DynamoDB Local) loads only with --search.
import type { SearchBench } from "#scripts/bench-search.ts";
import type { BurstResult } from "#scripts/bench-slack.ts";

const ROOT = fileURLToPath(new URL("../", import.meta.url));

export interface BenchReport {
  brief: {
    data: string;
    articles: number;
    /**
     * brief + figures as Lambda runs it: cli/bench-brief-bundled.ts built with the handlers' esbuild options
     * (minified, one file) and run in a plain `node` process. The row issue 12's criterion reads.
     */
    bundled: BriefRow;
    /**
     * The same bundled loop timed again in its process, passes 8–12 (cli/bench-brief-bundled.ts says why): the
     * rate of a warm Lambda container, once V8 has compiled what grows hot.
     */
    bundledWarm: BriefRow;
    /** The same loop in this process, from the sources as tsx compiles them file by file: printed beside it. */
    tsx: BriefRow;
    /** The same briefs read from the brief stored with each article (checked and sliced), as `/brief` reads them. */
    stored: { articlesPerSecond: number; p50Ms: number; p99Ms: number };
  };
  bundles: { handler: string; bytes: number; coldImportMs: number; coldImportCpuMs: number }[];
  slack?: { n: number; ackP50Ms: number; ackP99Ms: number; bursts: BurstResult[] };
  digest?: { articles: number; ms: number };
  /** Only with --search: 10,000 articles loaded into DynamoDB Local first (about two minutes). */
  search?: Omit<SearchBench, "loadSeconds">;
}

/** One way of compiling the brief loop, timed: the median of PASSES passes (wall clock) beside each pass. */
export type BriefRow = Omit<BriefTiming, "articles"> & { articlesPerSecond: number };

const row = ({ articles: _n, ...t }: BriefTiming): BriefRow => ({ articlesPerSecond: medianPass(t.passes), ...t });

/** The bench's brief loop as an entry file, and the options it is bundled with: the Lambda handlers' own. */
export const BRIEF_BUNDLE_ENTRY = join(ROOT, "cli/bench-brief-bundled.ts");
export const briefBundleOptions = (outfile: string) => lambdaEntryOptions(ROOT, BRIEF_BUNDLE_ENTRY, outfile);

/** The brief loop bundled as Lambda runs it, timed in a fresh `node` process (no tsx) over the articles in `dir`. */
export async function benchBundledBrief(dir: string): Promise<BundledTimings> {
  const tmp = mkdtempSync(join(tmpdir(), "nutgraf-bench-brief-"));
  try {
    const outfile = join(tmp, "bench-brief.mjs");
    await buildWith(ROOT, await briefBundleOptions(outfile));
    const out = execFileSync(process.execPath, [outfile, dir], { env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" } });
    return JSON.parse(out.toString().trim().split("\n").pop()!) as BundledTimings;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** brief + figures over every dev article, bundled (child process) first, then from the sources in this process. */
async function benchBrief(dir: string): Promise<BenchReport["brief"]> {
  const articles = benchArticles(dir);
  const bundled = await benchBundledBrief(dir);
  const tsx = timeBriefs(articles);
  return {
    data: relative(ROOT, dir) || ".",
    articles: articles.length,
    bundled: row(bundled.first),
    bundledWarm: row(bundled.warm),
    tsx: row(tsx),
    stored: benchStoredRead(articles),
  };
}

/** Each article's stored brief made once (untimed), then read as a reader does: checked whole, then sliced. */
function benchStoredRead(articles: readonly Article[]): BenchReport["brief"]["stored"] {
  // A build whose weights are not in the history never trusts a stored brief (lib/brief/algorithm.ts): say how to
  // record it instead of timing reads that all fall back to ranking.
  if (!BRIEF_ALGORITHM.recorded) {
    throw new InputError("this build's brief algorithm is not recorded, so stored briefs are never read; run `npx tsx scripts/brief-algorithm.ts` first");
  }
  const stored: StoredArticle[] = articles.map((a) => {
    const brief = briefer.brief(a);
    return { ...a, version: 1, ...(brief ? { brief } : {}) };
  });
  for (const a of stored) resolveBrief(a);
  const times: number[] = [];
  const start = performance.now();
  for (const a of stored) {
    const t = performance.now();
    if (resolveBrief(a).source.from !== "stored") throw new Error(`bench: the stored brief of ${a.id} was not used`);
    times.push(performance.now() - t);
  }
  const total = performance.now() - start;
  times.sort((a, b) => a - b);
  return { articlesPerSecond: Math.round((stored.length / total) * 1000), p50Ms: round(percentile(times, 50)), p99Ms: round(percentile(times, 99)) };
}

/**
 * What a Lambda cold start pays for code: the size of each function's bundle, built as `sst deploy` builds it
 * (infra/bundle.ts), and the time a fresh Node process takes to import it: wall clock, and the CPU time the import
 * used (user + system, all threads), which other work on a shared machine inflates far less. Medians of 7.
 */
async function benchBundles(): Promise<BenchReport["bundles"]> {
  const dir = mkdtempSync(join(tmpdir(), "nutgraf-bundle-"));
  const out: BenchReport["bundles"] = [];
  try {
    for (const handler of Object.values(LAMBDA_HANDLERS)) {
      const outfile = join(dir, handler.replace(/\W/g, "_") + ".mjs");
      await buildLambdaBundle(ROOT, handler, outfile);
      const script = `const c=process.cpuUsage(),t=performance.now();await import(${JSON.stringify(outfile)});const u=process.cpuUsage(c);console.log(performance.now()-t,(u.user+u.system)/1000)`;
      const runs = [0, 1, 2, 3, 4, 5, 6].map(() =>
        execFileSync(process.execPath, ["--input-type=module", "-e", script], {
          env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" },
        }).toString().trim().split("\n").pop()!.split(" ").map(Number),
      );
      const median = (i: number) => runs.map((r) => r[i]!).sort((a, b) => a - b)[3]!;
      out.push({ handler, bytes: statSync(outfile).size, coldImportMs: round(median(0), 1), coldImportCpuMs: round(median(1), 1) });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

/** The main thread's own rate beside the process's, where known: the difference is V8's helper threads. */
const mainThread = (r: BriefRow): string =>
  r.mainThreadCpuArticlesPerSecond === undefined ? "" : ` (${r.mainThreadCpuArticlesPerSecond} per CPU-second of the main thread alone)`;

const briefLine = (what: string, r: BriefRow, b: BenchReport["brief"]) =>
  `  ${what} ${r.articlesPerSecond} articles/s over ${b.articles} dev articles (${b.data}), median of ${r.passes.length} passes (${r.passes.join(", ")}); ${r.cpuArticlesPerSecond} per CPU-second${mainThread(r)}; p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms; heap ${r.heapUsedMb} MB`;

export async function benchCommand(options: { json: boolean; quick: boolean; search?: boolean; data?: string }): Promise<string> {
  const report: BenchReport = { brief: await benchBrief(options.data ?? evalDir()), bundles: await benchBundles() };
  if (!options.quick) {
    // Loaded only here: they bring Bolt and the Slack stand-in, which --quick never needs.
    const { benchSlack } = await import("#scripts/bench-slack.ts");
    const s = await benchSlack();
    report.slack = { n: s.n, ackP50Ms: round(s.p50, 1), ackP99Ms: round(s.p99, 1), bursts: s.bursts.map((b) => ({ ...b, ackP50: round(b.ackP50, 1), ackP99: round(b.ackP99, 1) })) };
    const { benchDigest } = await import("#scripts/bench-digest.ts");
    const d = await benchDigest();
    report.digest = { articles: d.articles, ms: round(d.ms, 1) };
  }
  if (options.search) {
    const { benchSearch } = await import("#scripts/bench-search.ts");
    const { loadSeconds: _load, ...search } = await benchSearch();
    report.search = search;
  }
  if (options.json) return `${JSON.stringify(report, null, 2)}\n`;
  const b = report.brief;
  const lines = [
    "nutgraf bench (one core, this process)",
    briefLine("brief + figures (bundled, as Lambda runs it)", b.bundled, b),
    briefLine("the same, warm (passes 8–12 of one process)", b.bundledWarm, b),
    briefLine("brief + figures (sources through tsx)      ", b.tsx, b),
    `  stored brief read ${b.stored.articlesPerSecond} articles/s over the same; p50 ${b.stored.p50Ms} ms, p99 ${b.stored.p99Ms} ms (checked and sliced, as /brief reads it)`,
    ...report.bundles.map((x) => `  bundle ${x.handler.padEnd(24)} ${(x.bytes / 1024).toFixed(0)} KiB as SST builds it; cold import ${x.coldImportMs} ms (CPU ${x.coldImportCpuMs} ms)`),
  ];
  if (report.slack) {
    lines.push(`  slack /brief ack   p50 ${report.slack.ackP50Ms} ms, p99 ${report.slack.ackP99Ms} ms over ${report.slack.n} signed requests, one at a time`);
    const { burstLine } = await import("#scripts/bench-slack.ts");
    for (const b of report.slack.bursts) lines.push(`  slack /brief burst ${burstLine(b)}`);
  }
  if (report.digest) lines.push(`  digest            ${report.digest.ms} ms for a digest over ${report.digest.articles} stored articles`);
  if (report.search) {
    const s = report.search;
    lines.push(`  search            "${s.query}" (${s.matches} of ${s.articles} stories on DynamoDB Local): p50 ${s.p50Ms} ms, p99 ${s.p99Ms} ms over ${s.searches} searches`);
    lines.push(`  search            "${s.twoWords.query}" (${s.twoWords.matches} matches): p50 ${s.twoWords.p50Ms} ms, p99 ${s.twoWords.p99Ms} ms`);
  }
  return `${lines.join("\n")}\n`;
}

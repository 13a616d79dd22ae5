import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseJsonArticle } from "#news/article.ts";
import { briefArticle } from "#brief/brief.ts";
import { parseEvalJsonl } from "#eval/evaluate.ts";
import { buildLambdaBundle } from "#infra/bundle.ts";
import type { BurstResult } from "#scripts/bench-slack.ts";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const EVAL_DIR = join(ROOT, "../shared/eval");

export interface BenchReport {
  brief: { articles: number; articlesPerSecond: number; p50Ms: number; p99Ms: number; heapUsedMb: number };
  bundles: { handler: string; bytes: number; coldImportMs: number }[];
  slack?: { n: number; ackP50Ms: number; ackP99Ms: number; bursts: BurstResult[] };
  digest?: { articles: number; ms: number };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const round = (x: number, digits = 3) => Number(x.toFixed(digits));

/** brief + figures over every dev article, one at a time on this one thread, after a warm-up pass. */
function benchBrief(): BenchReport["brief"] {
  const articles = ["dev.jsonl", "dev-bbc.jsonl"].flatMap((file) =>
    parseEvalJsonl(readFileSync(join(EVAL_DIR, file), "utf8")).map((e) =>
      parseJsonArticle({ id: e.id.slice(0, 64), title: e.title ?? e.text.slice(0, 80), text: e.text, publishedAt: "2026-01-01T00:00:00Z" }),
    ),
  );
  for (const a of articles) briefArticle(a);
  const times: number[] = [];
  const start = performance.now();
  for (const a of articles) {
    const t = performance.now();
    briefArticle(a);
    times.push(performance.now() - t);
  }
  const total = performance.now() - start;
  times.sort((a, b) => a - b);
  return {
    articles: articles.length,
    articlesPerSecond: Math.round((articles.length / total) * 1000),
    p50Ms: round(percentile(times, 50)),
    p99Ms: round(percentile(times, 99)),
    heapUsedMb: round(process.memoryUsage().heapUsed / 2 ** 20, 1),
  };
}

/** What a Lambda cold start pays for code: the minified esbuild bundle's size and the time to import it. */
async function benchBundles(): Promise<BenchReport["bundles"]> {
  const dir = mkdtempSync(join(tmpdir(), "nutgraf-bundle-"));
  const out: BenchReport["bundles"] = [];
  try {
    for (const handler of ["functions/slack.ts", "functions/digest.ts"]) {
      const outfile = join(dir, handler.replace(/\W/g, "_") + ".mjs");
      await buildLambdaBundle(ROOT, handler, outfile);
      const script = `const t=performance.now();await import(${JSON.stringify(outfile)});console.log(performance.now()-t)`;
      const runs = [0, 1, 2].map(() =>
        Number(execFileSync(process.execPath, ["--input-type=module", "-e", script], {
          env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" },
        }).toString().trim().split("\n").pop()),
      );
      runs.sort((a, b) => a - b);
      out.push({ handler, bytes: statSync(outfile).size, coldImportMs: round(runs[1]!, 1) });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

export async function benchCommand(options: { json: boolean; quick: boolean }): Promise<string> {
  const report: BenchReport = { brief: benchBrief(), bundles: await benchBundles() };
  if (!options.quick) {
    // Loaded only here: they bring Bolt and the Slack stand-in, which --quick never needs.
    const { benchSlack } = await import("#scripts/bench-slack.ts");
    const s = await benchSlack();
    report.slack = { n: s.n, ackP50Ms: round(s.p50, 1), ackP99Ms: round(s.p99, 1), bursts: s.bursts.map((b) => ({ ...b, ackP50: round(b.ackP50, 1), ackP99: round(b.ackP99, 1) })) };
    const { benchDigest } = await import("#scripts/bench-digest.ts");
    const d = await benchDigest();
    report.digest = { articles: d.articles, ms: round(d.ms, 1) };
  }
  if (options.json) return `${JSON.stringify(report, null, 2)}\n`;
  const b = report.brief;
  const lines = [
    "nutgraf bench (one core, this process)",
    `  brief + figures   ${b.articlesPerSecond} articles/s over ${b.articles} dev articles; p50 ${b.p50Ms} ms, p99 ${b.p99Ms} ms; heap ${b.heapUsedMb} MB`,
    ...report.bundles.map((x) => `  bundle ${x.handler.padEnd(20)} ${(x.bytes / 1024).toFixed(0)} KiB minified; cold import ${x.coldImportMs} ms`),
  ];
  if (report.slack) {
    lines.push(`  slack /brief ack   p50 ${report.slack.ackP50Ms} ms, p99 ${report.slack.ackP99Ms} ms over ${report.slack.n} signed requests, one at a time`);
    const { burstLine } = await import("#scripts/bench-slack.ts");
    for (const b of report.slack.bursts) lines.push(`  slack /brief burst ${burstLine(b)}`);
  }
  if (report.digest) lines.push(`  digest            ${report.digest.ms} ms for a digest over ${report.digest.articles} stored articles`);
  return `${lines.join("\n")}\n`;
}

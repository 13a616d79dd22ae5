/**
 * Articles per second for findFigures alone over the eval dev sets (one core, this process).
 * Run: npx tsx scripts/figures-speed.ts [rounds]. Sentences are split once up front so only figures are timed.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { evalFile } from "#eval/datasets.ts";
import { parseJsonArticle } from "#news/article.ts";
import { parseEvalJsonl } from "#eval/evaluate.ts";
import { findFigures } from "#brief/figures/card/card.ts";
import { articleSentences, type Sentence } from "#news/sentences.ts";

// The full dev sets (or NUTGRAF_EVAL_DIR's); a missing one is named in one line.
const FILES = ["dev.jsonl", "dev-bbc.jsonl"].map((f) => evalFile(f));
const rounds = Number(process.argv[2] ?? 20);

function load(file: string): Sentence[][] {
  return parseEvalJsonl(readFileSync(file, "utf8")).map((e) =>
    articleSentences(parseJsonArticle({ title: e.title ?? e.id, text: e.text }, { fallbackPublishedAt: "2020-01-01T00:00:00Z" })),
  );
}

for (const file of FILES) {
  const articles = load(file);
  let figures = 0;
  for (const a of articles) figures += findFigures(a, { limit: 100 }).length;
  // Warm-up: let the JIT compile the hot paths before timing, as a warm Lambda would have.
  for (let r = 0; r < 5; r++) for (const a of articles) findFigures(a);
  const times: number[] = [];
  const start = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) {
    for (const a of articles) {
      const t0 = process.hrtime.bigint();
      findFigures(a);
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  times.sort((x, y) => x - y);
  const pct = (p: number) => (times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0).toFixed(3);
  const n = articles.length * rounds;
  console.log(
    `${basename(file)}: ${articles.length} articles × ${rounds}: ${Math.round((n / ms) * 1000)} articles/s, ` +
      `${((ms * 1000) / n).toFixed(1)} µs/article, p50 ${pct(0.5)} ms, p99 ${pct(0.99)} ms, ${(figures / articles.length).toFixed(1)} figures/article found`,
  );
}

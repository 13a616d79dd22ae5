/**
 * Articles per second for briefArticle (brief + figures, what `npm run bench` times) over the 1,214 dev articles,
 * repeated `rounds` times after a warm-up pass: long enough to profile (`node --cpu-prof --import tsx/esm
 * scripts/brief-speed.ts 10`) and to compare two checkouts run alternately on a shared machine.
 * Run: npx tsx scripts/brief-speed.ts [rounds]   (one line: articles/s, p50, p99, articles per CPU-second)
 */
import { readFileSync } from "node:fs";
import { parseJsonArticle } from "#news/article.ts";
import { briefArticle } from "#brief/brief.ts";
import { evalFile } from "#eval/datasets.ts";
import { parseEvalJsonl } from "#eval/evaluate.ts";

const rounds = Number(process.argv[2] ?? 3);
// Parsed as cli/bench.ts parses them, so the figure is the bench's.
const articles = ["dev.jsonl", "dev-bbc.jsonl"].flatMap((f) =>
  parseEvalJsonl(readFileSync(evalFile(f), "utf8")).map((e) =>
    parseJsonArticle({ id: e.id.slice(0, 64), title: e.title ?? e.text.slice(0, 80), text: e.text, publishedAt: "2026-01-01T00:00:00Z" }),
  ),
);
for (const a of articles) briefArticle(a);
const times: number[] = [];
const cpu = process.cpuUsage();
const start = performance.now();
for (let r = 0; r < rounds; r++) {
  for (const a of articles) {
    const t = performance.now();
    briefArticle(a);
    times.push(performance.now() - t);
  }
}
const total = performance.now() - start;
// CPU time too: on a machine shared with other work it moves far less than the wall clock.
const used = process.cpuUsage(cpu);
const cpuMs = (used.user + used.system) / 1000;
times.sort((x, y) => x - y);
const pct = (p: number) => (times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0).toFixed(3);
console.log(`${Math.round(((articles.length * rounds) / total) * 1000)} articles/s over ${articles.length} × ${rounds}; p50 ${pct(0.5)} ms, p99 ${pct(0.99)} ms; ${Math.round(((articles.length * rounds) / cpuMs) * 1000)} articles per CPU-second`);

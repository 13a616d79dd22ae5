/**
 * What briefing keeps in memory, as opposed to what `npm run bench` prints as "heap" (heapUsed at the moment it is
 * sampled, garbage included, which swings with when the collector last ran): the heap after forced collections,
 * before and after two passes of briefArticle over the 1,214 bench articles. A growing difference between commits
 * is a leak or a cache; a growing bench "heap" alone is not.
 * Run: node --expose-gc --import tsx/esm scripts/heap-retained.ts
 */
import { readFileSync } from "node:fs";
import { briefArticle } from "#brief/brief.ts";
import { evalFile } from "#eval/datasets.ts";
import { parseEvalJsonl } from "#eval/evaluate.ts";
import { parseJsonArticle } from "#news/article.ts";

const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error("run with node --expose-gc --import tsx/esm scripts/heap-retained.ts");
// Parsed as cli/bench.ts parses them, so the articles are the bench's.
const articles = ["dev.jsonl", "dev-bbc.jsonl"].flatMap((f) =>
  parseEvalJsonl(readFileSync(evalFile(f), "utf8")).map((e) =>
    parseJsonArticle({ id: e.id.slice(0, 64), title: e.title ?? e.text.slice(0, 80), text: e.text, publishedAt: "2026-01-01T00:00:00Z" }),
  ),
);
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
gc();
const before = process.memoryUsage().heapUsed;
for (let pass = 0; pass < 2; pass++) for (const a of articles) briefArticle(a);
gc();
gc();
const after = process.memoryUsage().heapUsed;
console.log(`heap after gc: ${mb(before)} MB before, ${mb(after)} MB after two passes over ${articles.length} articles (retained ${mb(after - before)} MB)`);

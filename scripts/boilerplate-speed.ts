/**
 * CPU time of boilerplateReason over every sentence the splitter finds in the 1,214 dev articles (before any is left
 * out), averaged over five passes after a warm-up: the rules run on each sentence of each brief, so a slow rule shows
 * here long before it shows in `npm run bench`. Compare two checkouts by running each in turn.
 * Run: NUTGRAF_EVAL_DIR=../shared/eval npx tsx scripts/boilerplate-speed.ts
 */
import { readFileSync } from "node:fs";
import { parseJsonArticle } from "#news/article.ts";
import { boilerplateReason } from "#news/boilerplate.ts";
import { splitSentences } from "#news/sentences.ts";
import { evalFile } from "#eval/datasets.ts";
import { parseEvalJsonl } from "#eval/evaluate.ts";

const sentences = ["dev.jsonl", "dev-bbc.jsonl"].flatMap((f) =>
  parseEvalJsonl(readFileSync(evalFile(f), "utf8")).flatMap((e) =>
    parseJsonArticle({ id: "speed", title: "speed", text: e.text, publishedAt: "2026-01-01T00:00:00Z" }).paragraphs.flatMap((p) => splitSentences(p)),
  ),
);
for (const s of sentences) boilerplateReason(s);
const passes = 5;
const cpu = process.cpuUsage();
for (let r = 0; r < passes; r++) for (const s of sentences) boilerplateReason(s);
const used = process.cpuUsage(cpu);
console.log(`${sentences.length} sentences; boilerplateReason ${((used.user + used.system) / 1000 / passes).toFixed(1)} CPU-ms a pass`);

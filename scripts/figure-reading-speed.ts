/**
 * CPU time of the token walk that reads number phrases (readRaw at each token of each number sentence) over the
 * 1,214 dev articles, with and without mayStartFigure's skip, alternated in one process: sentences are split,
 * tokenised and tagged once up front, so only the reading is timed.
 * Run: NUTGRAF_EVAL_DIR=../shared/eval npx tsx scripts/figure-reading-speed.ts [rounds]
 */
import { readFileSync } from "node:fs";
import { parseJsonArticle } from "#news/article.ts";
import { articleSentences } from "#news/sentences.ts";
import { evalFile } from "#eval/datasets.ts";
import { parseEvalJsonl } from "#eval/evaluate.ts";
import { tagTokens } from "#brief/figures/language/pos.ts";
import { mayStartFigure, readRaw } from "#brief/figures/read/amount/read.ts";
import { HAS_NUMBER, type Tok, tokenize } from "#brief/figures/language/tokens.ts";

const rounds = Number(process.argv[2] ?? 5);
const sentences = ["dev.jsonl", "dev-bbc.jsonl"]
  .flatMap((f) => parseEvalJsonl(readFileSync(evalFile(f), "utf8")))
  .flatMap((e) => articleSentences(parseJsonArticle({ id: "speed", title: "speed", text: e.text, publishedAt: "2026-01-01T00:00:00Z" })))
  .map((s) => s.text)
  .filter((text) => HAS_NUMBER.test(text))
  .map((text) => {
    const toks = tokenize(text);
    tagTokens(text, toks);
    return { text, toks };
  });

function walk(skip: boolean): number {
  let found = 0;
  for (const { text, toks } of sentences) {
    for (let i = 0; i < toks.length; ) {
      if (skip && !mayStartFigure(toks[i] as Tok)) {
        i++;
        continue;
      }
      const { raw, next } = readRaw(toks, i, text);
      if (raw !== undefined) found++;
      i = Math.max(next, i + 1);
    }
  }
  return found;
}

const cpuMs = { every: 0, skip: 0 };
walk(false);
walk(true);
for (let r = 0; r < rounds; r++) {
  for (const form of ["every", "skip"] as const) {
    const start = process.cpuUsage();
    walk(form === "skip");
    const used = process.cpuUsage(start);
    cpuMs[form] += (used.user + used.system) / 1000;
  }
}
const tokens = sentences.reduce((n, s) => n + s.toks.length, 0);
const asked = sentences.reduce((n, s) => n + s.toks.filter((t) => mayStartFigure(t)).length, 0);
console.log(
  `${sentences.length} number sentences, ${tokens} tokens (${asked} may start a figure); reading ${(cpuMs.every / rounds).toFixed(1)} CPU-ms a pass at every token, ${(cpuMs.skip / rounds).toFixed(1)} with the skip`,
);

/**
 * What the part-of-speech layer costs: wink-nlp's model load (first tag) and the time to tag the sentences that
 * hold a number, per article, over the figures gold articles and the 1,214 dev articles (one core, this process).
 * Run: npx tsx scripts/pos-cost.ts
 */
import { readFileSync } from "node:fs";
import { exampleSentences, readEvalSet } from "#eval/evaluate.ts";
import { tagTokens } from "#brief/figures/language/pos.ts";
import { HAS_NUMBER, tokenize } from "#brief/figures/language/tokens.ts";

const EVAL = new URL("../../shared/eval/", import.meta.url);
const articles = ["dev.jsonl", "dev-bbc.jsonl"].flatMap((f) => readEvalSet(readFileSync(new URL(f, EVAL), "utf8")).examples.map(exampleSentences));

const t0 = performance.now();
tagTokens("The attack killed 129 people.", tokenize("The attack killed 129 people."));
console.log(`model build + first tag: ${(performance.now() - t0).toFixed(0)} ms`);

const numberSentences = articles.map((a) => a.filter((s) => HAS_NUMBER.test(s.text)).map((s) => s.text));
for (let round = 0; round < 2; round++) for (const a of numberSentences) for (const text of a) tagTokens(text, tokenize(text));
const times: number[] = [];
for (const a of numberSentences) {
  const start = performance.now();
  for (const text of a) tagTokens(text, tokenize(text));
  times.push(performance.now() - start);
}
times.sort((x, y) => x - y);
const mean = times.reduce((s, x) => s + x, 0) / times.length;
const sentences = numberSentences.reduce((s, a) => s + a.length, 0);
console.log(
  `tagging number sentences: ${articles.length} articles, ${sentences} sentences; mean ${mean.toFixed(3)} ms/article, p50 ${(times[Math.floor(times.length / 2)] ?? 0).toFixed(3)} ms`,
);

/**
 * Compares the speed of two checkouts in one process, for a speed change on a machine other work loads: both load
 * their own lib/ (two copies of every module), then chunks of 100 of the 1,214 bench articles are timed alternately,
 * base and branch in turn (which goes first alternates), `rounds` times; each side's time is the sum over chunks of the
 * chunk's fastest run in CPU time, the least disturbed estimate. Swap the two directories and run again: the side that
 * goes first in the pairing has been seen to gain ~2%, so average the two orders.
 * Run: npx tsx scripts/brief-ab.ts BASE_DIR BRANCH_DIR [rounds=10] [step=brief]
 *   step: brief (briefArticle), coverage (wordCoverage), signals (articleSignals), sentences (articleSentences),
 *   figures (findFigures). BASE_DIR is e.g. a `git archive` of main's commit with node_modules linked in.
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { evalFile } from "#eval/datasets.ts";
import { parseEvalJsonl } from "#eval/evaluate.ts";
import { parseJsonArticle } from "#news/article.ts";
import { articleSentences } from "#news/sentences.ts";

const [baseArg, branchArg, roundsArg, stepArg] = process.argv.slice(2);
if (baseArg === undefined || branchArg === undefined) throw new Error("usage: npx tsx scripts/brief-ab.ts BASE_DIR BRANCH_DIR [rounds] [step]");
const rounds = Number(roundsArg ?? 10);
const step = stepArg ?? "brief";

// Parsed as cli/bench.ts parses them, once, by this checkout: both sides read the same objects.
const articles = ["dev.jsonl", "dev-bbc.jsonl"].flatMap((f) =>
  parseEvalJsonl(readFileSync(evalFile(f), "utf8")).map((e) =>
    parseJsonArticle({ id: e.id.slice(0, 64), title: e.title ?? e.text.slice(0, 80), text: e.text, publishedAt: "2026-01-01T00:00:00Z" }),
  ),
);
const sentences = articles.map((a) => articleSentences(a));
const texts = sentences.map((s) => s.map((x) => x.text));

type Run = (from: number, to: number) => void;

/** A run that does `work` for each article of [from, to). */
const each =
  (work: (i: number) => void): Run =>
  (from, to) => {
    for (let i = from; i < to; i++) work(i);
  };

/** The step as the checkout in `dir` computes it, over articles [from, to). */
async function stepOf(dir: string): Promise<Run> {
  const at = (path: string) => resolve(dir, path);
  switch (step) {
    case "brief": {
      const m = (await import(at("lib/brief/brief.ts"))) as typeof import("#brief/brief.ts");
      return each((i) => m.briefArticle(articles[i]!));
    }
    case "coverage": {
      const m = (await import(at("lib/brief/word-importance.ts"))) as typeof import("#brief/word-importance.ts");
      return each((i) => m.wordCoverage(texts[i]!, articles[i]!.headline));
    }
    case "signals": {
      const m = (await import(at("lib/brief/rank-features.ts"))) as typeof import("#brief/rank-features.ts");
      return each((i) => m.articleSignals({ sentences: sentences[i]!, headline: articles[i]!.headline }));
    }
    case "sentences": {
      const m = (await import(at("lib/news/sentences.ts"))) as typeof import("#news/sentences.ts");
      return each((i) => m.articleSentences(articles[i]!));
    }
    case "figures": {
      // A base from before the figures moved into folders has card.ts flat in lib/brief/figures.
      const card = existsSync(at("lib/brief/figures/card/card.ts")) ? "lib/brief/figures/card/card.ts" : "lib/brief/figures/card.ts";
      const m = (await import(at(card))) as typeof import("#brief/figures/card/card.ts");
      return each((i) => m.findFigures(sentences[i]!, { limit: 5, headline: articles[i]!.headline }));
    }
    default:
      throw new Error(`unknown step ${step}: brief, coverage, signals, sentences or figures`);
  }
}

const sides = [await stepOf(baseArg), await stepOf(branchArg)] as const;
// A warm-up pass each, so both are compiled before any chunk is timed.
for (const run of sides) run(0, articles.length);

const CHUNK = 100;
const chunks: [number, number][] = [];
for (let i = 0; i < articles.length; i += CHUNK) chunks.push([i, Math.min(articles.length, i + CHUNK)]);
const fastest = [chunks.map(() => Infinity), chunks.map(() => Infinity)];
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
for (let r = 0; r < rounds; r++) {
  chunks.forEach(([from, to], k) => {
    for (const side of (r + k) % 2 === 0 ? [0, 1] : [1, 0]) {
      const t0 = cpuMs();
      sides[side]!(from, to);
      fastest[side]![k] = Math.min(fastest[side]![k]!, cpuMs() - t0);
    }
  });
}
const [base, branch] = fastest.map((xs) => xs.reduce((a, x) => a + x, 0)) as [number, number];
console.log(`${step}: base ${base.toFixed(1)} ms, branch ${branch.toFixed(1)} ms (CPU, sum over chunks of the fastest of ${rounds}); speedup ${(base / branch).toFixed(3)}`);

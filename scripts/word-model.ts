// The word-importance model on the dev sets (docs/ranking.md, sixth round): its coefficients on each fold and on all of
// both sets, how well held-out p(w) finds the words the reference keeps, and the within-article AUC of the sentence
// importance it gives, beside word-overlap degree's (the second round's 0.829 BBC / 0.674 CNN/DailyMail), with the
// same labels as scripts/rank-signals.ts (BBC: a sentence of the reference, all articles; CNN/DailyMail: a sentence of
// the greedy oracle, the first 1,000 articles). Every p(w) here is from the model of the folds the article is not in.
// "WORD_MODEL" is the fit on all of both sets that lib/brief/word-importance.ts checks in (wordModelOf).
//   npx tsx scripts/word-model.ts [--without=feature,…]
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { articleSignals } from "#brief/rank-features.ts";
import { meanImportance, sumImportance, wordProbabilities, WORD_FEATURES, type WordFeature, type WordModel } from "#brief/word-importance.ts";
import { evalDir, evalFile } from "#eval/datasets.ts";
import { exampleSentences, parseEvalJsonl } from "#eval/evaluate.ts";
import { oracleSummary } from "#eval/peers.ts";
import { withinAuc } from "#scripts/tune-auc.ts";
import { foldOf } from "#scripts/tune-data.ts";
import { foldModel, wordArticle, type WordArticle } from "#scripts/word-data.ts";
import { logLoss } from "#scripts/word-fit.ts";

interface Loaded extends WordArticle {
  set: "bbc" | "cnn";
  overlap: number[];
  /** The sentences the reference keeps (only for the articles the sentence AUC reads). */
  kept?: boolean[];
}

const norm = (t: string) => t.replace(/\s+/g, " ").trim();

function load(file: string, set: "bbc" | "cnn", labelled: number, dir = evalDir()): Loaded[] {
  return parseEvalJsonl(readFileSync(evalFile(file, dir), "utf8")).map((ex, k) => {
    const sentences = exampleSentences(ex);
    const texts = sentences.map((s) => s.text);
    const reference = ex.highlights.join("\n");
    const { signals } = articleSignals(ex.title ? { sentences, headline: ex.title } : { sentences });
    let kept: boolean[] | undefined;
    if (k < labelled) {
      const keep = new Set(set === "bbc" ? ex.highlights.map(norm) : oracleSummary(sentences, reference).map(norm));
      kept = texts.map((t) => keep.has(norm(t)));
    }
    return { ...wordArticle(texts, reference, foldOf(ex.id), ex.title || undefined), set, overlap: signals.map((s) => s.overlap), kept };
  });
}

export const showModel = (m: WordModel): string =>
  `bias ${m.bias.toFixed(4)}, ${WORD_FEATURES.map((f) => `${f} ${m.weights[f].toFixed(4)}`).join(", ")}`;

/**
 * The model of every word of a CNN/DailyMail set and a BBC set in `dir`, read in that order (the tuner's, so the same
 * sums in the same order and the same bits as its "all" model): what WORD_MODEL checks in for the dev sets.
 */
export function wordModelOf(dir = evalDir(), files = { cnn: "cnndm-dev.jsonl", bbc: "dev-bbc.jsonl" }): WordModel {
  return foldModel([...load(files.cnn, "cnn", 0, dir), ...load(files.bbc, "bbc", 0, dir)], "all");
}

function main(args: string[]): void {
  const without = args.filter((a) => a.startsWith("--without=")).flatMap((a) => a.slice(10).split(",")) as WordFeature[];
  const articles = [...load("cnndm-dev.jsonl", "cnn", 1000), ...load("dev-bbc.jsonl", "bbc", Infinity)];
  // Each article's held-out p(w) and per-sentence importance.
  const p: Float64Array[] = new Array<Float64Array>(articles.length);
  for (const fold of [0, 1, 2, 3, 4] as const) {
    const model = foldModel(articles, fold, { without });
    const held = articles.filter((a) => a.fold === fold);
    console.log(`fold ${fold}: ${showModel(model)}; held-out log-loss ${logLoss(model, held).toFixed(4)}`);
    articles.forEach((a, i) => {
      if (a.fold === fold) p[i] = wordProbabilities(model, a.words);
    });
  }
  const all = foldModel(articles, "all", { without });
  console.log(`all: ${showModel(all)}`);
  console.log(`WORD_MODEL (without ${without.join(", ") || "nothing"}): ${JSON.stringify(all)}`);
  for (const set of ["bbc", "cnn"] as const) {
    const idx = articles.flatMap((a, i) => (a.set === set ? [i] : []));
    const wordAuc = withinAuc(idx.map((i) => ({ values: [...p[i]!], labels: [...articles[i]!.labels].map((l) => l === 1) })));
    const share = idx.reduce((s, i) => s + articles[i]!.labels.reduce((x, l) => x + l, 0) / Math.max(1, articles[i]!.labels.length), 0) / idx.length;
    const rows = idx.filter((i) => articles[i]!.kept);
    const sentenceAuc = (values: (i: number) => number[]) => withinAuc(rows.map((i) => ({ values: values(i), labels: articles[i]!.kept! })));
    const w = (i: number) => articles[i]!.words;
    console.log(`\n${set}: ${idx.length} articles, ${(100 * share).toFixed(1)}% of content words in the reference; word AUC of held-out p(w) ${wordAuc.toFixed(3)}`);
    console.log(`| sentence signal (${rows.length} articles) | within-article AUC |\n|---|---|`);
    console.log(`| overlap (word-overlap degree) | ${sentenceAuc((i) => articles[i]!.overlap).toFixed(3)} |`);
    console.log(`| importance, mean p(w) | ${sentenceAuc((i) => meanImportance(w(i), p[i]!)).toFixed(3)} |`);
    console.log(`| importance, Σ p(w) / article's max | ${sentenceAuc((i) => sumImportance(w(i), p[i]!)).toFixed(3)} |`);
    console.log(`| importance, Σ p(w) / √words | ${sentenceAuc((i) => w(i).sentences.map((h) => h.reduce((s, id) => s + p[i]![id]!, 0) / Math.sqrt(Math.max(1, h.length)))).toFixed(3)} |`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));

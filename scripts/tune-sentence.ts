// The supervised sentence model's cheap probes (docs/ranking.md, seventh round), before any cross-validated weight fit:
// its coefficients on all of both dev sets, the within-article AUC of held-out p(kept) beside the best single signals,
// and the checked-in weights with the `keep` part added at each weight of the grid (all other weights as checked in),
// each article scored with the sentence and word models of the folds it is not in, against the checked-in weights
// article by article (paired bootstrap, R-1).
//   npx tsx scripts/tune-sentence.ts [--bbc-weight=1] [--without=feature,…] [--words-without=word feature,…]
import { DEFAULT_WEIGHTS, PART_NAMES, type RankWeights } from "#brief/rank.ts";
import type { WordFeature } from "#brief/word-importance.ts";
import { SENTENCE_FEATURES, type SentenceFeature, type SentenceModel } from "#brief/sentence-model.ts";
import { evalFile } from "#eval/datasets.ts";
import { pairedBootstrap } from "#eval/bootstrap.ts";
import { withinAuc } from "#scripts/tune-auc.ts";
import { attachWordModels, FOLDS, prepare, scoresOf, useWordModel, type Prepared, type Triple } from "#scripts/tune-data.ts";
import { attachSentenceModels, sentenceLabels } from "#scripts/sentence-data.ts";
import { GRID } from "#scripts/tune-fit.ts";

const f2 = (x: number) => `${x >= 0 ? "+" : ""}${x.toFixed(2)}`;
export const showSentenceModel = (m: SentenceModel): string => `bias ${m.bias.toFixed(4)}, ${SENTENCE_FEATURES.map((f) => `${f} ${m.weights[f].toFixed(4)}`).join(", ")}`;

/** Every article's scores under `weights`, each with the models of the folds it is not in. */
function heldOut(articles: readonly Prepared[], weights: RankWeights): Triple[] {
  const out = new Array<Triple>(articles.length);
  for (let fold = 0; fold < FOLDS; fold++) {
    useWordModel(fold);
    const at = articles.flatMap((a, i) => (a.fold === fold ? [i] : []));
    scoresOf(at.map((i) => articles[i]!), weights).forEach((t, k) => (out[at[k]!] = t));
  }
  return out;
}

function main(args: string[]): void {
  const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const bbcWeight = Number(option("bbc-weight") ?? 1);
  const without = (option("without")?.split(",") ?? []) as SentenceFeature[];
  const corpora = { cnn: prepare(evalFile("cnndm-dev.jsonl")), bbc: prepare(evalFile("dev-bbc.jsonl")) };
  attachWordModels([corpora.cnn, corpora.bbc], [], 0, (option("words-without")?.split(",") ?? []) as WordFeature[]);
  const models = attachSentenceModels(corpora, { bbcWeight, without });
  models.forEach((m, k) => console.log(`sentence model ${k === FOLDS ? "all" : `fold ${k}`}: ${showSentenceModel(m)}`));
  console.log(`\nSENTENCE_MODEL (all of both sets, BBC weight ${bbcWeight}): ${JSON.stringify(models[FOLDS])}\n`);

  console.log("| set | held-out p(kept) AUC | overlap AUC | position AUC (earlier first) |\n|---|---|---|---|");
  for (const [name, set, extractive] of [["CNN/DM", corpora.cnn, false], ["BBC", corpora.bbc, true]] as const) {
    const labelled = set.map((a) => ({ a, labels: [...sentenceLabels(a, extractive)].map((l) => l === 1) }));
    const aucOf = (value: (a: Prepared, i: number) => number) => withinAuc(labelled.map(({ a, labels }) => ({ values: a.signals.map((_, i) => value(a, i)), labels })));
    console.log(`| ${name} | ${aucOf((a, i) => a.keepP[a.fold]![i]!).toFixed(3)} | ${aucOf((a, i) => a.signals[i]!.overlap).toFixed(3)} | ${aucOf((a, i) => -i).toFixed(3)} |`);
  }

  const base = { cnn: heldOut(corpora.cnn, DEFAULT_WEIGHTS), bbc: heldOut(corpora.bbc, DEFAULT_WEIGHTS) };
  const mean = (ts: readonly Triple[], k: number) => (100 * ts.reduce((a, t) => a + t[k]!, 0)) / ts.length;
  const lead = (set: readonly Prepared[], k: number) => (100 * set.reduce((a, x) => a + x.lead3[k]!, 0)) / set.length;
  const row = (what: string, weights: RankWeights) => {
    const c = heldOut(corpora.cnn, weights);
    const b = heldOut(corpora.bbc, weights);
    const vs = (ours: Triple[], theirs: Triple[]) => {
      const i = pairedBootstrap(ours.map((t, k) => 100 * (t[0] - theirs[k]![0])));
      return `${f2(i.mean)} (${f2(i.low)}..${f2(i.high)})`;
    };
    const gains = [0, 1, 2].map((k) => f2(mean(c, k) - lead(corpora.cnn, k))).join(" / ");
    console.log(`| ${what} | ${gains} | ${mean(b, 0).toFixed(2)} | ${vs(c, base.cnn)} | ${vs(b, base.bbc)} |`);
  };
  console.log("\n| weights | CNN/DM Δ R-1 / R-2 / R-L | BBC R-1 | vs checked in, R-1: CNN/DM | BBC |\n|---|---|---|---|---|");
  row("checked in", DEFAULT_WEIGHTS);
  // BertSumExt's trigram blocking beside the cosine check and instead of it (the third round tried both on "both-0.1").
  row("checked in + trigram blocking", { ...DEFAULT_WEIGHTS, trigramBlock: 1 });
  row("checked in, trigram blocking instead of the cosine check", { ...DEFAULT_WEIGHTS, trigramBlock: 1, redundancy: 1.01 });
  for (const keep of GRID.keep.filter((w) => w > 0)) row(`checked in + keep ${keep}`, { ...DEFAULT_WEIGHTS, keep });
  // The model alone as the score, the checked-in selection (MMR, coverage, cosine threshold, budget) on top.
  for (const keep of [0.5, 1, 2]) {
    const alone = { ...DEFAULT_WEIGHTS, ...Object.fromEntries(PART_NAMES.map((p) => [p, 0])), keep };
    row(`keep ${keep} alone (selection as checked in)`, alone);
  }
}

main(process.argv.slice(2));

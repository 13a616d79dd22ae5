// Cross-validated tuning of the ranking on the dev sets: cnndm-dev.jsonl (3,000 CNN/DailyMail articles) and
// dev-bbc.jsonl (1,114 BBC articles); never a held-out set. Each variant frees some weights; for each of 5 folds (split
// by a hash of the article id, in both sets) the free weights are fitted by coordinate ascent on the other 4 folds and
// scored on the held-out fold of each set. A variant with a bbcWeight fits on both sets at once (one ranking for both);
// one without fits on CNN/DailyMail alone, and its BBC column is then BBC never tuned on.
//   npx tsx scripts/tune.ts [variant ...] [--fit-all=NAME] [--folds=0,1]   (no names: every variant; docs/ranking.md)
// --fit-all=NAME also fits that variant on all of both sets and prints the weights (what lib/brief/rank.ts checks in).
// --folds=… scores only those folds (quicker while exploring; the figures in docs/ranking.md use all 5).
// --against=NAME compares each variant with NAME article by article on the held-out folds: the mean difference in
// ROUGE-1 on each set with its paired-bootstrap 95% interval (the fold-to-fold sd above is the wrong noise for that).
// --by-length splits that comparison by the quartile of the article's length in sentences within each set (shortest
// first): where a part keyed on the kind of story wins and loses (docs/ranking.md, fourth round).
// --alt-words=W also fits word models with BBC's words weighted W (the checked-in kind weighs both sets' words as 1),
// for the variants that read them ("cov-around-alt", "alt-refit"); --alt-without=f,… leaves word features out of them
// and --words-without=f,… out of the checked-in kind (ablations: docs/ranking.md, seventh round).
// --fits=FILE reads the fits an earlier run saved there and saves each new one (the figures are the same without it).
import { evalFile } from "#eval/datasets.ts";
import { pairedBootstrap } from "#eval/bootstrap.ts";
import { crossValidate, fitVariant, heldOutR1, useFitsFile, VARIANTS } from "#scripts/tune-fit.ts";
import { attachWordModels, delta, measure, prepare } from "#scripts/tune-data.ts";
import type { WordFeature } from "#brief/word-importance.ts";

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const sd = (xs: readonly number[]) => (xs.length < 2 ? 0 : Math.sqrt(xs.reduce((a, x) => a + (x - mean(xs)) ** 2, 0) / (xs.length - 1)));
const f2 = (x: number) => `${x >= 0 ? "+" : ""}${x.toFixed(2)}`;
const spread = (xs: readonly number[]) => `${f2(mean(xs))} ± ${sd(xs).toFixed(2)}`;

function main(args: string[]): void {
  const option = (name: string) => args.filter((a) => a.startsWith(`--${name}=`)).map((a) => a.slice(name.length + 3));
  const fitAll = option("fit-all");
  const folds = option("folds").flatMap((f) => f.split(",").map(Number));
  const names = args.filter((a) => !a.startsWith("--"));
  for (const file of option("fits")) useFitsFile(file);
  const corpora = { cnn: prepare(evalFile("cnndm-dev.jsonl")), bbc: prepare(evalFile("dev-bbc.jsonl")) };
  const without = option("words-without").flatMap((f) => f.split(",")) as WordFeature[];
  attachWordModels([corpora.cnn, corpora.bbc], [], 0, without);
  const altWithout = option("alt-without").flatMap((f) => f.split(",")) as WordFeature[];
  for (const w of option("alt-words")) attachWordModels([corpora.cnn, corpora.bbc], [1, Number(w)], 1, altWithout);
  const chosen = names.length > 0 ? VARIANTS.filter((v) => names.includes(v.name)) : VARIANTS;
  console.log("| variant | what | CV Δ R-1 | CV Δ R-2 | CV Δ R-L | BBC CV R-1 | BBC CV Δ R-1 / R-2 / R-L |");
  console.log("|---|---|---|---|---|---|---|");
  for (const variant of chosen) {
    const results = crossValidate(corpora, variant, folds.length > 0 ? folds : undefined);
    const col = (k: 0 | 1 | 2) => spread(results.map((f) => f.gain[k]));
    const bbc = [0, 1, 2].map((k) => f2(mean(results.map((f) => f.bbcGain[k]!)))).join(" / ");
    console.log(`| ${variant.name} | ${variant.what} | ${col(0)} | ${col(1)} | ${col(2)} | ${mean(results.map((f) => f.bbcR1)).toFixed(2)} ± ${sd(results.map((f) => f.bbcR1)).toFixed(2)} | ${bbc} |`);
    for (const name of option("against")) {
      const base = VARIANTS.find((v) => v.name === name)!;
      const vs = (corpus: "cnn" | "bbc") => {
        const ours = heldOutR1(corpora, variant, corpus);
        const theirs = heldOutR1(corpora, base, corpus);
        const diff = ours.map((x, k) => x - theirs[k]!);
        const show = (xs: number[]) => {
          const i = pairedBootstrap(xs);
          return `${f2(i.mean)} (${f2(i.low)}..${f2(i.high)})`;
        };
        if (!args.includes("--by-length")) return show(diff);
        // Stable order by length, file order on ties: the same quartiles on every run.
        const order = corpora[corpus].map((a, k) => ({ n: a.signals.length, k })).sort((a, b) => a.n - b.n || a.k - b.k);
        const cut = (q: number) => Math.floor((q * order.length) / 4);
        const quarters = [0, 1, 2, 3].map((q) => order.slice(cut(q), cut(q + 1)));
        return `${show(diff)}; by length quartile ${quarters.map((part) => `${part[0]!.n}–${part[part.length - 1]!.n}: ${show(part.map((x) => diff[x.k]!))}`).join(", ")}`;
      };
      console.log(`<!-- ${variant.name} − ${name}, held out, R-1: CNN/DM ${vs("cnn")}, BBC ${vs("bbc")} -->`);
    }
    if (fitAll.includes(variant.name)) {
      // The weights to check in: the same procedure on all of both sets.
      const all = fitVariant(corpora, variant);
      const c = measure(corpora.cnn, all);
      const b = measure(corpora.bbc, all);
      console.log(`<!-- ${variant.name} fitted on all: CNN/DM Δ ${delta(c).map(f2).join(" / ")}, BBC R-1 ${b.ours[0].toFixed(2)} (Δ ${delta(b).map(f2).join(" / ")})`);
      console.log(`${JSON.stringify(all)} -->`);
    }
  }
}

main(process.argv.slice(2));

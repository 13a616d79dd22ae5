// Cross-validated tuning of the ranking on cnndm-dev.jsonl (3,000 CNN/DailyMail articles; never a held-out set).
// Each variant frees some weights; for each of 5 folds (split by a hash of the article id) the free weights are fitted
// by coordinate ascent on the other 4 folds and scored on the held-out one. Prints mean ± sd of nutgraf − Lead-3 on the
// held-out folds, then the weights fitted on all 3,000 and what they score on dev-bbc.jsonl.
//   npx tsx scripts/tune.ts [variant ...] [--fit-all=NAME]   (no names: every variant; results in docs/ranking.md)
// --fit-all=NAME also fits that variant on all 3,000 articles and prints the weights (what lib/brief/rank.ts checks in).
import { evalFile } from "#eval/datasets.ts";
import { crossValidate, fitVariant, VARIANTS } from "#scripts/tune-fit.ts";
import { delta, measure, prepare } from "#scripts/tune-data.ts";

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const sd = (xs: readonly number[]) => Math.sqrt(xs.reduce((a, x) => a + (x - mean(xs)) ** 2, 0) / (xs.length - 1));
const f2 = (x: number) => `${x >= 0 ? "+" : ""}${x.toFixed(2)}`;

function main(args: string[]): void {
  const fitAll = args.filter((a) => a.startsWith("--fit-all=")).map((a) => a.slice("--fit-all=".length));
  const names = args.filter((a) => !a.startsWith("--"));
  const cnn = prepare(evalFile("cnndm-dev.jsonl"));
  const bbc = prepare(evalFile("dev-bbc.jsonl"));
  const chosen = names.length > 0 ? VARIANTS.filter((v) => names.includes(v.name)) : VARIANTS;
  console.log("| variant | what | CV Δ R-1 | CV Δ R-2 | CV Δ R-L | BBC R-1 (mean of the 5 fold fits) |");
  console.log("|---|---|---|---|---|---|");
  for (const variant of chosen) {
    const folds = crossValidate(cnn, variant);
    const col = (k: 0 | 1 | 2) => `${f2(mean(folds.map((f) => f.gain[k])))} ± ${sd(folds.map((f) => f.gain[k])).toFixed(2)}`;
    const bbcR1 = mean(folds.map((f) => measure(bbc, f.weights).ours[0]));
    console.log(`| ${variant.name} | ${variant.what} | ${col(0)} | ${col(1)} | ${col(2)} | ${bbcR1.toFixed(2)} |`);
    if (fitAll.includes(variant.name)) {
      // The weights to check in: the same procedure on all 3,000 articles.
      const all = fitVariant(cnn, variant);
      const c = measure(cnn, all);
      console.log(`<!-- ${variant.name} fitted on all 3,000: CNN/DM Δ ${delta(c).map(f2).join(" / ")}, BBC R-1 ${measure(bbc, all).ours[0].toFixed(2)}`);
      console.log(`${JSON.stringify(all)} -->`);
    }
  }
}

main(process.argv.slice(2));

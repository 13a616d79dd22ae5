// Cross-validated tuning of the ranking on cnndm-dev.jsonl (3,000 CNN/DailyMail articles; never a held-out set).
// Each variant frees some weights; for each of 5 folds (split by a hash of the article id) the free weights are fitted
// by coordinate ascent on the other 4 folds and scored on the held-out one. Prints mean ± sd of nutgraf − Lead-3 on the
// held-out folds, then the weights fitted on all 3,000 and what they score on dev-bbc.jsonl.
//   npx tsx scripts/tune.ts [variant ...]     (no names: every variant; the results are recorded in docs/ranking.md)
import { LEGACY_WEIGHTS } from "../lib/rank.ts";
import { crossValidate, fit, VARIANTS, type Param } from "./tune-fit.ts";
import { measure, prepare } from "./tune-data.ts";

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const sd = (xs: readonly number[]) => Math.sqrt(xs.reduce((a, x) => a + (x - mean(xs)) ** 2, 0) / (xs.length - 1));
const f2 = (x: number) => `${x >= 0 ? "+" : ""}${x.toFixed(2)}`;

function main(names: string[]): void {
  const cnn = prepare(new URL("../../shared/eval/cnndm-dev.jsonl", import.meta.url).pathname);
  const bbc = prepare(new URL("../../shared/eval/dev-bbc.jsonl", import.meta.url).pathname);
  const chosen = names.length > 0 ? VARIANTS.filter((v) => names.includes(v.name)) : VARIANTS;
  console.log("| variant | what | CV Δ R-1 | CV Δ R-2 | CV Δ R-L | fit on all: CNN/DM R-1 (Lead-3) | BBC R-1 (Lead-3) |");
  console.log("|---|---|---|---|---|---|---|");
  for (const variant of chosen) {
    const folds = crossValidate(cnn, variant);
    const col = (k: 0 | 1 | 2) => `${f2(mean(folds.map((t) => t[k])))} ± ${sd(folds.map((t) => t[k])).toFixed(2)}`;
    const start = { ...LEGACY_WEIGHTS, ...variant.fixed };
    const all = variant.free.length > 0 ? fit(cnn, start, variant.free) : start;
    const c = measure(cnn, all);
    const b = measure(bbc, all);
    console.log(
      `| ${variant.name} | ${variant.what} | ${col(0)} | ${col(1)} | ${col(2)} | ${c.ours[0].toFixed(2)} (${c.lead[0].toFixed(2)}) | ${b.ours[0].toFixed(2)} (${b.lead[0].toFixed(2)}) |`,
    );
    const changed = Object.fromEntries(Object.entries(all).filter(([k, v]) => LEGACY_WEIGHTS[k as Param] !== v));
    console.log(`<!-- ${variant.name} fitted on all: ${JSON.stringify(changed)} -->`);
  }
}

main(process.argv.slice(2));

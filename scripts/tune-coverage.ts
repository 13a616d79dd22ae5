// The coverage setting's landscape on all of both dev sets (docs/ranking.md, sixth round): the checked-in weights with
// each κ and α of the tuner's grid, scored in sample with the word model of all articles, the objective the fit
// maximises beside it. Shows why `--fit-all=cov` keeps κ = 0 while some fold fits chose a small κ.
//   npx tsx scripts/tune-coverage.ts
import { DEFAULT_WEIGHTS } from "#brief/rank.ts";
import { evalFile } from "#eval/datasets.ts";
import { attachWordModels, delta, measure, prepare, useWordModel } from "#scripts/tune-data.ts";
import { GRID, OBJECTIVE } from "#scripts/tune-fit.ts";

const f2 = (x: number) => `${x >= 0 ? "+" : ""}${x.toFixed(2)}`;
const corpora = { cnn: prepare(evalFile("cnndm-dev.jsonl")), bbc: prepare(evalFile("dev-bbc.jsonl")) };
attachWordModels([corpora.cnn, corpora.bbc]);
useWordModel("all");
console.log("| κ | α | CNN/DM Δ R-1 / R-2 / R-L | BBC R-1 | objective (CNN + 0.1 × BBC) |\n|---|---|---|---|---|");
for (const coverage of GRID.coverage) {
  for (const coverageLength of coverage === 0 ? [0] : GRID.coverageLength) {
    const weights = { ...DEFAULT_WEIGHTS, coverage, coverageLength };
    const c = delta(measure(corpora.cnn, weights));
    const b = measure(corpora.bbc, weights);
    const objective = OBJECTIVE(c) + 0.1 * OBJECTIVE(delta(b));
    console.log(`| ${coverage} | ${coverage === 0 ? "—" : coverageLength} | ${c.map(f2).join(" / ")} | ${b.ours[0].toFixed(2)} | ${objective.toFixed(3)} |`);
  }
}

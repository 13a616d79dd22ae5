// Grid search over the ranking weights on the dev sets (never the held-out set): prints the best settings.
import { readFileSync } from "node:fs";
import { evalFile } from "#eval/datasets.ts";
import { exampleSentences, lead3, nutgrafSummary, parseEvalJsonl, type EvalExample } from "#eval/evaluate.ts";
import { DEFAULT_WEIGHTS, type RankWeights } from "#brief/rank.ts";
import { rouge } from "#eval/rouge.ts";

const sets = ["dev.jsonl", "dev-bbc.jsonl"].map((f) => {
  const all = parseEvalJsonl(readFileSync(evalFile(f), "utf8"));
  return { name: f, examples: f === "dev-bbc.jsonl" ? all.filter((_, i) => i % 4 === 0) : all };
});

function run(examples: EvalExample[], w: RankWeights) {
  let r1 = 0, r2 = 0, rl = 0, l1 = 0, l2 = 0, ll = 0;
  for (const ex of examples) {
    const s = exampleSentences(ex);
    const ref = ex.highlights.join("\n");
    const ours = rouge(nutgrafSummary(ex, s, 3, w).join("\n"), ref);
    const lead = rouge(lead3(s).join("\n"), ref);
    r1 += ours.rouge1.f1; r2 += ours.rouge2.f1; rl += ours.rougeL.f1;
    l1 += lead.rouge1.f1; l2 += lead.rouge2.f1; ll += lead.rougeL.f1;
  }
  const n = examples.length / 100;
  return { d1: (r1 - l1) / n, d2: (r2 - l2) / n, dl: (rl - ll) / n, r1: r1 / n, r2: r2 / n, rl: rl / n };
}

// The last search run: around the chosen weights, over length shaping and lead strength.
const grid: Partial<RankWeights>[] = [];
for (const centrality of [0.05, 0.1, 0.15])
  for (const longWords of [25, 30, 40])
    for (const length of [0.1, 0.2])
      for (const position of [0.2, 0.3])
        grid.push({ centrality, longWords, length, position });
const results = grid.map((g) => {
  const w = { ...DEFAULT_WEIGHTS, ...g };
  const [cnn, bbc] = sets.map((s) => run(s.examples, w));
  return { g, cnn: cnn!, bbc: bbc! };
});
results.sort((a, b) => Math.min(b.cnn.d1, b.cnn.d2, b.cnn.dl) - Math.min(a.cnn.d1, a.cnn.d2, a.cnn.dl));
const fmt = (x: number) => x.toFixed(2);
for (const r of results.slice(0, 15)) {
  console.log(JSON.stringify(r.g), "cnn Δ", fmt(r.cnn.d1), fmt(r.cnn.d2), fmt(r.cnn.dl), "bbc Δ", fmt(r.bbc.d1), fmt(r.bbc.d2), fmt(r.bbc.dl));
}

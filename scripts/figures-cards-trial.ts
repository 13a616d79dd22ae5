/**
 * Which cards a trial of the card's weights changes, for reading by hand: for each article of an eval file (outside
 * the figures gold), the figures that leave the default card and those that enter it, with the highlights beside them
 * when the file has any. Reorders alone are not listed. Deterministic: articles in file order.
 * Run: npx tsx scripts/figures-cards-trial.ts --try 'k=v,…' [--file cnndm-dev.jsonl] [--half tune|held|all]
 *   [--exclude docs/audits/blind-ids.txt|none] (the weights as scripts/fit-card.ts writes them; counts to stderr)
 * `--exclude` names a file of article ids left out, as figures-cards.ts' does, by default the blind audit samples,
 * which a trial's rows would otherwise show to whoever reads them (a trial of the thirty-fourth round printed a blind
 * card so).
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { pickFigures } from "#brief/figures/card/card.ts";
import { DEFAULT_FIGURES, type KeyFigure } from "#brief/figures/card/figure.ts";
import { CARD_WEIGHTS, type CardWeights } from "#brief/figures/card/weights.ts";
import { evalFile } from "#eval/datasets.ts";
import { exampleSentences, readEvalSet } from "#eval/evaluate.ts";
import { articleCandidates } from "#eval/figures-eval.ts";
import { isTuneHalf, parseFiguresGold } from "#eval/figures-gold.ts";
import { BLIND_IDS_FILE, readIds } from "#scripts/blind-ids.ts";
import { parseTrial } from "#scripts/figures-fit-data.ts";

const { values } = parseArgs({
  options: { try: { type: "string", default: "" }, file: { type: "string", default: "cnndm-dev.jsonl" }, half: { type: "string", default: "all" }, exclude: { type: "string", default: BLIND_IDS_FILE } },
});
const excluded = readIds(values.exclude);
const trial = parseTrial(values.try, CARD_WEIGHTS);
const gold = new Set(parseFiguresGold(readFileSync(evalFile("figures-dev.jsonl"), "utf8")).map((g) => g.id));
const line = (f: KeyFigure) => `${f.display} — ${f.label} (s${f.sentence})`;

let read = 0;
let changed = 0;
for (const e of readEvalSet(readFileSync(evalFile(values.file), "utf8")).examples) {
  if (gold.has(e.id) || excluded.has(e.id) || (values.half !== "all" && isTuneHalf(e.id) !== (values.half === "tune"))) continue;
  read++;
  const sentences = exampleSentences(e);
  const candidates = articleCandidates(e, sentences);
  const card = (w: CardWeights) => pickFigures(candidates, sentences.length, DEFAULT_FIGURES, w).map(line);
  const before = card(CARD_WEIGHTS);
  const after = card(trial);
  const out = before.filter((x) => !after.includes(x));
  if (out.length === 0) continue;
  changed++;
  console.log(`\n${e.id} ${e.title ?? (sentences[0]?.text ?? "").slice(0, 100)}`);
  if (e.highlights.length > 0) console.log(`  highlights: ${e.highlights.join(" / ")}`);
  console.log(`  out: ${out.join(" | ")}\n  in:  ${after.filter((x) => !before.includes(x)).join(" | ")}`);
}
console.error(`${changed} of ${read} cards hold other figures under ${values.try || "the current weights"}`);

import { existsSync, readFileSync } from "node:fs";
import { BOOTSTRAP_RESAMPLES, BOOTSTRAP_SEED } from "#eval/bootstrap.ts";
import { evaluate, readEvalSet, type EvalReport, type SystemScores } from "#eval/evaluate.ts";
import { InputError } from "#cli/usage.ts";

const NAMES = { nutgraf: "nutgraf", lead3: "Lead-3", textrank: "ts-textrank", oracle: "oracle" } as const;
const signed = (x: number) => `${x >= 0 ? "+" : ""}${x.toFixed(2)}`;

export function formatEval(report: EvalReport, dataset: string): string {
  const systems: [keyof typeof NAMES, SystemScores][] = [["nutgraf", report.systems.nutgraf], ["lead3", report.systems.lead3]];
  if (report.peers) systems.push(["textrank", report.peers.textrank], ["oracle", report.peers.oracle]);
  const rows = [
    ["system", "ROUGE-1", "ROUGE-2", "ROUGE-L", "ROUGE-Lsum"],
    ...systems.map(([name, s]) => [NAMES[name], ...[s.rouge1, s.rouge2, s.rougeL, s.rougeLsum].map((x) => x.toFixed(2))]),
  ];
  const d = report.difference;
  const delta = ["Δ", ...[d.rouge1, d.rouge2, d.rougeL, d.rougeLsum].map((i) => signed(i.mean))];
  const ci = ["95% CI", ...[d.rouge1, d.rouge2, d.rougeL, d.rougeLsum].map((i) => `${signed(i.low)}..${signed(i.high)}`)];
  const width = 14;
  const table = [...rows, delta, ci].map((r) => r.map((c, i) => (i === 0 ? String(c).padEnd(12) : String(c).padStart(width))).join(" "));
  const skipped = report.skipped ? ` (${report.skipped} unusable lines skipped)` : "";
  return (
    `${dataset}: ${report.n} articles${skipped}, 3 sentences each, F1 in percent (lowercased, Porter-stemmed tokens)\n${table.join("\n")}\n` +
    `Δ = nutgraf − Lead-3; 95% CI by paired bootstrap over articles (${BOOTSTRAP_RESAMPLES} resamples, seed ${BOOTSTRAP_SEED}). ` +
    "oracle = greedy best 3 sentences given the reference (the ceiling); ts-textrank reads the raw text with its own splitter.\n"
  );
}

export function evalCommand(dataset: string, options: { json: boolean; limit?: number; peers?: boolean }): string {
  if (!existsSync(dataset)) {
    throw new InputError(`no such file: ${dataset} (the dev sets: README "Evaluation data"; in the repository: test/fixtures/eval/dev.jsonl)`);
  }
  let text: string;
  try {
    text = readFileSync(dataset, "utf8");
  } catch (error) {
    throw new InputError(`cannot read ${dataset}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const { examples, skipped } = readEvalSet(text, options.limit);
  if (examples.length === 0) throw new InputError(`${dataset} has no usable lines (JSONL of {"id","text","highlights":[...]})`);
  const report = evaluate(examples, { peers: options.peers ?? true });
  if (skipped.length > 0) {
    report.skipped = skipped.length;
    for (const s of skipped.slice(0, 5)) process.stderr.write(`nutgraf eval: skipped line ${s.line}: ${s.reason}\n`);
    if (skipped.length > 5) process.stderr.write(`nutgraf eval: … and ${skipped.length - 5} more skipped lines\n`);
  }
  return options.json ? `${JSON.stringify(report)}\n` : formatEval(report, dataset);
}

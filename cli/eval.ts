import { existsSync, readFileSync } from "node:fs";
import { evaluate, readEvalSet, type EvalReport } from "#eval/evaluate.ts";
import { InputError, UsageError } from "#cli/usage.ts";

export function formatEval(report: EvalReport, dataset: string): string {
  const rows = [
    ["system", "ROUGE-1", "ROUGE-2", "ROUGE-L", "ROUGE-Lsum"],
    ...(["nutgraf", "lead3"] as const).map((name) => {
      const s = report.systems[name];
      return [name === "lead3" ? "Lead-3" : name, s.rouge1, s.rouge2, s.rougeL, s.rougeLsum].map((x) => (typeof x === "number" ? x.toFixed(2) : x));
    }),
  ];
  const ours = report.systems.nutgraf;
  const lead = report.systems.lead3;
  const delta = ["Δ", ours.rouge1 - lead.rouge1, ours.rouge2 - lead.rouge2, ours.rougeL - lead.rougeL, ours.rougeLsum - lead.rougeLsum].map((x) =>
    typeof x === "number" ? `${x >= 0 ? "+" : ""}${x.toFixed(2)}` : x,
  );
  const table = [...rows, delta].map((r) => r.map((c, i) => (i === 0 ? String(c).padEnd(8) : String(c).padStart(10))).join(" "));
  const skipped = report.skipped ? ` (${report.skipped} unusable lines skipped)` : "";
  return `${dataset}: ${report.n} articles${skipped}, 3 sentences each, F1 in percent (lowercased, Porter-stemmed tokens)\n${table.join("\n")}\n`;
}

export function evalCommand(dataset: string, options: { json: boolean; limit?: number }): string {
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
  if (examples.length === 0) throw new UsageError(`${dataset} has no usable lines (JSONL of {"id","text","highlights":[...]})`);
  const report = evaluate(examples);
  if (skipped.length > 0) {
    report.skipped = skipped.length;
    for (const s of skipped.slice(0, 5)) process.stderr.write(`nutgraf eval: skipped line ${s.line}: ${s.reason}\n`);
    if (skipped.length > 5) process.stderr.write(`nutgraf eval: … and ${skipped.length - 5} more skipped lines\n`);
  }
  return options.json ? `${JSON.stringify(report)}\n` : formatEval(report, dataset);
}

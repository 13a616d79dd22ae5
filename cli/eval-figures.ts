import { readFileSync } from "node:fs";
import { readEvalSet, type EvalExample } from "#eval/evaluate.ts";
import type { CeilingTally } from "#eval/figures-ceiling.ts";
import { evaluateFigures, type FiguresReport, type GoldPart } from "#eval/figures-eval.ts";
import { parseFiguresGold } from "#eval/figures-gold.ts";
import { InputError, UsageError } from "#cli/usage.ts";

function read(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    throw new InputError(`cannot read ${path}: ${(error as Error).message}`);
  }
}

const PARTS: readonly [GoldPart, string][] = [
  ["all", "whole dev gold"],
  ["tune", "tune half"],
  ["heldOut", "held-out half (not tuned on)"],
];

export function formatFigures(r: FiguresReport, gold: string): string {
  const lines = [
    `${gold}: figure card (5) against the gold, nutgraf beside the naive card (first five distinct numbers, years left out)`,
    "cardable: key figures a card may hold, those the gold types year, date, time, age, score or identifier left out (junk on a card)",
  ];
  for (const [part, name] of PARTS) {
    const n = r.systems.nutgraf[part];
    const b = r.systems.naive[part];
    lines.push("", `${name}: ${r.articles[part]} articles, ${n.counts.keyFacts} key figures, ${n.counts.keyCardable} of them cardable`, `  ${"".padEnd(16)}${"nutgraf".padStart(10)}${"naive".padStart(10)}`);
    const row = (label: string, x: number | string, y: number | string) => lines.push(`  ${label.padEnd(16)}${String(x).padStart(10)}${String(y).padStart(10)}`);
    row("key recall %", n.keyRecall.toFixed(1), b.keyRecall.toFixed(1));
    row("  cardable %", n.cardableKeyRecall.toFixed(1), b.cardableKeyRecall.toFixed(1));
    row("value acc %", n.valueAccuracy.toFixed(1), b.valueAccuracy.toFixed(1));
    row("type acc %", n.typeAccuracy.toFixed(1), "–");
    row("label acc %", n.labelAccuracy.toFixed(1), "–");
    row("junk", n.junk, b.junk);
    row("matched/card", `${n.counts.matched}/${n.counts.card}`, `${b.counts.matched}/${b.counts.card}`);
  }
  const h = r.highlights;
  const pct = (x: number, n: number) => (n === 0 ? "0.0" : ((100 * x) / n).toFixed(1));
  lines.push("", `highlight recall (${h.articles} CNN/DailyMail articles: numbers the highlights quote from the article)`);
  lines.push(`  years and ages left out: ${h.quoted.numbers} numbers, nutgraf ${pct(h.quoted.nutgraf, h.quoted.numbers)}%, naive ${pct(h.quoted.naive, h.quoted.numbers)}%`);
  lines.push(
    `  dates, times, scores and names ("No 1", "Under 21") left out too: ${h.countable.numbers} numbers, nutgraf ${pct(h.countable.nutgraf, h.countable.numbers)}%, naive ${pct(h.countable.naive, h.countable.numbers)}%`,
  );
  lines.push(
    `  the same, held as the same fact (the card's sentence shares a word with the highlight around the number): nutgraf ${pct(h.sameFact.nutgraf, h.sameFact.numbers)}%, naive ${pct(h.sameFact.naive, h.sameFact.numbers)}%`,
  );
  lines.push(...ceilingLines(h.ceiling, pct));
  for (const [part, name] of [["tune", "tune half"], ["heldOut", "held-out half"]] as const) {
    const x = h.halves[part];
    if (x.countable.numbers === 0) continue;
    lines.push(
      `  ${name} (by article id): countable ${x.countable.numbers} numbers, nutgraf ${pct(x.countable.nutgraf, x.countable.numbers)}%, naive ${pct(x.countable.naive, x.countable.numbers)}%; same fact nutgraf ${pct(x.sameFact.nutgraf, x.sameFact.numbers)}%, naive ${pct(x.sameFact.naive, x.sameFact.numbers)}%`,
    );
  }
  if (r.missing.length > 0) lines.push(`gold articles with no text in the files given: ${r.missing.length} (${r.missing.slice(0, 3).join(", ")}…)`);
  return `${lines.join("\n")}\n`;
}

/**
 * How much of highlight recall a 5-figure card of nutgraf's candidates could reach, quoted numbers / countable ones;
 * nothing when the highlights quote no number (BBC rows only): five lines of 0 / 0 would say nothing.
 */
function ceilingLines(c: FiguresReport["highlights"]["ceiling"], pct: (x: number, n: number) => string): string[] {
  if (c.quoted.numbers === 0) return [];
  const both = (f: (t: CeilingTally) => number) => `${f(c.quoted)} / ${f(c.countable)} (${pct(f(c.quoted), c.quoted.numbers)}% / ${pct(f(c.countable), c.countable.numbers)}%)`;
  return [
    `  ceiling, of the ${c.quoted.numbers} / ${c.countable.numbers} numbers above (years and ages left out / countable):`,
    `    held by the card ${both((t) => t.card)}, as the same fact ${both((t) => t.cardFact)}: by value only, a coincidence ("one goal" held by another "one"), ${both((t) => t.card - t.cardFact)}`,
    `    held by some candidate, so a ranking could card it with no junk: ${both((t) => t.candidate)}, as the same fact ${both((t) => t.candidateFact)}`,
    `    an oracle card, the best five candidates for the highlights: ${both((t) => t.oracle)}, for the same facts ${both((t) => t.oracleFact)}`,
    `    no candidate: read only as a year, date, time, age, score or identifier (junk on a card) ${both((t) => t.junkOnly)}, read as another type ${both((t) => t.excluded)}, not read ${both((t) => t.notRead)}`,
  ];
}

/** `nutgraf eval --figures <gold.jsonl> <articles.jsonl…>`. */
export function evalFiguresCommand(gold: string, articleFiles: readonly string[], options: { json: boolean; pos?: boolean }): string {
  if (articleFiles.length === 0) throw new UsageError("eval --figures needs the gold file and at least one articles file (JSONL)");
  const goldArticles = parseFiguresGold(read(gold));
  const examples: EvalExample[] = articleFiles.flatMap((f) => readEvalSet(read(f)).examples);
  const report = evaluateFigures(goldArticles, examples, options.pos ?? true);
  return options.json ? `${JSON.stringify(report)}\n` : formatFigures(report, gold);
}

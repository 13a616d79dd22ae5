/**
 * The countable highlight numbers no candidate holds (the reading part of the highlight gap of `nutgraf eval
 * --figures` on cnndm-dev): each with the highlight around it, the article sentence that states it (the place whose
 * words around the number share most with the highlight's, the first on a tie), and what reading made of that place —
 * a number of another value over it, a number typed as no figure, one dropped for want of a label, or nothing at all.
 * The class is the ceiling's (figures-ceiling.ts): read only as junk, read as another type, not read.
 * Deterministic: articles in file order. `--every k` lists every k-th number only (a sample to categorise by hand).
 * Run: npx tsx scripts/figures-uncarded.ts [--half tune|held|all] [--file cnndm-dev.jsonl] [--every 1]
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { everyNumber } from "#brief/figures/card/every.ts";
import type { Raw } from "#brief/figures/card/figure.ts";
import { sentenceNumbers } from "#brief/figures/card/sentence.ts";
import { evalFile } from "#eval/datasets.ts";
import { exampleReading, readEvalSet } from "#eval/evaluate.ts";
import { articleCandidates, highlightOccurrences } from "#eval/figures-eval.ts";
import { isTuneHalf, JUNK_TYPES } from "#eval/figures-gold.ts";
import { contentStems, factStems, holdsValue } from "#eval/figures-highlights.ts";
import { naiveNumbers } from "#eval/naive-numbers.ts";
import { BLIND_IDS_FILE, readIds } from "#scripts/blind-ids.ts";

const options = { half: { type: "string", default: "tune" }, file: { type: "string", default: "cnndm-dev.jsonl" }, every: { type: "string", default: "1" } } as const;
const { values } = parseArgs({ options });
if (!["tune", "held", "all"].includes(values.half)) throw new Error(`--half must be tune, held or all, not ${values.half}`);
const every = Number(values.every);
if (!Number.isInteger(every) || every < 1) throw new Error(`--every must be a whole number >= 1, not ${values.every}`);

const context = (text: string, from: number, to: number, width = 60): string => `${text.slice(Math.max(0, from - width), from)}[${text.slice(from, to)}]${text.slice(to, to + width)}`;

/** What reading left on a number, in a few words. */
function reading(r: Raw, text: string): string {
  const flags = [r.rejected ? "rejected" : "", r.conversion ? "conversion" : "", r.drop && !r.rejected && !r.conversion ? "dropped" : ""].filter((x) => x !== "").join(" ");
  return `"${text.slice(r.from, r.to)}"=${r.value}${r.valueMax === undefined ? "" : `-${r.valueMax}`} ${r.type ?? "?"} "${r.label}"${flags === "" ? "" : ` (${flags})`}`;
}

const examples = readEvalSet(readFileSync(evalFile(values.file), "utf8")).examples.filter(
  (e) => !e.id.startsWith("bbc-") && e.highlights.length > 0 && (values.half === "all" || isTuneHalf(e.id) === (values.half === "tune")),
);
// Blind articles count in the totals (the measure is over the whole half) but are never printed (scripts/blind-ids.ts).
const blind = readIds(BLIND_IDS_FILE);
const tally = new Map<string, number>();
let listed = 0;
let numbers = 0;
for (const example of examples) {
  const { sentences, leftOut } = exampleReading(example);
  const article = naiveNumbers(sentences);
  const occurrences = highlightOccurrences(example, new Set(article.map((n) => n.value))).filter((o) => o.countable);
  if (occurrences.length === 0) continue;
  const candidates = articleCandidates(example, sentences, true, leftOut).map((c) => c.figure);
  let read: ReturnType<typeof everyNumber> | undefined;
  for (const v of new Set(occurrences.map((o) => o.value))) {
    numbers++;
    if (candidates.some((f) => holdsValue(f, v))) continue;
    read ??= everyNumber(sentences);
    const types = read.filter((n) => holdsValue(n, v)).map((n) => n.type);
    const cls = types.length === 0 ? "not read" : types.every((t) => t !== undefined && JUNK_TYPES.has(t)) ? "junk only" : "another type";
    tally.set(cls, (tally.get(cls) ?? 0) + 1);
    if ((tally.get(cls)! - 1) % every !== 0 || blind.has(example.id)) continue;
    listed++;
    const o = occurrences.find((x) => x.value === v)!;
    const highlight = example.highlights[o.highlight] ?? "";
    const words = new Set(occurrences.filter((x) => x.value === v).flatMap((x) => [...factStems(example.highlights[x.highlight] ?? "", x.at)]));
    // The article place that says what the highlight says: most content words in common around the number.
    let best: { n: (typeof article)[number]; score: number } | undefined;
    for (const n of article) {
      if (n.value !== v) continue;
      const text = sentences.find((s) => s.index === n.sentence)?.text ?? "";
      const around = contentStems(`${text.slice(Math.max(0, n.at - 60), n.at)} ${text.slice(n.at + n.display.length, n.at + n.display.length + 60)}`);
      const score = new Set(around.filter((w) => words.has(w))).size;
      if (best === undefined || score > best.score) best = { n, score };
    }
    console.log(`${example.id} ${v} [${cls}] hl: ${context(highlight, o.at, o.at + 1, 70)}`);
    if (best === undefined) continue;
    const sentence = sentences.find((s) => s.index === best.n.sentence);
    const text = sentence?.text ?? "";
    const end = best.n.at + best.n.display.length;
    console.log(`    s${best.n.sentence} (${best.score} words shared): ${context(text, best.n.at, end)}`);
    const over = sentence === undefined ? [] : sentenceNumbers(sentence).filter((r) => r.from < end && best.n.at < r.to);
    console.log(`    read: ${over.length === 0 ? "nothing here" : over.map((r) => reading(r, text)).join("; ")}`);
  }
}
console.log(`\n${values.file}, half ${values.half}: ${examples.length} articles, ${numbers} countable highlight numbers, no candidate: ${[...tally.entries()].map(([k, n]) => `${k} ${n}`).join(", ")}; listed ${listed}`);

/**
 * Why the card misses the numbers CNN/DailyMail journalists quote in their highlights (cnndm-dev.jsonl, the
 * "countable" measure of `nutgraf eval --figures`: years, ages, dates, times, scores and names left out). Every
 * missed highlight number is put in one class, the first that fits:
 *   matcher  — the card holds the very words the number was read from, under another value (the scorer's fault);
 *   not read — nutgraf reads no number of that value in the article;
 *   excluded — read, never a candidate: the type or rule that excluded it (date, age, "no label", conversion…);
 *   ranked   — a candidate, ranked 6th or lower (with the card's length: a short card had free slots);
 *   repeat   — a candidate the card left out as the same fact as a figure it holds.
 * Then the card's length, and what the naive card holds that ours misses. Deterministic: articles in file order.
 * Run: npx tsx scripts/figures-highlights.ts [--half tune|held|all] [--examples 4] [--file cnndm-dev.jsonl] [--class prefix]
 *   --class: only the classes whose name starts so ("excluded: type identifier"), with --examples of each.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import type { Raw } from "#brief/figures/card/figure.ts";
import { sentenceNumbers } from "#brief/figures/card/sentence.ts";
import { evalFile } from "#eval/datasets.ts";
import { type EvalExample, exampleSentences, readEvalSet } from "#eval/evaluate.ts";
import { highlightOccurrences, nutgrafCard } from "#eval/figures-eval.ts";
import { isTuneHalf } from "#eval/figures-gold.ts";
import { holdsValue as holds } from "#eval/figures-highlights.ts";
import { naiveCard, naiveNumbers } from "#eval/naive-numbers.ts";
import type { Sentence } from "#news/sentences.ts";
import { BLIND_IDS_FILE, readIds } from "#scripts/blind-ids.ts";

const { values } = parseArgs({ options: { half: { type: "string", default: "all" }, examples: { type: "string", default: "4" }, file: { type: "string", default: "cnndm-dev.jsonl" }, class: { type: "string" } } });
const EXAMPLES = Number(values.examples);

/** Why a read number is no candidate, from what reading left on it. */
function exclusion(r: Raw): string {
  if (r.rejected) return `type ${r.type ?? "other"}`;
  if (r.conversion) return "conversion (folded into the amount before)";
  if (r.label === "") return `no label (small bare ${r.type ?? "count"})`;
  return `dropped ${r.type ?? ""} "${r.label}"`;
}

interface Miss {
  id: string;
  value: number;
  cls: string;
  detail: string;
  highlight: string;
  cardLength: number;
}

const context = (text: string, from: number, to: number): string => `${text.slice(Math.max(0, from - 50), from)}[${text.slice(from, to)}]${text.slice(to, to + 40)}`;

function classify(example: EvalExample, sentences: readonly Sentence[], v: number, cardLength: number): Omit<Miss, "id" | "value" | "highlight" | "cardLength"> {
  const card = nutgrafCard(example, sentences);
  const naive = naiveNumbers(sentences).filter((n) => n.value === v);
  // matcher: a card figure's words overlap an occurrence of the value the naive reader finds there.
  for (const f of card) {
    const text = sentences[f.sentence]?.text ?? "";
    const from = text.indexOf(f.display);
    const n = naive.find((x) => x.sentence === f.sentence && from >= 0 && x.at < from + f.display.length && from < x.at + x.display.length);
    if (n !== undefined) return { cls: "matcher", detail: `card "${f.display}"=${f.value} vs naive "${n.display}"=${v}` };
  }
  const read: { r: Raw; s: Sentence }[] = [];
  for (const s of sentences) for (const r of sentenceNumbers(s)) if (holds(r, v)) read.push({ r, s });
  if (read.length === 0) {
    const n = naive[0];
    const text = n === undefined ? "" : (sentences[n.sentence]?.text ?? "");
    return { cls: "not read", detail: n === undefined ? "" : context(text, n.at, n.at + n.display.length) };
  }
  const candidates = read.filter((x) => !x.r.drop);
  if (candidates.length === 0) {
    const why = [...new Set(read.map((x) => exclusion(x.r)))];
    const x = read[0]!;
    return { cls: `excluded: ${why[0]!.replace(/ ".*$/, "")}`, detail: `${why.join("; ")} « ${context(x.s.text, x.r.from, x.r.to)} »` };
  }
  const long = nutgrafCard(example, sentences, 100);
  const rank = long.findIndex((f) => holds(f, v));
  if (rank >= 0) {
    const f = long[rank]!;
    return { cls: cardLength < 5 ? "ranked (card short!)" : `ranked ${rank + 1 <= 7 ? "6-7" : "8+"}`, detail: `#${rank + 1} "${f.display}" — ${f.label} (${f.kind}, s${f.sentence}) « ${(sentences[f.sentence]?.text ?? "").slice(0, 110)} »\n        card: ${card.map((c) => `${c.display} — ${c.label} (s${c.sentence})`).join(" | ")}` };
  }
  const x = candidates[0]!;
  return { cls: "repeat (same fact as a card figure)", detail: `"${x.r.label}" « ${context(x.s.text, x.r.from, x.r.to)} »` };
}

const examples = readEvalSet(readFileSync(evalFile(values.file), "utf8")).examples.filter(
  (e) => !e.id.startsWith("bbc-") && e.highlights.length > 0 && (values.half === "all" || isTuneHalf(e.id) === (values.half === "tune")),
);
// Blind articles count in the totals (the measure is over the whole half) but are never printed (scripts/blind-ids.ts).
const blind = readIds(BLIND_IDS_FILE);
const misses: Miss[] = [];
let countable = 0;
let held = 0;
let naiveHeld = 0;
const lengths = new Map<number, number>();
const buckets = new Map<string, { n: number; mine: number; theirs: number }>();
const naiveWins = new Map<string, number>();
const naiveWinExamples = new Map<string, string[]>();
for (const example of examples) {
  const sentences = exampleSentences(example);
  const occurrences = highlightOccurrences(example, new Set(naiveNumbers(sentences).map((n) => n.value))).filter((n) => n.countable);
  const numbers = new Set(occurrences.map((n) => n.value));
  const card = nutgrafCard(example, sentences);
  lengths.set(card.length, (lengths.get(card.length) ?? 0) + 1);
  const naive = naiveCard(sentences);
  for (const v of numbers) {
    countable++;
    const bucket = v === 1 ? "1" : v < 10 ? "2-9" : v < 100 ? "10-99" : "100+";
    const mine = card.some((f) => holds(f, v));
    const theirs = naive.some((n) => n.value === v);
    if (theirs) naiveHeld++;
    const b = buckets.get(bucket) ?? { n: 0, mine: 0, theirs: 0 };
    b.n++;
    if (mine) b.mine++;
    if (theirs) b.theirs++;
    buckets.set(bucket, b);
    if (mine) {
      held++;
      continue;
    }
    const c = classify(example, sentences, v, card.length);
    const o = occurrences.find((n) => n.value === v)!;
    const h = example.highlights[o.highlight] ?? "";
    const highlight = context(h, o.at, o.at + 1).replace(/^.{0,40}(?=.{50}\[)/, "");
    misses.push({ id: example.id, value: v, highlight, cardLength: card.length, ...c });
    if (theirs) {
      naiveWins.set(c.cls, (naiveWins.get(c.cls) ?? 0) + 1);
      const list = naiveWinExamples.get(c.cls) ?? [];
      const n = naive.find((x) => x.value === v)!;
      if (list.length < EXAMPLES && !blind.has(example.id)) list.push(`${example.id.slice(0, 16)} naive #${naive.indexOf(n) + 1} "${n.display}" « ${context(sentences[n.sentence]?.text ?? "", n.at, n.at + n.display.length)} »`);
      naiveWinExamples.set(c.cls, list);
    }
  }
}

const pct = (n: number, d: number) => (d === 0 ? "0.0" : ((100 * n) / d).toFixed(1));
console.log(`${values.file}, half ${values.half}: ${examples.length} articles, ${countable} countable highlight numbers`);
console.log(`  held: nutgraf ${held} (${pct(held, countable)}%), naive ${naiveHeld} (${pct(naiveHeld, countable)}%)`);
console.log(`  nutgraf card length: ${[...lengths.entries()].sort((a, b) => a[0] - b[0]).map(([k, n]) => `${k}: ${n}`).join(", ")}`);
console.log(`  by value: ${["1", "2-9", "10-99", "100+"].map((k) => { const b = buckets.get(k) ?? { n: 0, mine: 0, theirs: 0 }; return `${k}: ${b.n} (nutgraf ${pct(b.mine, b.n)}%, naive ${pct(b.theirs, b.n)}%)`; }).join("; ")}`);
const byClass = new Map<string, Miss[]>();
for (const m of misses) byClass.set(m.cls, [...(byClass.get(m.cls) ?? []), m]);
console.log(`\nmissed by nutgraf: ${misses.length} (of them held by the naive card: ${[...naiveWins.values()].reduce((a, b) => a + b, 0)})`);
for (const [cls, list] of [...byClass.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))) {
  if (values.class !== undefined && !cls.startsWith(values.class)) continue;
  const short = list.filter((m) => m.cardLength < 5).length;
  console.log(`\n${cls}: ${list.length} (card under 5 figures: ${short}; naive holds ${naiveWins.get(cls) ?? 0})`);
  for (const m of list.filter((x) => !blind.has(x.id)).slice(0, EXAMPLES)) console.log(`  ${m.id.slice(0, 16)} ${m.value}  hl: ${m.highlight.slice(0, 90)}\n      ${m.detail}`);
  for (const line of naiveWinExamples.get(cls) ?? []) console.log(`    naive: ${line}`);
}

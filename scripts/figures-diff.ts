/**
 * Every number of the gold articles beside what nutgraf reads for it (`nutgraf figures --all`), not only the
 * card's: the mismatched types, values and labels, and the gold numbers read as nothing. The card's scores
 * (`nutgraf eval --figures`) cover five figures an article; this covers all 495, so a reading fix shows here
 * whatever the card picks.
 * Run: npx tsx scripts/figures-diff.ts [--half tune|held|all] [--show label,type,value,missed] [--key] [--junk] [--card]
 *   --key: only the numbers the gold marks key. Figures are over numbers the gold does not type as junk
 *   (years, dates, times, ages, scores, identifiers), which no card should hold, unless --junk is given.
 *   --card: the default card's figures instead (what `nutgraf eval --figures` scores), each against its gold number.
 */
import { readFileSync } from "node:fs";
import { everyNumber } from "#brief/figures/card/every.ts";
import { exampleSentences, readEvalSet } from "#eval/evaluate.ts";
import { figureType, scorableCard } from "#eval/figures-eval.ts";
import { type GoldNumber, isTuneHalf, JUNK_TYPES, parseFiguresGold } from "#eval/figures-gold.ts";
import { labelMatches, matchGold } from "#eval/figures-score.ts";

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const k = args.indexOf(name);
  return k >= 0 ? args[k + 1] : undefined;
};
const half = opt("--half") ?? "all";
const show = new Set((opt("--show") ?? "label,type,value,missed").split(","));
const keyOnly = args.includes("--key");
const withJunk = args.includes("--junk");
const cardOnly = args.includes("--card");

const EVAL = new URL("../../shared/eval/", import.meta.url);
const gold = parseFiguresGold(readFileSync(new URL("figures-dev.jsonl", EVAL), "utf8"));
const examples = ["dev.jsonl", "dev-bbc.jsonl"].flatMap((f) => readEvalSet(readFileSync(new URL(f, EVAL), "utf8")).examples);
const byId = new Map(examples.map((e) => [e.id, e]));

const counts = { gold: 0, read: 0, value: 0, type: 0, label: 0 };
const lines: string[] = [];
const shown = (g: GoldNumber): string => `"${g.surface}" ${g.type} ${g.value} [${g.counts ?? ""} | ${g.head ?? ""}]`;

for (const article of gold) {
  const example = byId.get(article.id);
  if (example === undefined) continue;
  const tune = isTuneHalf(article.id);
  if ((half === "tune" && !tune) || (half === "held" && tune)) continue;
  const sentences = exampleSentences(example);
  const numbers = everyNumber(sentences);
  const wanted = article.numbers.filter((g) => (withJunk || !JUNK_TYPES.has(g.type)) && (!keyOnly || g.key));
  // Each of ours to the gold number it is; the first of ours to claim a gold number keeps it.
  const ours = new Map<GoldNumber, (typeof numbers)[number]>();
  for (const n of numbers) {
    const g = matchGold({ value: n.value, display: n.display, sentenceText: sentences[n.sentence]?.text ?? "" }, article.numbers);
    if (g !== undefined && !ours.has(g)) ours.set(g, n);
  }
  const id = article.id.slice(0, 16);
  if (cardOnly) {
    for (const f of scorableCard(example, sentences)) {
      const g = matchGold(f, article.numbers);
      if (g === undefined) continue;
      counts.gold++;
      counts.read++;
      if (Math.abs(f.value - g.value) <= 1e-6 * Math.max(Math.abs(f.value), Math.abs(g.value))) counts.value++;
      else if (show.has("value")) lines.push(`${id} VALUE  ${shown(g)} → ${f.value} "${f.display}"`);
      if (f.type === g.type) counts.type++;
      else if (show.has("type")) lines.push(`${id} TYPE   ${shown(g)} → ${f.type ?? ""} "${f.display}" (${f.label ?? ""})`);
      if (labelMatches(f.label, g)) counts.label++;
      else if (show.has("label")) lines.push(`${id} LABEL  ${shown(g)} → "${f.label ?? ""}"  «${g.sentence.slice(0, 140)}»`);
    }
    continue;
  }
  for (const g of wanted) {
    counts.gold++;
    const n = ours.get(g);
    if (n === undefined) {
      if (show.has("missed")) lines.push(`${id} MISSED ${shown(g)}  «${g.sentence.slice(0, 140)}»`);
      continue;
    }
    counts.read++;
    const type = figureType(n);
    const valueRight = Math.abs(n.value - g.value) <= 1e-6 * Math.max(Math.abs(n.value), Math.abs(g.value));
    if (valueRight) counts.value++;
    else if (show.has("value")) lines.push(`${id} VALUE  ${shown(g)} → ${n.value} "${n.display}"`);
    if (type === g.type) counts.type++;
    else if (show.has("type")) lines.push(`${id} TYPE   ${shown(g)} → ${type}${n.candidate ? "" : " ·"} "${n.display}" (${n.label})`);
    if (labelMatches(n.label, g)) counts.label++;
    else if (show.has("label")) lines.push(`${id} LABEL  ${shown(g)} → "${n.label}"${n.candidate ? "" : " ·"}  «${g.sentence.slice(0, 140)}»`);
  }
}

for (const l of lines) console.log(l);
const pct = (n: number, d: number) => (d === 0 ? "–" : `${((100 * n) / d).toFixed(1)}%`);
console.log(
  `\n${half} half, ${counts.gold} gold numbers${keyOnly ? " (key)" : ""}${withJunk ? "" : " (junk types left out)"}: read ${counts.read} (${pct(counts.read, counts.gold)}); ` +
    `of those read: value ${pct(counts.value, counts.read)}, type ${pct(counts.type, counts.read)}, label ${pct(counts.label, counts.read)}`,
);

/**
 * The figure card's misses on the figures gold, one by one: each key figure the default card leaves out, and
 * why (not read at all, read but typed as no figure, read but dropped, or ranked below the card), with what
 * took the card's slots instead. The starting point for any change to the card's ranking.
 * Run: npx tsx scripts/figures-misses.ts [tune|heldOut|all]
 */
import { readFileSync } from "node:fs";
import { exampleSentences, readEvalSet } from "#eval/evaluate.ts";
import { exampleFactBox, nutgrafCard, scorableCard } from "#eval/figures-eval.ts";
import { isTuneHalf, parseFiguresGold } from "#eval/figures-gold.ts";
import { emptyCounts, keyFacts, matchGold, scoreCard } from "#eval/figures-score.ts";
import { everyNumber } from "#brief/figures/card/every.ts";

const EVAL = new URL("../../shared/eval/", import.meta.url);
const part = process.argv[2] ?? "all";
const gold = parseFiguresGold(readFileSync(new URL("figures-dev.jsonl", EVAL), "utf8"));
const examples = ["dev.jsonl", "dev-bbc.jsonl"].flatMap((f) => readEvalSet(readFileSync(new URL(f, EVAL), "utf8")).examples);
const byId = new Map(examples.map((e) => [e.id, e]));

for (const g of gold) {
  const example = byId.get(g.id);
  if (example === undefined || (part === "tune" && !isTuneHalf(g.id)) || (part === "heldOut" && isTuneHalf(g.id))) continue;
  const sentences = exampleSentences(example);
  const card = scorableCard(example, sentences);
  const long = nutgrafCard(example, sentences, 100);
  const all = everyNumber(sentences);
  const lines: string[] = [];
  for (const facts of keyFacts(g.numbers)) {
    const c = emptyCounts();
    scoreCard({ ...g, numbers: facts }, card, c);
    if (c.keyRecalled > 0) continue;
    const f = facts[0];
    if (f === undefined) continue;
    // A fact-box or cut-clause figure's sentence is numbered after the story's (fact-box.ts, cut-clause.ts).
    const withBox = [...sentences, ...exampleFactBox(example, sentences)];
    const text = (i: number) => withBox[i]?.text ?? "";
    const rank = long.findIndex((k) => facts.some((x) => matchGold({ value: k.value, display: k.display, sentenceText: text(k.sentence) }, [x]) === x));
    let why: string;
    if (rank >= 0) why = `ranked ${rank + 1} (${long[rank]?.label}, ${long[rank]?.kind})`;
    else {
      const read = all.filter((k) => facts.some((x) => matchGold({ value: k.value, display: k.display, sentenceText: text(k.sentence) }, [x]) === x));
      why = read.length === 0 ? "not read" : `read, not a candidate: ${read.map((k) => `${k.display}=${k.value} ${k.type ?? ""} "${k.label}" cand=${k.candidate}`).join("; ")}`;
    }
    lines.push(`  MISS ${f.surface} [${f.type}] "${f.counts}" x${facts.length}: ${why}\n       « ${f.sentence.slice(0, 160)} »`);
  }
  const cardLines = card.map((k) => {
    const m = matchGold(k, g.numbers);
    return `${k.display} — ${k.label} ${m === undefined ? "(unmatched)" : m.key ? "KEY" : `not key: ${m.type} "${m.counts}"`}`;
  });
  if (lines.length === 0 && cardLines.every((l) => l.includes("KEY"))) continue;
  console.log(`${g.id} ${isTuneHalf(g.id) ? "tune" : "held"} ${example.title ?? ""}\n  card: ${cardLines.join(" | ")}`);
  for (const l of lines) console.log(l);
}

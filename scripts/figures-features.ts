/**
 * What separates the key figures from the rest among the card's candidates on the figures gold: for each candidate
 * feature, how many candidates have it and how many of those the gold marks key, on the tune half and on the
 * held-out half side by side, so a signal found on the tune half can be checked on the other before it is used.
 * Only candidates matched to a gold number are counted (an unmatched candidate has no key mark).
 * Run: npx tsx scripts/figures-features.ts
 */
import { readFileSync } from "node:fs";
import { exampleSentences, readEvalSet } from "#eval/evaluate.ts";
import { articleCandidates, toScorable } from "#eval/figures-eval.ts";
import { isTuneHalf, parseFiguresGold } from "#eval/figures-gold.ts";
import { matchGold } from "#eval/figures-score.ts";
import type { Candidate } from "#brief/figures/card/candidates.ts";

const EVAL = new URL("../../shared/eval/", import.meta.url);
const gold = parseFiguresGold(readFileSync(new URL("figures-dev.jsonl", EVAL), "utf8"));
const examples = ["dev.jsonl", "dev-bbc.jsonl"].flatMap((f) => readEvalSet(readFileSync(new URL(f, EVAL), "utf8")).examples);
const byId = new Map(examples.map((e) => [e.id, e]));

type Half = "tune" | "held";
const table = new Map<string, Record<Half, [number, number]>>();
function count(feature: string, half: Half, key: boolean): void {
  const row = table.get(feature) ?? { tune: [0, 0], held: [0, 0] };
  row[half][0]++;
  if (key) row[half][1]++;
  table.set(feature, row);
}

const bin = (x: number, edges: readonly number[]): string => {
  const i = edges.findIndex((e) => x < e);
  return i < 0 ? `>=${edges[edges.length - 1]}` : `<${edges[i]}`;
};

/** Odd count of opening quotes before the offset: the number sits inside a quotation. */
function quoted(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const doubles = (before.match(/["“”]/g) ?? []).length;
  const singles = (before.match(/(?:^|[\s(])['‘]/g) ?? []).length - (before.match(/['’](?=[\s,.;:!?)]|$)/g) ?? []).length;
  return doubles % 2 === 1 || singles > 0;
}

for (const g of gold) {
  const example = byId.get(g.id);
  if (example === undefined) continue;
  const half: Half = isTuneHalf(g.id) ? "tune" : "held";
  const sentences = exampleSentences(example);
  const cands = articleCandidates(example, sentences);
  const scorable = toScorable(
    cands.map((c) => c.figure),
    sentences,
  );
  const title = (example.title ?? "").toLowerCase();
  const lead = (sentences[0]?.text ?? "").toLowerCase();
  const byKind = new Map<string, number>();
  const perSentence = new Map<number, number>();
  for (const c of cands) perSentence.set(c.figure.sentence, (perSentence.get(c.figure.sentence) ?? 0) + 1);
  const salRank = (c: Candidate): number => {
    const own = c.signals.salience;
    return new Set(cands.filter((o) => o.signals.salience > own).map((o) => o.figure.sentence)).size;
  };
  const words = sentences.map((s) => s.text.toLowerCase()).join(" ");
  cands.forEach((c, k) => {
    const m = matchGold(scorable[k]!, g.numbers);
    if (m === undefined) return;
    const key = m.key;
    const f = c.figure;
    const s = c.signals;
    const order = byKind.get(s.kind) ?? 0;
    byKind.set(s.kind, order + 1);
    const head = f.label.toLowerCase().split(" ").filter((w) => w.length > 3);
    const headUses = head.length === 0 ? 0 : Math.max(...head.map((w) => words.split(w).length - 1));
    const feats = [
      "all",
      `kind=${s.kind}`,
      `type=${f.type ?? "-"}`,
      `words=${!/\d/.test(f.display)}`,
      `small<=4=${f.value <= 4 && s.kind !== "money" && s.kind !== "percent"}`,
      `smallwords=${f.value <= 4 && !/\d/.test(f.display) && s.kind !== "percent"}`,
      `vague=${/\b(?:hundreds|thousands|millions|dozens|scores)\b/i.test(f.display)}`,
      `qualifier=${f.qualifier !== undefined}`,
      `pos=${bin(s.sentence / Math.max(1, sentences.length), [0.0001, 0.2, 0.4, 0.6, 0.8])}`,
      `sentIdx=${bin(s.sentence, [1, 2, 3, 5, 8, 12])}`,
      `salience=${bin(s.salience, [0.2, 0.4, 0.6, 0.8, 0.95])}`,
      `salRank=${bin(salRank(c), [1, 2, 3, 5, 8])}`,
      `repeats=${Math.min(2, s.repeats)}`,
      `fallback=${s.fallback}`,
      `period=${s.period}`,
      `term=${s.term}`,
      `moved=${s.moved}`,
      `factor<1=${s.factor < 1}`,
      `kindOrder=${Math.min(3, order)}`,
      // Whether "first of its kind" says more than where its sentence stands (on the gold it does).
      `kindFirst/sentIdx=${order === 0}/${bin(s.sentence, [5, 12])}`,
      `numsInSentence=${Math.min(4, perSentence.get(f.sentence) ?? 0)}`,
      `quoted=${quoted(c.sentenceText, c.position)}`,
      `magnitude=${bin(Math.log10(Math.max(1, f.value)), [1, 2, 3, 4, 6, 9])}`,
      `inTitle=${title !== "" && title.includes(f.display.toLowerCase())}`,
      `labelInTitle=${title !== "" && head.some((w) => title.includes(w))}`,
      `labelInLead=${head.some((w) => lead.includes(w))}`,
      `labelUses=${bin(headUses, [2, 3, 5, 8])}`,
      `source=${g.source}`,
      `source*kind=${g.source}/${s.kind}`,
    ];
    for (const x of feats) count(x, half, key);
  });
}

const pct = ([n, k]: [number, number]) => (n === 0 ? "   -" : `${Math.round((100 * k) / n)}%`.padStart(4));
console.log("feature".padEnd(34), "tune key/n".padStart(12), "rate", "held key/n".padStart(12), "rate");
for (const name of [...table.keys()].sort()) {
  const r = table.get(name)!;
  console.log(name.padEnd(34), `${r.tune[1]}/${r.tune[0]}`.padStart(12), pct(r.tune), `${r.held[1]}/${r.held[0]}`.padStart(12), pct(r.held));
}

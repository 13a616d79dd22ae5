/**
 * The audit sheet of a deterministic sample of an eval file: every `step`-th article from `start`, each with its
 * default card (as `nutgraf brief` makes it, headline = title or the first 80 characters as figures-cards.ts does)
 * and every number of the article with its sentence (what `nutgraf figures --all` lists), so an editor can judge each
 * card figure and name the key numbers the card misses. docs/audits/card-audit-8.md was written from its output.
 * Run: npx tsx scripts/card-audit.ts --file cnndm-dev.jsonl --start 17 --step 100 > sheet.txt
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { briefArticle } from "#brief/brief.ts";
import { figureCaption } from "#brief/figures/card/caption.ts";
import { everyNumber } from "#brief/figures/card/every.ts";
import { evalFile } from "#eval/datasets.ts";
import { parseEvalJsonl } from "#eval/evaluate.ts";
import { parseJsonArticle } from "#news/article.ts";
import { readSentences } from "#news/sentences.ts";
import { figureLine } from "#scripts/figures-cards.ts";

const options = {
  file: { type: "string", default: "cnndm-dev.jsonl" },
  start: { type: "string", default: "17" },
  step: { type: "string", default: "100" },
  numbers: { type: "boolean", default: false },
} as const;
const { values } = parseArgs({ options });
const start = Number(values.start);
const step = Number(values.step);
// A step of 0 would print the first article forever, and one that is no number printed one article and stopped.
if (!Number.isInteger(start) || start < 0) throw new Error(`--start must be an integer >= 0, not ${values.start}`);
if (!Number.isInteger(step) || step < 1) throw new Error(`--step must be an integer >= 1, not ${values.step}`);
const entries = parseEvalJsonl(readFileSync(evalFile(values.file), "utf8"));
for (let i = start; i < entries.length; i += step) {
  const e = entries[i];
  if (e === undefined) break;
  const article = parseJsonArticle({ id: e.id.slice(0, 64), title: e.title ?? e.text.slice(0, 80), text: e.text, publishedAt: "2026-01-01T00:00:00Z" });
  const { sentences } = readSentences(article);
  console.log(`# ${e.id} — ${article.headline}`);
  for (const f of briefArticle(article, {}).figures) console.log(`  CARD ${figureLine(f)}`);
  if (!values.numbers) continue;
  let last = -1;
  for (const n of everyNumber(sentences)) {
    if (n.sentence !== last) console.log(`    s${n.sentence}: ${sentences[n.sentence]?.text ?? ""}`);
    last = n.sentence;
    console.log(`      ${n.candidate ? " " : "·"} ${n.display} [${n.type ?? ""}|${n.qualifier ?? ""}|${n.unit ?? ""}] ${figureCaption(n)}`);
  }
}

/**
 * A sweep's sheet: every `step`th card (from the `start`th, counting from 1) of a card file made by figures-cards.ts,
 * each figure with its sentence, so one judge can read labels without opening the articles. The ids come from the
 * card file, so a file made with `--exclude docs/audits/blind-ids.txt` keeps the blind articles out of the sheet too.
 * Run: npx tsx scripts/sweep-sheet.ts --cards /tmp/base31/cnndm.txt --file cnndm-dev.jsonl --start 6 --step 10
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { articleCards, cnndmArticles, figureLine } from "#scripts/figures-cards.ts";

const options = {
  cards: { type: "string" },
  file: { type: "string", default: "cnndm-dev.jsonl" },
  start: { type: "string", default: "6" },
  step: { type: "string", default: "10" },
} as const;
const { values } = parseArgs({ options });
if (values.cards === undefined) throw new Error("--cards FILE is required");
const ids = readFileSync(values.cards, "utf8").split("\n").filter((l) => l.startsWith("# ")).map((l) => l.slice(2));
const start = Number(values.start);
const step = Number(values.step);
const picked = new Set(ids.filter((_, i) => (i + 1 - start) % step === 0 && i + 1 >= start));
const articles = cnndmArticles(100000, values.file).filter((a) => picked.has(a.id));
for (const card of articleCards(articles, 5)) {
  console.log(`# ${card.id}`);
  for (const f of card.figures) {
    console.log(`  ${figureLine(f)}`);
    console.log(`      | ${card.sentences[f.sentence] ?? ""}`);
  }
}

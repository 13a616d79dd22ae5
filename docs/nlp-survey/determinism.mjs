// Same tags whatever was tagged before? And does memory grow with new words?  Run: node determinism.mjs
import fs from "node:fs";
import { tagWink, tagCompromise } from "./taggers.mjs";
const gold = fs.readFileSync("/work/shared/eval/figures-dev.jsonl", "utf8").trim().split("\n").map((l) => JSON.parse(l));
const sentences = [...new Set(gold.flatMap((a) => a.numbers.map((n) => n.sentence)))];
const texts = fs.readFileSync("/work/shared/eval/dev-bbc.jsonl", "utf8").trim().split("\n").map((l) => JSON.parse(l).text);
for (const [name, tag] of [["wink", tagWink], ["compromise", tagCompromise]]) {
  const key = (s) => tag(s).map((t) => `${t.text}/${t.pos}/${t.ent}`).join(" ");
  const first = sentences.map(key);
  global.gc?.();
  const h0 = process.memoryUsage().heapUsed;
  for (const t of texts) tag(t); // 1,114 articles of new vocabulary in between
  global.gc?.();
  const h1 = process.memoryUsage().heapUsed;
  const again = sentences.map(key);
  const diff = first.filter((k, i) => k !== again[i]).length;
  console.log(`${name}: ${sentences.length} gold sentences retagged after 1,114 BBC articles: ${diff} differ; heap ${(h0 / 1e6).toFixed(1)} → ${(h1 / 1e6).toFixed(1)} MB`);
}

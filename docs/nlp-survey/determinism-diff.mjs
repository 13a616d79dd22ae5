// Show the wink tokens whose tags change after tagging other articles.  Run: node determinism-diff.mjs
import fs from "node:fs";
import { tagWink } from "./taggers.mjs";
const gold = fs.readFileSync("/work/shared/eval/figures-dev.jsonl", "utf8").trim().split("\n").map((l) => JSON.parse(l));
const sentences = [...new Set(gold.flatMap((a) => a.numbers.map((n) => n.sentence)))];
const texts = fs.readFileSync("/work/shared/eval/dev-bbc.jsonl", "utf8").trim().split("\n").map((l) => JSON.parse(l).text);
const first = sentences.map((s) => tagWink(s));
for (const t of texts) tagWink(t);
sentences.forEach((s, i) => {
  const b = tagWink(s);
  const a = first[i];
  if (a.length !== b.length) return console.log("token count differs:", s);
  a.forEach((t, k) => { if (t.pos !== b[k].pos || t.ent !== b[k].ent) console.log(`${t.text}: ${t.pos}/${t.ent} → ${b[k].pos}/${b[k].ent}  in: ${s.slice(0, 110)}`); });
});
for (const s of sentences.slice(0)) {
  const a = first[sentences.indexOf(s)], b = tagWink(s);
  if (a.length !== b.length) console.log("before:", a.map((t) => t.text).join("|"), "\nafter: ", b.map((t) => t.text).join("|"));
}

// Which gold money surfaces each library fails to see as money.  Run: node money-check.mjs
import fs from "node:fs";
import { tagWink, tagCompromise } from "./taggers.mjs";
const gold = fs.readFileSync("/work/shared/eval/figures-dev.jsonl", "utf8").trim().split("\n").map((l) => JSON.parse(l));
const miss = { wink: [], compromise: [] };
for (const a of gold) for (const g of a.numbers) if (g.type === "money") {
  for (const [name, tag] of [["wink", tagWink], ["compromise", tagCompromise]]) {
    const s = g.sentence.indexOf(g.surface), e = s + g.surface.length;
    const toks = tag(g.sentence).filter((t) => t.end > s && t.start < e);
    if (!toks.some((t) => t.ent === "MONEY")) miss[name].push(`${g.surface} [${toks.map((t) => t.text + "/" + t.pos).join(" ")}]`);
  }
}
for (const [k, v] of Object.entries(miss)) console.log(`${k}: ${v.length} money surfaces not MONEY\n  ${v.join("\n  ")}`);

// Task 1: per-article tagging cost.  Run: node speed.mjs gold|k1000 [lib]
//  gold  = the 45 gold articles;  k1000 = dev.jsonl (100) + first 900 of dev-bbc.jsonl.
// Modes: whole text in one call; every sentence (project splitter) in its own call; only sentences with a number.
import fs from "node:fs";
import { createRequire } from "node:module";
import { performance } from "node:perf_hooks";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import nlp from "compromise";
const require = createRequire(import.meta.url);
const { splitSentences } = require("./sentences.cjs"); // bundled from /work/main/lib/news/sentences.ts

const read = (f) => fs.readFileSync(`/work/shared/eval/${f}`, "utf8").trim().split("\n").map((l) => JSON.parse(l));
const dev = read("dev.jsonl"), bbc = read("dev-bbc.jsonl");
const byId = new Map([...dev, ...bbc].map((a) => [a.id, a]));
const set = process.argv[2] ?? "gold";
const articles = set === "gold" ? read("figures-dev.jsonl").map((g) => byId.get(g.id)) : [...dev, ...bbc.slice(0, 900)];
const NUMBER = /\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|half|third|thirds|quarter|first|second)\b/i;
const docs = articles.map((a) => {
  const sentences = a.text.split(/\n+/).flatMap((p) => splitSentences(p));
  return { text: a.text, sentences, numberSentences: sentences.filter((s) => NUMBER.test(s)) };
});
const nS = docs.reduce((n, d) => n + d.sentences.length, 0), nN = docs.reduce((n, d) => n + d.numberSentences.length, 0);
const chars = docs.reduce((n, d) => n + d.text.length, 0);
console.log(`${set}: ${docs.length} articles, ${(chars / docs.length).toFixed(0)} chars/article, ${nS} sentences, ${nN} with a number (${((100 * nN) / nS).toFixed(0)}%)`);

const winkAll = winkNLP(model), winkLean = winkNLP(model, ["sbd", "pos", "ner"]), winkPos = winkNLP(model, ["sbd", "pos"]);
// Consume the tags so no library can defer the work.
const wink = (inst) => (t) => { const d = inst.readDoc(t); return d.tokens().out(inst.its.pos).length + d.entities().length(); };
const comp = (t) => nlp(t).json().length;
const LIBS = {
  "wink default pipe": wink(winkAll),
  "wink sbd+pos+ner": wink(winkLean),
  "wink sbd+pos": wink(winkPos),
  compromise: comp,
};
const only = process.argv[3];
const MODES = { "whole text": (d) => [d.text], "all sentences": (d) => d.sentences, "number sentences": (d) => d.numberSentences };
for (const [lib, fn] of Object.entries(LIBS)) {
  if (only && !lib.startsWith(only)) continue;
  for (const [mode, pick] of Object.entries(MODES)) {
    for (const d of docs.slice(0, 20)) for (const t of pick(d)) fn(t); // warm-up (JIT)
    const runs = [];
    for (let r = 0; r < 3; r++) {
      const t0 = performance.now();
      for (const d of docs) for (const t of pick(d)) fn(t);
      runs.push((performance.now() - t0) / docs.length);
    }
    runs.sort((a, b) => a - b);
    console.log(`| ${set} | ${lib} | ${mode} | ${runs[1].toFixed(2)} ms/article (median of 3; min ${runs[0].toFixed(2)}) |`);
  }
}

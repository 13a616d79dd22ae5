// Task 2: tagging quality on the gold numbers.  Run: node quality.mjs [--dump]
// Each gold sentence is tagged alone (as a figures layer would tag only number sentences).
import fs from "node:fs";
import { createRequire } from "node:module";
import { tagWink, tagCompromise } from "./taggers.mjs";
const require = createRequire(import.meta.url);
const stem = require("wink-eng-lite-web-model/dist/porter-stemmer.js");

const gold = fs.readFileSync("/work/shared/eval/figures-dev.jsonl", "utf8").trim().split("\n").map((l) => JSON.parse(l));
const NUMBER_WORDS = new Set(
  ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions billion billions trillion dozen dozens half third thirds quarter quarters bn m mn k tn").split(" "),
);
const ORDINAL = /^(\d+(st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|twentieth|hundredth|millionth)$/i;
// Tokens that stay inside the number's noun phrase: scale words, symbols, "per cent", compound hyphens.
const UNITISH = new Set("million millions billion billions trillion bn m mn k tn thousand hundred % percent per cent - $ £ € us$ a$ hk$".split(" "));
// "bn"/"m" split off "$1.13bn" are scale suffixes, not numerals: judged separately, not as NUM.
const SCALE_SUFFIX = new Set("bn m mn k tn".split(" "));
const isNumberToken = (t) => /\d/.test(t.text) || NUMBER_WORDS.has(t.text.toLowerCase().replace(/-.*/, "")) || ORDINAL.test(t.text);

function headOf(tokens, lastNum, followOf = false) {
  for (let k = lastNum + 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.pos === "NOUN" || t.pos === "PROPN") {
      if (UNITISH.has(t.text.toLowerCase())) continue;
      return { word: t.text, how: "noun" };
    }
    if (t.pos === "ADJ" || t.pos === "NUM" || t.pos === "SYM" || UNITISH.has(t.text.toLowerCase())) continue;
    if (followOf && /^(of|in)$/i.test(t.text)) {
      for (let j = k + 1; j < tokens.length && j <= k + 4; j++) {
        if (tokens[j].pos === "NOUN" || tokens[j].pos === "PROPN") return { word: tokens[j].text, how: "noun" };
        if (!["DET", "ADJ", "NUM", "VERB"].includes(tokens[j].pos)) break;
      }
    }
    break;
  }
  // Governing verb: a verb right after (past auxiliaries/adverbs: "23 were injured", "350 wounded"), else the nearest before.
  for (let k = lastNum + 1; k < tokens.length && k <= lastNum + 4; k++) {
    const p = tokens[k].pos;
    if (p === "VERB") return { word: tokens[k].text, how: "verb" };
    if (p !== "AUX" && p !== "ADV" && p !== "PART" && p !== "NUM" && p !== "ADJ") break;
  }
  for (let k = lastNum - 1; k >= 0; k--) if (tokens[k].pos === "VERB") return { word: tokens[k].text, how: "verb" };
  return null;
}

const IRREGULAR = { people: "person", men: "man", women: "woman", children: "child" };
const norm = (w) => stem(IRREGULAR[w.toLowerCase()] ?? w.toLowerCase());
const COUNTABLE = new Set("count money percent measure duration ordinal rank other".split(" "));
const PRIORITY = ["MONEY", "PERCENT", "TIME", "ORDINAL", "DATE", "DURATION", "CARDINAL"];
const EXPECT = { money: ["MONEY"], percent: ["PERCENT"], duration: ["DURATION"], date: ["DATE"], year: ["DATE"], time: ["TIME"], ordinal: ["ORDINAL"], rank: ["ORDINAL"], count: ["CARDINAL"], measure: ["CARDINAL"], age: ["CARDINAL", "DURATION"], score: ["CARDINAL"], identifier: ["CARDINAL"] };

function evaluate(name, tag) {
  const byType = {};
  const row = (t) => (byType[t] ??= { n: 0, numTok: 0, numOk: 0, labelN: 0, labelOk: 0, label2Ok: 0, headN: 0, headNoun: 0, nounOk: 0, verbOk: 0, entN: 0, entOk: 0 });
  const confusion = {};
  const dump = [];
  const headMiss = [];
  const cache = new Map();
  for (const art of gold)
    for (const g of art.numbers) {
      if (!cache.has(g.sentence)) cache.set(g.sentence, tag(g.sentence));
      const tokens = cache.get(g.sentence);
      const s = g.sentence.indexOf(g.surface);
      const e = s + g.surface.length;
      const inSpan = tokens.map((t, k) => [t, k]).filter(([t]) => t.end > s && t.start < e);
      const nums = inSpan.filter(([t]) => isNumberToken(t));
      for (const r of [row(g.type), row("ALL")]) r.n++;
      // (a) NUM on cardinal number tokens (ordinals are ADJ in UD, so they are left out here).
      for (const [t] of nums) {
        if (ORDINAL.test(t.text) || SCALE_SUFFIX.has(t.text.toLowerCase())) continue;
        for (const r of [row(g.type), row("ALL")]) { r.numTok++; if (t.pos === "NUM") r.numOk++; }
      }
      // (b) head noun / governing verb vs gold head or a word of counts, stemmed.
      const last = nums.length ? nums[nums.length - 1][1] : inSpan.length ? inSpan[inSpan.length - 1][1] : -1;
      const targets = new Set([g.head, ...(g.counts ?? "").split(/[\s-]+/)].filter(Boolean).map(norm));
      if (targets.size > 0 && last >= 0) {
        const h = headOf(tokens, last);
        const ok = h !== null && targets.has(norm(h.word));
        const h2 = headOf(tokens, last, true);
        const ok2 = h2 !== null && targets.has(norm(h2.word));
        for (const r of [row(g.type), row("ALL")]) if (ok2) r.label2Ok++;
        if (!COUNTABLE.has(g.type)) {} else { const r = row("countable types"); r.labelN++; if (ok) r.labelOk++; if (ok2) r.label2Ok++; }
        for (const r of [row(g.type), row("ALL")]) {
          r.labelN++;
          if (ok) { r.labelOk++; if (h.how === "noun") r.nounOk++; else r.verbOk++; }
        }
        if (!ok) dump.push(`${g.type}\t${g.surface}\t${h ? h.how + ":" + h.word : "-"}\tgold=${g.head}|${g.counts}`);
      }
      // (d) the gold head word itself, where the sentence holds it: tagged NOUN/PROPN?
      if (g.head) {
        // Only the noun's own forms (head, head+s/es, people), not verbs sharing its stem ("viewed" for "view").
        const h = g.head.toLowerCase();
        const forms = new Set([h, h + "s", h + "es", h.replace(/y$/, "ies"), h === "person" ? "people" : h]);
        const cand = tokens.filter((t) => forms.has(t.text.toLowerCase()));
        if (cand.length) {
          const t = cand.find((x) => x.start >= e) ?? cand[cand.length - 1];
          for (const r of [row(g.type), row("ALL")]) { r.headN++; if (t.pos === "NOUN" || t.pos === "PROPN") r.headNoun++; }
          if (t.pos !== "NOUN" && t.pos !== "PROPN") headMiss.push(`${t.text}/${t.pos} in ${g.surface}`);
        }
      }
      // (c) entity type of the number tokens vs the gold type.
      // The most specific entity type on any token of the surface ("seven minutes": CARDINAL + DURATION → DURATION).
      const ents = new Set(inSpan.map(([t]) => t.ent));
      const ent = PRIORITY.find((p) => ents.has(p)) ?? "none";
      (confusion[g.type] ??= {})[ent] = (confusion[g.type][ent] ?? 0) + 1;
      if (EXPECT[g.type]) for (const r of [row(g.type), row("ALL")]) { r.entN++; if (EXPECT[g.type].includes(ent)) r.entOk++; }
    }
  return { name, byType, confusion, dump, headMiss };
}

const pct = (a, b) => (b ? ((100 * a) / b).toFixed(0) + "%" : "–");
const results = [evaluate("wink", (s) => tagWink(s)), evaluate("compromise", tagCompromise)];
const types = Object.keys(results[0].byType).filter((t) => t !== "countable types").sort((a, b) => results[0].byType[b].n - results[0].byType[a].n);
console.log("| gold type | n | NUM wink | NUM compromise | head wink (noun+verb/n) | head compromise | head +of/in wink | head +of/in compromise | entity wink | entity compromise |");
console.log("|---|---|---|---|---|---|---|---|---|---|");
for (const t of types) {
  const [w, c] = results.map((r) => r.byType[t]);
  console.log(`| ${t} | ${w.n} | ${pct(w.numOk, w.numTok)} (${w.numTok}) | ${pct(c.numOk, c.numTok)} | ${pct(w.labelOk, w.labelN)} (${w.nounOk}+${w.verbOk}/${w.labelN}) | ${pct(c.labelOk, c.labelN)} (${c.nounOk}+${c.verbOk}/${c.labelN}) | ${pct(w.label2Ok, w.labelN)} | ${pct(c.label2Ok, c.labelN)} | ${pct(w.entOk, w.entN)} | ${pct(c.entOk, c.entN)} |`);
}
{ const [w, c] = results.map((r) => r.byType["countable types"]);
  console.log(`| countable types (count money percent measure duration ordinal rank other) | | | | ${pct(w.labelOk, w.labelN)} (${w.labelN}) | ${pct(c.labelOk, c.labelN)} | ${pct(w.label2Ok, w.labelN)} | ${pct(c.label2Ok, c.labelN)} | | |`); }
for (const r of results) {
  console.log(`\n${r.name}: gold type → entity type of the number tokens`);
  for (const t of types.filter((x) => x !== "ALL")) console.log(`  ${t.padEnd(11)} ${Object.entries(r.confusion[t]).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}:${v}`).join(" ")}`);
}
for (const r of results) {
  const a = r.byType.ALL;
  console.log(`\n${r.name}: gold head word present in the sentence ${a.headN}×, tagged NOUN/PROPN ${pct(a.headNoun, a.headN)}; not: ${r.headMiss.join("; ")}`);
}
if (process.argv.includes("--dump")) for (const r of results) fs.writeFileSync(`misses-${r.name}.tsv`, r.dump.join("\n") + "\n");

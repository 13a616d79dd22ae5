/**
 * Proof that lib/brief/figures/language/wink-read.ts reads as wink-nlp does: every headline and sentence of every eval set
 * (cnndm-dev, dev, dev-bbc split as the brief splits an article; figures-dev's gold sentences), read forwards and then backwards (so each is met both
 * before and after the others taught wink their words, and its pieces both new and replayed: wink-pieces.ts), has the
 * same tokens and tags from pos.ts's winkTags as from a wink-nlp instance with the "pos" pipe that forgets, after each
 * reading, the words it learned (what reading it in a fresh instance gives: wink-lexicon.ts). `--fresh N` also compares
 * every Nth sentence with a brand-new instance.
 * test/wink-read.test.ts runs the same comparison (scripts/wink-reference.ts) over the test fixtures on every `npm test`.
 * Run: npx tsx scripts/wink-read-identity.ts [--fresh 500]   (prints the counts; exits 1 on a difference)
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { winkTags } from "#brief/figures/language/pos.ts";
import { evalFile } from "#eval/datasets.ts";
import { parseEvalJsonl } from "#eval/evaluate.ts";
import { parseJsonArticle } from "#news/article.ts";
import { articleSentences } from "#news/sentences.ts";
import { forgettingReader, sameReading as same, winkInstance } from "#scripts/wink-reference.ts";

const { values: args } = parseArgs({ options: { fresh: { type: "string" } } });
const freshEvery = args.fresh === undefined ? 0 : Number(args.fresh);

const reference = forgettingReader();

const texts: string[] = [];
for (const file of ["cnndm-dev.jsonl", "dev.jsonl", "dev-bbc.jsonl"]) {
  for (const e of parseEvalJsonl(readFileSync(evalFile(file), "utf8"))) {
    const a = parseJsonArticle({ id: e.id.slice(0, 64), title: e.title ?? e.text.slice(0, 80), text: e.text, publishedAt: "2026-01-01T00:00:00Z" });
    texts.push(a.headline, ...articleSentences(a).map((s) => s.text));
  }
}
for (const line of readFileSync(evalFile("figures-dev.jsonl"), "utf8").split("\n")) {
  if (line.trim() !== "") texts.push(...(JSON.parse(line) as { numbers: { sentence: string }[] }).numbers.map((n) => n.sentence));
}

let compared = 0;
let differ = 0;
let fresh = 0;
for (const order of ["forwards", "backwards"]) {
  const sequence = order === "forwards" ? texts : [...texts].reverse();
  sequence.forEach((text, i) => {
    const ours = winkTags(text);
    const theirs = reference(text);
    compared++;
    if (!same(ours, theirs)) {
      if (differ++ < 5) console.log(`differs (${order}): ${text}\n  ours   ${JSON.stringify(ours)}\n  wink's ${JSON.stringify(theirs)}`);
    }
    if (freshEvery > 0 && i % freshEvery === 0) {
      fresh++;
      if (!same(ours, winkInstance().read(text))) {
        if (differ++ < 5) console.log(`differs from a fresh instance (${order}): ${text}`);
      }
    }
  });
}
console.log(`${texts.length} sentences, read ${compared} times (forwards, then backwards), ${fresh} also by a fresh instance: ${differ} differ`);
if (differ > 0) process.exitCode = 1;

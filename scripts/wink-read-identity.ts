/**
 * Proof that lib/brief/figures/wink-read.ts reads as wink-nlp does: every headline and sentence of every eval set
 * (cnndm-dev, dev, dev-bbc split as the brief splits an article; figures-dev's gold sentences), read forwards and then backwards (so each is met both
 * before and after the others taught wink their words, and its pieces both new and replayed: wink-pieces.ts), has the
 * same tokens and tags from pos.ts's winkTags as from a wink-nlp instance with the "pos" pipe that forgets, after each
 * reading, the words it learned (what reading it in a fresh instance gives: wink-lexicon.ts). `--fresh N` also compares
 * every Nth sentence with a brand-new instance.
 * Run: npx tsx scripts/wink-read-identity.ts [--fresh 500]   (prints the counts; exits 1 on a difference)
 */
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import winkNLP from "wink-nlp";
import { winkTags } from "#brief/figures/pos.ts";
import { evalFile } from "#eval/datasets.ts";
import { parseEvalJsonl } from "#eval/evaluate.ts";
import { parseJsonArticle } from "#news/article.ts";
import { articleSentences } from "#news/sentences.ts";

const { values: args } = parseArgs({ options: { fresh: { type: "string" } } });
const freshEvery = args.fresh === undefined ? 0 : Number(args.fresh);

type Model = Parameters<typeof winkNLP>[0] & { core(): Core; metaCER(): unknown };
type Core = { features: { lexeme: { hash: Record<string, number>; list: string[] } } };
const model = createRequire(import.meta.url)("wink-eng-lite-web-model") as Model;
const meta = model.metaCER();

/** A wink-nlp instance with only the pos pipe, and its lexeme table. */
function instance(): { read: (text: string) => { values: string[]; tags: string[] }; core: Core } {
  let core: Core | undefined;
  const nlp = winkNLP({ ...model, metaCER: () => meta, core: () => (core = model.core()) } as Model, ["pos"]);
  return {
    read: (text) => {
      const tokens = nlp.readDoc(text).tokens();
      return { values: tokens.out(nlp.its.value), tags: tokens.out(nlp.its.pos) };
    },
    core: core!,
  };
}

const forgetting = instance();
/** wink's reading of a sentence, then every word it learned forgotten (gone from the hash, as if never read). */
function reference(text: string): { values: string[]; tags: string[] } {
  const { hash, list } = forgetting.core.features.lexeme;
  const before = list.length;
  const read = forgetting.read(text);
  for (const word of list.slice(before)) delete hash[word];
  return read;
}

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
const same = (a: { values: string[]; tags: string[] }, b: { values: string[]; tags: string[] }): boolean =>
  a.values.length === b.values.length && a.values.every((v, i) => v === b.values[i] && a.tags[i] === b.tags[i]);
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
      if (!same(ours, instance().read(text))) {
        if (differ++ < 5) console.log(`differs from a fresh instance (${order}): ${text}`);
      }
    }
  });
}
console.log(`${texts.length} sentences, read ${compared} times (forwards, then backwards), ${fresh} also by a fresh instance: ${differ} differ`);
if (differ > 0) process.exitCode = 1;

// Builds test/fixtures/boilerplate.json: excerpts of real dev-set articles around page furniture (captions, credits,
// notes, prompts, promos, kickers), with each piece's expected reason. The excerpt keeps the article's first sentences
// and one sentence either side of each piece, in order and paragraph by paragraph, so the splitter meets them in
// their real surroundings. Rerun after changing the list:  npx tsx scripts/make-boilerplate-fixture.ts
import { readFileSync, writeFileSync } from "node:fs";
import { blockParagraphs, textBlocks } from "#news/article.ts";
import type { BoilerplateReason } from "#news/boilerplate.ts";
import { parseEvalJsonl } from "#eval/evaluate.ts";
import { splitSentences } from "#news/sentences.ts";

/** Which article, and the opening words of each boilerplate sentence in it. */
const PICKS: { file: string; id: string; pieces: [string, BoilerplateReason][] }[] = [
  { file: "cnndm-dev.jsonl", id: "cnndm_test-01168", pieces: [["Scroll down for video", "scroll-prompt"], ["Split: Clarke Carlisle", "caption"], ["The pair are pictured", "caption"]] },
  { file: "cnndm-dev.jsonl", id: "cnndm_test-01113", pieces: [["Scroll down for video", "scroll-prompt"]] },
  { file: "cnndm-dev.jsonl", id: "cnndm_test-07974", pieces: [["Chaos: Men from", "caption"]] },
  { file: "cnndm-dev.jsonl", id: "cnndm_test-09745", pieces: [["Malik (left) and Dhar (right)", "caption"]] },
  { file: "cnndm-dev.jsonl", id: "cnndm_test-11273", pieces: [["Bone dry:", "caption"]] },
  { file: "cnndm-dev.jsonl", id: "cnndm_test-01435", pieces: [["Tragic: Ben Hiscox", "caption"]] },
  { file: "cnndm-dev.jsonl", id: "cnndm_test-00130", pieces: [["CNN's Kevin Conlon contributed", "credit"]] },
  { file: "cnndm-dev.jsonl", id: "cnndm_test-00349", pieces: [["CNN's AnneClaire Stapleton, Stephanie", "credit"]] },
  { file: "cnndm-dev.jsonl", id: "cnndm_test-00494", pieces: [["Editor's Note:", "editors-note"], ["Read this: Africa's green", "promo"]] },
  { file: "cnndm-dev.jsonl", id: "cnndm_test-00232", pieces: [["Follow @CNNPhotos", "reader-comments"]] },
  { file: "cnndm-dev.jsonl", id: "cnndm_test-00431", pieces: [["Read more: What Girl Scout", "promo"]] },
  { file: "cnndm-dev.jsonl", id: "cnndm_test-00464", pieces: [["READ MORE: Power company", "promo"]] },
  { file: "cnndm-dev.jsonl", id: "cnndm_test-02616", pieces: [["CLICK HERE", "promo"]] },
  { file: "cnndm-dev.jsonl", id: "cnndm_test-00628", pieces: [["Related: Yoga", "promo"]] },
  { file: "cnndm-dev.jsonl", id: "cnndm_test-07751", pieces: [["NOT SO ORDINARY:", "kicker"]] },
  { file: "cnndm-dev.jsonl", id: "cnndm_test-09201", pieces: [["WHAT THE VIDEO SHOWS", "kicker"]] },
  { file: "cnndm-dev.jsonl", id: "cnndm_test-00020", pieces: [["Let us address some of these", "heading"]] },
  { file: "cnndm-dev.jsonl", id: "cnndm_test-01210", pieces: [["Substitutes not used: Freddie", "listing"]] },
  { file: "dev-bbc.jsonl", id: "bbc-sport-069", pieces: [["was back on record-breaking form", "fragment"]] },
];

const LEAD = 5;
const out = PICKS.map((pick) => {
  const example = parseEvalJsonl(readFileSync(new URL(`../../shared/eval/${pick.file}`, import.meta.url), "utf8")).find((e) => e.id === pick.id);
  if (!example) throw new Error(`${pick.id} not in ${pick.file}`);
  const pieces = textBlocks(example.text).flatMap(blockParagraphs).flatMap((p, paragraph) => splitSentences(p).map((text) => ({ paragraph, text })));
  const keep = new Set<number>();
  for (let i = 0; i < Math.min(LEAD, pieces.length); i++) keep.add(i);
  const boilerplate = pick.pieces.map(([start, reason]) => {
    const at = pieces.findIndex((p) => p.text.startsWith(start));
    if (at < 0) throw new Error(`${pick.id}: no sentence opens with "${start}"`);
    for (const i of [at - 1, at, at + 1]) if (i >= 0 && i < pieces.length) keep.add(i);
    return { text: pieces[at]!.text, reason };
  });
  const kept = [...keep].sort((a, b) => a - b).map((i) => pieces[i]!);
  const paragraphs: string[] = [];
  kept.forEach((p, k) => {
    if (k > 0 && kept[k - 1]!.paragraph === p.paragraph) paragraphs[paragraphs.length - 1] += ` ${p.text}`;
    else paragraphs.push(p.text);
  });
  return { id: pick.id, source: `../shared/eval/${pick.file}`, ...(example.title ? { title: example.title } : {}), text: paragraphs.join("\n\n"), boilerplate };
});

const fixture = {
  about:
    "Excerpts of real dev-set articles (CNN/DailyMail test stories via abisee/cnn-dailymail and BBC News Summary, as in ../shared/eval/README.md) around boilerplate that must never become a bullet; built by scripts/make-boilerplate-fixture.ts.",
  articles: out,
};
writeFileSync(new URL("../test/fixtures/boilerplate.json", import.meta.url), `${JSON.stringify(fixture, null, 2)}\n`);
console.log(`${out.length} articles, ${out.reduce((n, a) => n + a.boilerplate.length, 0)} boilerplate sentences`);

/**
 * Everything the figure layer prints, over every eval article, for proving a speed change left it byte-identical:
 * each article's candidates (figure and ranking signals, in reading order), its card (findFigures, five figures) and
 * `figures --all`'s listing (everyNumber), one JSON line an article. Run it on two commits and `cmp` the outputs.
 * Run: npx tsx scripts/figures-digest.ts > digest.jsonl   (cnndm-dev, dev and dev-bbc, parsed as the bench parses them)
 */
import { readFileSync } from "node:fs";
import { cardCandidates } from "#brief/figures/card/candidates.ts";
import { findFigures } from "#brief/figures/card/card.ts";
import { everyNumber } from "#brief/figures/card/every.ts";
import { evalFile } from "#eval/datasets.ts";
import { parseEvalJsonl } from "#eval/evaluate.ts";
import { parseJsonArticle } from "#news/article.ts";
import { articleSentences } from "#news/sentences.ts";

for (const file of ["cnndm-dev.jsonl", "dev.jsonl", "dev-bbc.jsonl"]) {
  for (const e of parseEvalJsonl(readFileSync(evalFile(file), "utf8"))) {
    const a = parseJsonArticle({ id: e.id.slice(0, 64), title: e.title ?? e.text.slice(0, 80), text: e.text, publishedAt: "2026-01-01T00:00:00Z" });
    const sentences = articleSentences(a);
    const candidates = cardCandidates(sentences, { headline: a.headline });
    const card = findFigures(sentences, { limit: 5, headline: a.headline });
    console.log(JSON.stringify({ id: a.id, candidates, card, all: everyNumber(sentences) }));
  }
}

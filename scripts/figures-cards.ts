/**
 * The default figure card (what `nutgraf brief` shows) of each of the first N cnndm-dev articles, one article a
 * block, one figure a line with every field an editor reads: run it on two commits and `diff` the outputs to see
 * every card a change moved on text no gold was read for. Deterministic: no clock, articles in file order.
 * Run: npx tsx scripts/figures-cards.ts [--limit 300] [--figures 5] [--file cnndm-dev.jsonl] [--exclude ids.txt] > cards.txt
 * `--exclude` names a file of article ids (one a line) left out of the output, by default the blind audit samples
 * (docs/audits/blind-ids.txt; `--exclude none` leaves nothing out), so that whoever reads a card diff to write rules
 * cannot see an article kept for unseen measurement (a grep of the full output once let two blind sentences through
 * under a neighbour's id).
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { briefArticle } from "#brief/brief.ts";
import { BLIND_IDS_FILE, readIds } from "#scripts/blind-ids.ts";
import type { KeyFigure } from "#brief/figures/card/figure.ts";
import { evalFile } from "#eval/datasets.ts";
import { parseEvalJsonl } from "#eval/evaluate.ts";
import { type Article, parseJsonArticle } from "#news/article.ts";
import { articleSentences } from "#news/sentences.ts";

export interface ArticleCard {
  id: string;
  figures: KeyFigure[];
  /** The text of each sentence by index, for the figures' sentences. */
  sentences: string[];
}

/** The first `limit` articles of an eval file (cnndm-dev by default) parsed as the bench and output-digest parse them. */
export function cnndmArticles(limit: number, file = "cnndm-dev.jsonl"): Article[] {
  return parseEvalJsonl(readFileSync(evalFile(file), "utf8"))
    .slice(0, limit)
    .map((e) => parseJsonArticle({ id: e.id.slice(0, 64), title: e.title ?? e.text.slice(0, 80), text: e.text, publishedAt: "2026-01-01T00:00:00Z" }));
}

/** Each article's card as briefArticle makes it. */
export function articleCards(articles: readonly Article[], figures: number): ArticleCard[] {
  return articles.map((a) => ({
    id: a.id,
    figures: briefArticle(a, { figures }).figures,
    sentences: articleSentences(a).map((s) => s.text),
  }));
}

/** One figure as a line: display, value (and range, change, previous), qualifier, unit, type, label, kind. */
export function figureLine(f: KeyFigure): string {
  const value = `${f.value}${f.valueMax === undefined ? "" : `-${f.valueMax}`}`;
  const moved = `${f.previous === undefined ? "" : ` prev=${f.previous}`}${f.change === undefined ? "" : ` ${f.change.direction} ${f.change.value}%`}`;
  return `${f.display} = ${value}${moved} [${f.qualifier ?? ""}|${f.unit ?? ""}|${f.type ?? ""}] — ${f.label} (${f.kind}, s${f.sentence})`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const options = {
    limit: { type: "string", default: "300" },
    figures: { type: "string", default: "5" },
    file: { type: "string", default: "cnndm-dev.jsonl" },
    exclude: { type: "string", default: BLIND_IDS_FILE },
  } as const;
  const { values } = parseArgs({ options });
  const excluded = readIds(values.exclude);
  const articles = cnndmArticles(Number(values.limit), values.file).filter((a) => !excluded.has(a.id));
  for (const card of articleCards(articles, Number(values.figures))) {
    console.log(`# ${card.id}`);
    for (const f of card.figures) console.log(`  ${figureLine(f)}`);
  }
}

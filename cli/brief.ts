import { existsSync, statSync } from "node:fs";
import { MAX_ARTICLE_BYTES, type Article } from "#news/article.ts";
import { briefArticle, MAX_BULLETS, type Brief, type BriefOptions } from "#brief/brief.ts";
import { REASON_TEXT } from "#news/boilerplate.ts";
import { DEFAULT_WEIGHTS, PART_NAMES } from "#brief/rank.ts";
import { figureCaption } from "#brief/figures/card/caption.ts";
import { explainParts } from "#brief/explain.ts";
import { parseText } from "#ingest/item.ts";
import { MAX_BATCH_BYTES } from "#ingest/batch.ts";
import { readSentences, type LeftOut } from "#news/sentences.ts";
import { openArchive } from "#cli/archive.ts";
import { readFileWithin, readStreamWithin } from "#cli/read-file.ts";
import { resolveBrief } from "#lib/briefs.ts";
import type { StoredArticle } from "#store/store.ts";
import { InputError, UsageError } from "#cli/usage.ts";

export interface BriefCommandOptions {
  json: boolean;
  explain: boolean;
  bullets?: number;
  figures?: number;
}

/** What `brief` and `figures` say of a story source past what `nutgraf ingest` takes. */
const overLimit = (name: string): InputError =>
  new InputError(`${name} is over ${MAX_BATCH_BYTES} bytes (6 MB): not a story file (an article is at most ${MAX_ARTICLE_BYTES / 1024} KB)`);

async function readStdin(): Promise<string> {
  const text = await readStreamWithin(process.stdin as AsyncIterable<Buffer>, MAX_BATCH_BYTES);
  if (text === undefined) throw overLimit("standard input");
  return text;
}

// Something the editor meant as a file (a slash, or an article file's extension), never as headline words.
const PATH_LIKE = /[\\/]|\.(?:txt|json|jsonl)$/i;

export async function loadArticle(target: string): Promise<Article | StoredArticle> {
  // Any format `nutgraf ingest` takes (wire text, nutgraf JSON, ninjs), so an ingested file briefs as stored.
  if (target === "-") return parseText(await readStdin()).article;
  if (existsSync(target)) {
    // Only a directory is refused by its kind: a named pipe (a shell's <(…)) or a device is read as a file is, bounded.
    if (statSync(target).isDirectory()) throw new InputError(`${target} is a directory, not an article file`);
    // Bounded by what `nutgraf ingest` takes, not by the article limit: a ninjs file may carry more than its article.
    // Read whole, a file over 2 GB was a RangeError's stack trace and a smaller one filled memory before it was refused.
    const text = await readFileWithin(target, MAX_BATCH_BYTES);
    if (text === undefined) throw overLimit(target);
    return parseText(text).article;
  }
  if (PATH_LIKE.test(target)) throw new InputError(`no such file: ${target}`);
  const archive = await openArchive();
  try {
    const found = (await archive.store.get(target)) ?? (await archive.store.search(target, 1))[0];
    if (!found) {
      throw new InputError(
        `no file, and no stored article with the id or headline words "${target}" (in ${archive.where}); try \`nutgraf brief seeds/000_c74584ab3f8b7ef3.txt\``,
      );
    }
    return found;
  } finally {
    await archive.close();
  }
}

/**
 * The brief of a loaded article as `/brief` gives it: a stored story from the brief stored with it when that is
 * current. `nutgraf figures` shows this brief's card, so the two commands never disagree on one story.
 */
export function articleBrief(article: Article | StoredArticle, asked: BriefOptions): Brief {
  return "version" in article ? resolveBrief(article, asked).brief : briefArticle(article, asked);
}

/** `--explain`'s account of the body text that was never a candidate, one line each with the reason. */
function formatLeftOut(leftOut: readonly LeftOut[]): string[] {
  if (leftOut.length === 0) return [];
  const clip = (text: string) => (text.length > 100 ? `${text.slice(0, 99)}…` : text);
  return ["", "Left out of the story before ranking", ...leftOut.map((l) => `  ✗ ${clip(l.text)}\n      ${l.reason}: ${REASON_TEXT[l.reason]}`)];
}

export function formatBrief(brief: Brief, explain: boolean, leftOut: readonly LeftOut[] = []): string {
  const a = brief.article;
  const meta = [a.dateline, a.credit, a.publishedAt, `id ${a.id}`].filter(Boolean).join(" · ");
  const lines = [a.headline, meta, ""];
  for (const b of brief.bullets) {
    lines.push(`  • ${b.text}`);
    if (explain) {
      const p = b.parts;
      // Only the parts the ranking weighs, each with its weight: what made the score.
      const named = PART_NAMES.filter((name) => DEFAULT_WEIGHTS[name] !== 0).map((name) => `${name} ${p[name].toFixed(2)} ×${DEFAULT_WEIGHTS[name]}`);
      lines.push(`      sentence ${b.sentence}, score ${b.score.toFixed(3)}: ${named.join(", ")}`);
      lines.push(`      why: ${explainParts(p).join(", ")}`);
    }
  }
  if (brief.figures.length > 0) {
    lines.push("", "Key figures");
    const width = Math.max(...brief.figures.map((f) => f.display.length));
    for (const f of brief.figures) lines.push(`  ${f.display.padStart(width)}  ${figureCaption(f)}${explain ? `  (${f.kind}, sentence ${f.sentence})` : ""}`);
  }
  if (explain) lines.push(...formatLeftOut(leftOut));
  return `${lines.join("\n")}\n`;
}

export async function briefCommand(target: string, options: BriefCommandOptions): Promise<string> {
  if (options.bullets !== undefined && (!Number.isInteger(options.bullets) || options.bullets < 1 || options.bullets > MAX_BULLETS)) {
    throw new UsageError(`--bullets must be a whole number from 1 to ${MAX_BULLETS}`);
  }
  const article = await loadArticle(target);
  const brief = articleBrief(article, { bullets: options.bullets, figures: options.figures });
  if (options.json) return `${JSON.stringify(brief, null, 2)}\n`;
  return formatBrief(brief, options.explain, options.explain ? readSentences(article).leftOut : []);
}

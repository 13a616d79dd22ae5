import { ArticleError, parseArticle, parseJsonArticle, type Article } from "#news/article.ts";
import type { RawItem } from "#ingest/batch.ts";
import { looksLikeNinjs, parseNinjs } from "#ingest/ninjs.ts";

export type ItemFormat = "ninjs" | "json" | "wire" | "feed";

/** An item read as an article, with what its source said about its version (ninjs `version`). */
export interface ParsedItem {
  article: Article;
  format: ItemFormat;
  sourceVersion?: string;
}

function fromJson(value: unknown): ParsedItem {
  if (looksLikeNinjs(value)) {
    const { article, source } = parseNinjs(value);
    return source.version !== undefined ? { article, format: "ninjs", sourceVersion: source.version } : { article, format: "ninjs" };
  }
  // nutgraf's own JSON: a CMS sends its own story id as `id`, so its rewrites are versions of one story.
  return { article: parseJsonArticle(value), format: "json" };
}

/** One batch item as an article; throws ArticleError or IngestError saying why it is not one. */
export function parseItem(item: RawItem): ParsedItem {
  if (item.jsonError !== undefined) throw new ArticleError("BAD_JSON", item.jsonError);
  if (item.json !== undefined) return fromJson(item.json);
  return parseText(item.raw);
}

/**
 * A story file or request body of any accepted format: ninjs, nutgraf JSON or wire text. What `nutgraf brief` and
 * `nutgraf ingest` read files with, so a ninjs file briefs the same way it ingests.
 */
export function parseText(text: string): ParsedItem {
  if (/^\s*{/.test(text)) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      // parseArticle reports the JSON problem in its own words (and checks size first).
      return { article: parseArticle(text), format: "json" };
    }
    if (looksLikeNinjs(value)) return fromJson(value);
  }
  return { article: parseArticle(text), format: /^\s*[{[]/.test(text) ? "json" : "wire" };
}

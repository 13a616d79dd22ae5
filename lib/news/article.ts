// The article, what callers import: the model, its errors and limits, and the two formats it is read from (wire
// text, JSON). The code lives in lib/news/article/ (one concept a file, see its README.md); this path stays the one
// callers use.
import { parseJsonArticle } from "#news/article/json.ts";
import type { Article } from "#news/article/model.ts";
import type { ParseOptions } from "#news/article/parse-options.ts";
import { parseWireText } from "#news/article/wire.ts";

export { ArticleError, type ArticleErrorCode } from "#news/article/article-error.ts";
export { fieldProblem, jsonObject, objectProblem, optionalText } from "#news/article/json-schema.ts";
export { parseJsonArticle, type ArticleJson } from "#news/article/json.ts";
export { articleId, contentHash, copyOptionalFields, OPTIONAL_FIELDS, type Article } from "#news/article/model.ts";
export { blockParagraphs, normalizeSpace, textBlocks } from "#news/article/paragraphs.ts";
export type { ParseOptions } from "#news/article/parse-options.ts";
export { MAX_ARTICLE_BYTES, storedBytes } from "#news/article/raw-checks.ts";
export { normalizeTimestamp } from "#news/article/timestamp.ts";
export { MAX_HEADLINE_CHARS } from "#news/article/wire-header.ts";
export { parseWireText, toWireText } from "#news/article/wire.ts";

/** Wire text or JSON, told apart by the first non-blank character. */
export function parseArticle(text: string, options: ParseOptions = {}): Article {
  return /^\s*[{[]/.test(text) ? parseJsonArticle(text, options) : parseWireText(text, options);
}

import type { Article } from "#news/article/model.ts";
import { ArticleError } from "#news/article/article-error.ts";

// What makes a text no article before any reading: over the size a stored story can have, empty, binary or HTML.

/**
 * The largest article nutgraf takes, in UTF-8 bytes (350 KiB). A stored version is one DynamoDB item, and an item
 * holds at most 400 KB counting attribute names, keys and list overhead: the rest is headroom for those, so any
 * article the parser accepts can be stored (a 529 KB one used to fail at the table with a raw ValidationException).
 */
export const MAX_ARTICLE_BYTES = 350 * 1024;
const LIMIT_TEXT = `${MAX_ARTICLE_BYTES / 1024} KB`;

/**
 * The article's size as the table will count it: every field's UTF-8 bytes, plus a byte per paragraph for the
 * list element's own overhead. Checked on the built article, because a JSON article's byline, url or credit are
 * outside the body text the raw check sees.
 */
export function storedBytes(article: Article): number {
  let bytes = article.paragraphs.length;
  for (const value of Object.values(article)) {
    if (typeof value === "string") bytes += Buffer.byteLength(value, "utf8");
    else if (Array.isArray(value)) for (const p of value) bytes += Buffer.byteLength(String(p), "utf8");
  }
  return bytes;
}

export function tooLarge(what: string, bytes: number): ArticleError {
  return new ArticleError(
    "TOO_LARGE",
    `${what} is ${bytes} bytes, over the ${LIMIT_TEXT} limit for an article (a stored story must fit one 400 KB DynamoDB item); split it or trim it`,
  );
}

const HTML_TAG =
  /<\/?(?:html|body|div|p|span|script|style|br|hr|a|b|i|em|strong|h[1-6]|ul|ol|li|img|table|tr|td|th|head|meta|link|iframe|section|article|header|footer|nav|form)\b[^>]*>|<!doctype\s+html/i;

export function checkRaw(text: string): void {
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > MAX_ARTICLE_BYTES) throw tooLarge("article text", bytes);
  if (text.trim() === "") throw new ArticleError("EMPTY", "article text is empty");
  // Control characters other than tab/newline/carriage return mean a binary file, not a story.
  const control = text.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g);
  if (control && control.length > Math.max(2, text.length / 1000)) {
    throw new ArticleError("BINARY", "article text looks binary (control characters or invalid UTF-8)");
  }
  if (HTML_TAG.test(text)) {
    throw new ArticleError("HTML", "article text contains HTML markup; send the story's plain text");
  }
}

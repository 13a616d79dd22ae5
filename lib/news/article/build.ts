import { ArticleError } from "#news/article/article-error.ts";
import { articleId, contentHash, copyOptionalFields, type Article } from "#news/article/model.ts";
import { normalizeSpace } from "#news/article/paragraphs.ts";
import { MAX_ARTICLE_BYTES, storedBytes, tooLarge } from "#news/article/raw-checks.ts";

// An Article from its parsed parts, as both parsers end: paragraphs normalised, id and hash made, size checked.

export interface Parts {
  headline: string;
  publishedAt: string;
  paragraphs: string[];
  id?: string;
  byline?: string;
  dateline?: string;
  credit?: string;
  url?: string;
  section?: string;
}

export function build(parts: Parts): Article {
  const paragraphs = parts.paragraphs.map(normalizeSpace).filter((p) => p !== "");
  if (paragraphs.length === 0) throw new ArticleError("NO_BODY", "article has a headline but no body text");
  const headline = normalizeSpace(parts.headline);
  const article: Article = {
    id: parts.id ?? articleId(headline, parts.publishedAt),
    headline,
    publishedAt: parts.publishedAt,
    paragraphs,
    contentHash: contentHash(headline, paragraphs),
  };
  copyOptionalFields(parts, article);
  const bytes = storedBytes(article);
  if (bytes > MAX_ARTICLE_BYTES) throw tooLarge("article", bytes);
  return article;
}

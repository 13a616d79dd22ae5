import { createHash } from "node:crypto";
import { normalizeSpace } from "#news/article/paragraphs.ts";

// The article model: what a stored story holds, its id and its content hash.

/** A stored news story, as the rest of nutgraf sees it. */
export interface Article {
  /** Stable: derived from headline and publication time, so re-importing the same story gives the same id. */
  id: string;
  headline: string;
  /** ISO 8601 with an explicit offset, e.g. `2015-11-17T20:50:00Z`. */
  publishedAt: string;
  byline?: string;
  /** Place the story was filed from (`Paris`), without the colon; not part of the body. */
  dateline?: string;
  /** Body paragraphs, dateline and credit removed, whitespace normalised. */
  paragraphs: string[];
  /** Agency or source credit (`AP`). */
  credit?: string;
  url?: string;
  section?: string;
  /** sha256 (hex) of headline + body: a changed story gets a new hash and is stored as a new version. */
  contentHash: string;
}

/** The article's optional metadata: copied only when present, so JSON output never carries empty keys. */
export const OPTIONAL_FIELDS = ["byline", "dateline", "credit", "section", "url"] as const;
type OptionalField = (typeof OPTIONAL_FIELDS)[number];

export function copyOptionalFields<T extends Partial<Record<OptionalField, string>>>(
  from: Partial<Record<OptionalField, string | undefined>>,
  to: T,
): T {
  for (const field of OPTIONAL_FIELDS) {
    const value = from[field];
    if (value) to[field] = value as T[OptionalField];
  }
  return to;
}

export function articleId(headline: string, publishedAt: string): string {
  const key = `${normalizeSpace(headline).toLowerCase()}\n${new Date(publishedAt).toISOString()}`;
  return createHash("sha256").update(key).digest("hex").slice(0, 12);
}

export function contentHash(headline: string, paragraphs: readonly string[]): string {
  return createHash("sha256").update([headline, ...paragraphs].join("\n")).digest("hex");
}

import * as v from "valibot";
import { contentHash, copyOptionalFields, fieldProblem, normalizeTimestamp, objectProblem, optionalText } from "#news/article.ts";
import type { Article } from "#news/article.ts";
import { StoreError, type StoredArticle } from "#store/store.ts";
import { TABLE_KEYS } from "#store/table.ts";

/** An item as the document client hands it over. */
export type Item = Record<string, unknown>;

function malformed(item: Item, why: string): StoreError {
  return new StoreError("MALFORMED_ITEM", `item ${String(item.pk)} / ${String(item.sk)} is not a valid article: ${why}`);
}

const isZonedTimestamp = (value: string): boolean => {
  try {
    normalizeTimestamp(value);
    return true;
  } catch {
    return false;
  }
};

/**
 * A stored article item, checked whole: a half-written or hand-edited item never leaves the store. Messages never
 * quote body text (they are logged), only the timestamp, which is not content.
 */
const ARTICLE_ITEM = v.object({
  id: v.pipe(v.string("must be a string"), v.nonEmpty("must not be empty")),
  headline: v.pipe(v.string("must be a string"), v.check((headline) => headline.trim() !== "", "must not be blank")),
  publishedAt: v.pipe(
    v.string("must be a string"),
    v.check(isZonedTimestamp, (issue) => `must be ISO 8601 with a zone (got "${String(issue.input)}")`),
  ),
  paragraphs: v.pipe(
    v.array(v.pipe(v.string("must be a string"), v.nonEmpty("must not be empty")), "must be a list of strings"),
    v.nonEmpty("must not be empty"),
  ),
  version: v.pipe(v.number("must be a number"), v.integer("must be a whole number"), v.minValue(1, "must be 1 or more")),
  contentHash: v.string("must be a string"),
  byline: optionalText,
  dateline: optionalText,
  credit: optionalText,
  url: optionalText,
  section: optionalText,
}, objectProblem("must be an object"));

/** Rebuilds an article from an item; every problem is a MALFORMED_ITEM naming the item's keys and the field. */
export function decodeArticle(item: Item): StoredArticle {
  const parsed = v.safeParse(ARTICLE_ITEM, item, { abortEarly: true });
  if (!parsed.success) throw malformed(item, fieldProblem(parsed.issues[0]));
  const { contentHash: hash, ...fields } = parsed.output;
  // The hash covers headline and body, so a truncated or altered body is caught here, not in a Slack message.
  if (hash !== contentHash(fields.headline, fields.paragraphs)) {
    throw malformed(item, "contentHash does not match headline and paragraphs");
  }
  const article: StoredArticle = {
    id: fields.id,
    headline: fields.headline,
    publishedAt: fields.publishedAt,
    paragraphs: fields.paragraphs,
    contentHash: hash,
    version: fields.version,
  };
  return copyOptionalFields(fields, article);
}

/** Newest first; equal times by id ascending, so every list has one order whatever the read order. */
export function byNewest(a: Article, b: Article): number {
  const diff = Date.parse(b.publishedAt) - Date.parse(a.publishedAt);
  if (diff !== 0) return diff;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

// Words too common to index: a query made only of these matches nothing (README: "The table: key design").

/** The single partition of the byTime index (README: "The table: key design", for why one partition is fine here). */
export const ALL_ARTICLES = "ALL";

const utc = (iso: string) => new Date(iso).toISOString();

/** A version's attributes, as stored under `V#<version>` and copied to LATEST. */
export function articleItem(article: Article, version: number): Item {
  return {
    id: article.id,
    headline: article.headline,
    publishedAt: article.publishedAt,
    byline: article.byline,
    dateline: article.dateline,
    paragraphs: article.paragraphs,
    credit: article.credit,
    url: article.url,
    section: article.section,
    contentHash: article.contentHash,
    version,
  };
}

/** The LATEST item: the version's attributes plus the keys of the byDay and byTime indexes. */
export function latestItem(pk: string, body: Item): Item {
  const time = utc(String(body.publishedAt));
  const timeKey = `${time}#${String(body.id)}`;
  return {
    ...body,
    pk,
    sk: TABLE_KEYS.articleSort.latest,
    gsi1pk: `DAY#${time.slice(0, 10)}`,
    gsi1sk: timeKey,
    gsi2pk: ALL_ARTICLES,
    gsi2sk: timeKey,
  };
}

import { createHash } from "node:crypto";
import * as v from "valibot";
import { contentHash, copyOptionalFields, fieldProblem, normalizeTimestamp, objectProblem, optionalText } from "#news/article.ts";
import type { Article } from "#news/article.ts";
import { StoreError, type StoredArticle } from "#store/store.ts";
import { TABLE_KEYS, TIME_SHARDS } from "#store/table.ts";

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

/** A LATEST item of the old layout (README: "Tables of the old layout"): keys for `byDay`, or the one `ALL` partition. */
export function isLegacyLatest(item: Item | undefined): boolean {
  return item !== undefined && (item.gsi1pk !== undefined || item.gsi2pk === "ALL");
}

/** A time-ordered sort key: the UTC instant (so `+01:00` and `Z` order by the moment), then the id (unique, exact ranges). */
export function timeKey(publishedAt: string, id: string): string {
  return `${new Date(publishedAt).toISOString()}#${id}`;
}

/** The byTime partition an article's LATEST item lives in: a fixed function of the id, so it never moves. */
export function timeShard(id: string): string {
  return `TIME#${createHash("sha256").update(id).digest()[0]! % TIME_SHARDS}`;
}

export const ALL_TIME_SHARDS = Array.from({ length: TIME_SHARDS }, (_, n) => `TIME#${n}`);

/** A version's attributes, as stored in LATEST and (once superseded) under `V#<version>`. */
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

const pad = (n: number) => String(n).padStart(6, "0");

export function versionSort(version: number): string {
  return TABLE_KEYS.articleSort.versionPrefix + pad(version);
}

/** The LATEST item: the version's attributes plus the byTime index keys. */
export function latestItem(pk: string, body: Item): Item {
  return {
    ...body,
    pk,
    sk: TABLE_KEYS.articleSort.latest,
    gsi2pk: timeShard(String(body.id)),
    gsi2sk: timeKey(String(body.publishedAt), String(body.id)),
  };
}

/** A superseded version kept as history: the article's attributes only, no index keys (it is never listed). */
export function historyItem(pk: string, body: Item): Item {
  const { pk: _pk, sk: _sk, gsi1pk: _d1, gsi1sk: _d2, gsi2pk: _t1, gsi2sk: _t2, ...attributes } = body;
  return { ...attributes, pk, sk: versionSort(Number(body.version)) };
}

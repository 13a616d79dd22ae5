import { createHash } from "node:crypto";
import * as v from "valibot";
import { contentHash, copyOptionalFields, fieldProblem, normalizeTimestamp, objectProblem, optionalText } from "#news/article.ts";
import type { Article } from "#news/article.ts";
import { StoreError, type BriefRecord, type StoredArticle, type UnreadableBrief } from "#store/store.ts";
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

/** The brief's attributes beside the article's (README: "The brief stored with each version"). */
export const BRIEF_ATTRIBUTES = { body: "brief", algorithm: "briefAlgorithm", generation: "briefGeneration" } as const;

/**
 * The stored brief of an item, if it has one. Never a MALFORMED_ITEM: a damaged brief costs a recomputation, not
 * the story, so it is reported as unreadable (and why) for the reader to log and replace.
 */
export function decodeBrief(item: Item): BriefRecord | UnreadableBrief | undefined {
  const body = item[BRIEF_ATTRIBUTES.body];
  const algorithm = item[BRIEF_ATTRIBUTES.algorithm];
  const generation = item[BRIEF_ATTRIBUTES.generation];
  if (body === undefined && algorithm === undefined && generation === undefined) return undefined;
  if (typeof body !== "string") return { unreadable: `${BRIEF_ATTRIBUTES.body} is not a string` };
  if (typeof algorithm !== "string" || algorithm === "") return { unreadable: `${BRIEF_ATTRIBUTES.algorithm} is not a non-empty string` };
  if (typeof generation !== "number" || !Number.isInteger(generation) || generation < 1) {
    return { unreadable: `${BRIEF_ATTRIBUTES.generation} is not a whole number of 1 or more` };
  }
  return { algorithm, generation, body };
}

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
  copyOptionalFields(fields, article);
  const brief = decodeBrief(item);
  if (brief) article.brief = brief;
  return article;
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

/** A version's attributes, as stored in LATEST and (once superseded) under `V#<version>`, with its brief if given. */
export function articleItem(article: Article, version: number, brief?: BriefRecord): Item {
  const item: Item = {
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
  if (brief) Object.assign(item, briefAttributes(brief));
  return item;
}

export function briefAttributes(brief: BriefRecord): Item {
  return { [BRIEF_ATTRIBUTES.body]: brief.body, [BRIEF_ATTRIBUTES.algorithm]: brief.algorithm, [BRIEF_ATTRIBUTES.generation]: brief.generation };
}

const pad = (n: number) => String(n).padStart(6, "0");

export function versionSort(version: number): string {
  return TABLE_KEYS.articleSort.versionPrefix + pad(version);
}

/**
 * Which indexer wrote a story's word items, stamped on its LATEST item by every write that lays them out
 * (search-index.ts `wordWrites`). An item without it was written before the stamp, by an indexer that may have taken
 * every word of the headline (before the 100-word cap), an unspaced run whole (before the two-character pieces) or
 * pieces with every mark folded (before an unspaced script's marks were kept):
 * its next version clears every word those could have written, and `nutgraf reindex` does it for the rest. Bump
 * `generation` whenever what a headline is indexed under changes. 2: an unspaced script's cap counts characters, not
 * words, and the dateline is capped apart (generation 1 dropped a long CJK headline's later pieces and its dateline);
 * generation 2's words hold generation 1's, so relaying a stamped story orphans nothing.
 */
export const WORD_INDEX = { attribute: "wordIndex", generation: 2 } as const;

/** Whether `item`'s word items are the ones today's indexer writes (its stamp says so). */
export const indexedNow = (item: Item | undefined): boolean => item?.[WORD_INDEX.attribute] === WORD_INDEX.generation;

/** The LATEST item: the version's attributes plus the byTime index keys, stamped with the word index its writer laid out. */
export function latestItem(pk: string, body: Item): Item {
  return {
    ...body,
    pk,
    sk: TABLE_KEYS.articleSort.latest,
    gsi2pk: timeShard(String(body.id)),
    gsi2sk: timeKey(String(body.publishedAt), String(body.id)),
    [WORD_INDEX.attribute]: WORD_INDEX.generation,
  };
}

/** A superseded version kept as history: the article's attributes only, no index keys (it is never listed). */
export function historyItem(pk: string, body: Item): Item {
  const { pk: _pk, sk: _sk, gsi1pk: _d1, gsi1sk: _d2, gsi2pk: _t1, gsi2sk: _t2, [WORD_INDEX.attribute]: _w, ...attributes } = body;
  return { ...attributes, pk, sk: versionSort(Number(body.version)) };
}

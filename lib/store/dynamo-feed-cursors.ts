import { createHash } from "node:crypto";
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { PutCommand } from "@aws-sdk/lib-dynamodb";
import * as v from "valibot";
import { fieldProblem } from "#news/article.ts";
import type { FeedCursor, FeedCursorListing, FeedCursorStore } from "#ingest/poll.ts";
import { DynamoTable } from "#store/dynamo-table.ts";
import { itemBytes, MAX_ITEM_BYTES } from "#store/item-size.ts";
import { StoreError, type CallOptions } from "#store/store.ts";
import { TABLE_KEYS } from "#store/table.ts";

/**
 * One item per configured feed in the article table: pk `FEED`, sk the feed's URL, so `nutgraf feeds` reads every
 * feed's health with one query. The `seen` map holds one short entry (~40 bytes) per item the feed currently lists:
 * tens for a news feed, but an archive feed of 10,000 entries passed DynamoDB's 400 KB item limit, so `seen` is cut
 * to what fits (see `fitted`).
 */
const PARTITION = TABLE_KEYS.partitions.feedCursors;

/** DynamoDB's limit on a sort key value, in UTF-8 bytes. */
const MAX_SORT_KEY_BYTES = 1024;
/** What a hashed sort key starts with: no feed URL does (feedList takes http(s) only). */
const HASHED = "sha256:";

/**
 * A feed's sort key: its URL, or `sha256:<hex>` of a URL too long to be one (a signed query string), which failed
 * every get and put of its cursor with a raw ValidationException, so its polls went unrecorded. Exported so that
 * `nutgraf feeds` can tell an operator which item to fix when a damaged cursor's key is not its URL.
 */
export function feedCursorKey(url: string): string {
  return Buffer.byteLength(url, "utf8") <= MAX_SORT_KEY_BYTES ? url : `${HASHED}${createHash("sha256").update(url).digest("hex")}`;
}

/** The feed an item is of: its sort key, or (for a hashed one) the `url` it holds when that is the URL hashed. */
function feedOf(item: Record<string, unknown>): string {
  const sk = String(item.sk);
  return sk.startsWith(HASHED) && typeof item.url === "string" && feedCursorKey(item.url) === sk ? item.url : sk;
}

/**
 * The cursor's item within DynamoDB's item limit: `seen` keeps its first entries that fit. pollFeed records them in
 * the feed's order, which lists the newest first, so the entries left out are the oldest: the next poll finds them
 * unchanged in the archive (a read each), or refused again (their dead letter kept once). Before, a feed listing
 * ~14,000 entries made every cursor write fail, and each poll took in and dead-lettered the whole feed again.
 */
function fitted(item: Record<string, unknown> & FeedCursor): Record<string, unknown> {
  if (itemBytes(item) <= MAX_ITEM_BYTES) return item;
  let room = MAX_ITEM_BYTES - itemBytes({ ...item, seen: {} });
  const seen: Record<string, string> = {};
  // Story ids and `raw:` keys are never array indices, so the map keeps the order pollFeed wrote it in.
  for (const [key, fingerprint] of Object.entries(item.seen)) {
    // A map element: its name, its value and one byte (item-size.ts).
    const bytes = itemBytes({ [key]: fingerprint }) + 1;
    if (bytes > room) break;
    seen[key] = fingerprint;
    room -= bytes;
  }
  return { ...item, seen };
}

const COUNTS = v.object({
  stored: v.number(),
  "new-version": v.number(),
  unchanged: v.number(),
  rejected: v.number(),
  duplicates: v.number(),
});

const CURSOR = v.object({
  url: v.string(),
  etag: v.optional(v.string()),
  lastModified: v.optional(v.string()),
  seen: v.record(v.string(), v.string()),
  lastCheckedAt: v.optional(v.string()),
  lastSuccessAt: v.optional(v.string()),
  lastStatus: v.optional(v.picklist(["ok", "not-modified", "error"])),
  lastError: v.optional(v.string()),
  consecutiveFailures: v.number(),
  lastCounts: v.optional(COUNTS),
});

/** The cursor an item holds, or what is wrong with it. */
function read(item: Record<string, unknown>): { cursor: FeedCursor } | { problem: string } {
  const parsed = v.safeParse(CURSOR, item, { abortEarly: true });
  return parsed.success ? { cursor: parsed.output } : { problem: fieldProblem(parsed.issues[0]) };
}

function decode(item: Record<string, unknown>): FeedCursor {
  const got = read(item);
  if ("problem" in got) throw new StoreError("MALFORMED_ITEM", `feed cursor ${feedOf(item)} is damaged: ${got.problem}`);
  return got.cursor;
}

export class DynamoFeedCursorStore implements FeedCursorStore {
  private readonly table: DynamoTable;

  constructor(options: { client: DynamoDBClient; tableName: string }) {
    this.table = new DynamoTable(options.client, options.tableName);
  }

  async get(url: string, options: CallOptions = {}): Promise<FeedCursor | undefined> {
    const item = await this.table.getItem(PARTITION, feedCursorKey(url), "feed cursor", options);
    return item ? decode(item) : undefined;
  }

  async put(cursor: FeedCursor, options: CallOptions = {}): Promise<void> {
    const item = fitted({ pk: PARTITION, sk: feedCursorKey(cursor.url), ...cursor });
    await this.table.send("feed cursor", options, (doc, abortSignal) => doc.send(new PutCommand({ TableName: this.table.name, Item: item }), { abortSignal }));
  }

  /** The sort key names a damaged item's feed (its `url` attribute may be the damaged part), unless it is a hash. */
  async list(options: CallOptions = {}): Promise<FeedCursorListing> {
    const items = await this.table.queryAll({ KeyConditionExpression: "pk = :pk", ExpressionAttributeValues: { ":pk": PARTITION } }, "feed cursors", options);
    const listing: FeedCursorListing = { cursors: [], damaged: [] };
    for (const item of items) {
      const got = read(item);
      if ("problem" in got) listing.damaged.push({ url: feedOf(item), problem: got.problem });
      else listing.cursors.push(got.cursor);
    }
    return listing;
  }
}

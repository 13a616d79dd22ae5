import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { PutCommand } from "@aws-sdk/lib-dynamodb";
import * as v from "valibot";
import { fieldProblem } from "#news/article.ts";
import type { FeedCursor, FeedCursorListing, FeedCursorStore } from "#ingest/poll.ts";
import { DynamoTable } from "#store/dynamo-table.ts";
import { StoreError, type CallOptions } from "#store/store.ts";

/**
 * One item per configured feed in the article table: pk `FEED`, sk the feed's URL, so `nutgraf feeds` reads every
 * feed's health with one query. The `seen` map holds one short entry per item the feed currently lists (tens), far
 * inside DynamoDB's 400 KB item limit.
 */
const PARTITION = "FEED";

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
  if ("problem" in got) throw new StoreError("MALFORMED_ITEM", `feed cursor ${String(item.sk)} is damaged: ${got.problem}`);
  return got.cursor;
}

export class DynamoFeedCursorStore implements FeedCursorStore {
  private readonly table: DynamoTable;

  constructor(options: { client: DynamoDBClient; tableName: string }) {
    this.table = new DynamoTable(options.client, options.tableName);
  }

  async get(url: string, options: CallOptions = {}): Promise<FeedCursor | undefined> {
    const item = await this.table.getItem(PARTITION, url, "feed cursor", options);
    return item ? decode(item) : undefined;
  }

  async put(cursor: FeedCursor, options: CallOptions = {}): Promise<void> {
    const item = { pk: PARTITION, sk: cursor.url, ...cursor };
    await this.table.send("feed cursor", options, (doc, abortSignal) => doc.send(new PutCommand({ TableName: this.table.name, Item: item }), { abortSignal }));
  }

  /** The sort key names a damaged item's feed: its `url` attribute may be the damaged part. */
  async list(options: CallOptions = {}): Promise<FeedCursorListing> {
    const items = await this.table.queryAll({ KeyConditionExpression: "pk = :pk", ExpressionAttributeValues: { ":pk": PARTITION } }, "feed cursors", options);
    const listing: FeedCursorListing = { cursors: [], damaged: [] };
    for (const item of items) {
      const got = read(item);
      if ("problem" in got) listing.damaged.push({ url: String(item.sk), problem: got.problem });
      else listing.cursors.push(got.cursor);
    }
    return listing;
  }
}

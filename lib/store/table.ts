import {
  CreateTableCommand,
  DescribeTableCommand,
  ResourceInUseException,
  ResourceNotFoundException,
  waitUntilTableExists,
} from "@aws-sdk/client-dynamodb";
import type { DynamoDBClient, CreateTableCommandInput } from "@aws-sdk/client-dynamodb";
import { toStoreError } from "#store/dynamo-client.ts";

/**
 * The single table's key design (README: "The table: key design"). `sst.config.ts` builds the real table from this,
 * so tests, local runs and AWS agree on one shape.
 */
export const TABLE_KEYS = {
  partitionKey: { name: "pk", type: "S" },
  sortKey: { name: "sk", type: "S" },
  /**
   * Every kind of item is told by its pk alone: a prefix here, or a whole pk in `partitions`. Whatever reads the table
   * as a whole (a scan, a damage report, a cleanup, README's table of items) names items by these two lists, so a
   * kind missing from them is an item it cannot name. SUB# and DIGEST# belong to the digest (subscriptions, per-day
   * claims); the article store never touches them.
   */
  prefixes: {
    article: "ART#",
    word: "WORD#",
    subscription: "SUB#",
    digest: "DIGEST#",
    /** `FB#<UTC day of the press>`, sk `<action_ts>#<user>`: editors' feedback, one item per button press. */
    feedback: "FB#",
    /** `PRESS#<press key>`, sk `CLAIM`: a share button's claim, so a press posts once (TTL a day). */
    pressClaim: "PRESS#",
  },
  /**
   * Kinds that live in one partition each: the pk is the whole key, not a prefix (`DEADLETTER#ITEM` is not a
   * `DEADLETTER` item).
   */
  partitions: {
    /** sk the feed's URL (or `sha256:<hex>` of a longer one): one cursor per feed. */
    feedCursors: "FEED",
    /** sk `<received UTC>-<hash>`: one refused item each, newest first (TTL two weeks). */
    deadLetters: "DEADLETTER",
    /** sk a hash of a refused item's origin and raw input, naming its letter: an item refused again refreshes it. */
    deadLetterIndex: "DEADLETTER#ITEM",
  },
  /** sk values inside an `ART#<id>` partition. */
  articleSort: {
    latest: "LATEST",
    /** `V#000001`, `V#000002`, …: zero-padded so versions sort numerically. */
    versionPrefix: "V#",
  },
  indexes: {
    /**
     * Latest versions by time, spread over `TIME_SHARDS` partitions (`gsi2pk` = `TIME#<shard of the id>`), sk
     * `<publishedAt as UTC ISO>#<id>`. Keys only: a listing merges the shards' keys, then reads the items it keeps.
     */
    byTime: { name: "byTime", partitionKey: "gsi2pk", sortKey: "gsi2sk", projection: "KEYS_ONLY" },
  },
} as const;

export type ItemKind = keyof typeof TABLE_KEYS.prefixes | keyof typeof TABLE_KEYS.partitions;

/** What an item is, by its pk: a whole partition key first (it may begin like a prefix), then a prefix; undefined if none. */
export function itemKind(pk: string): ItemKind | undefined {
  for (const [kind, key] of Object.entries(TABLE_KEYS.partitions)) if (pk === key) return kind as ItemKind;
  for (const [kind, prefix] of Object.entries(TABLE_KEYS.prefixes)) if (pk.startsWith(prefix)) return kind as ItemKind;
  return undefined;
}

/**
 * Partitions of the byTime index. One partition takes ~1,000 writes a second, and a bulk load writes every story
 * to the index: four spread that load (and its throttling) four ways while a listing stays four parallel queries.
 */
export const TIME_SHARDS = 4;

/** The CreateTable request for the article table (on-demand billing; the index projects keys only). */
export function tableDefinition(tableName: string): CreateTableCommandInput {
  const indexes = Object.values(TABLE_KEYS.indexes);
  return {
    TableName: tableName,
    BillingMode: "PAY_PER_REQUEST",
    AttributeDefinitions: [
      { AttributeName: TABLE_KEYS.partitionKey.name, AttributeType: "S" },
      { AttributeName: TABLE_KEYS.sortKey.name, AttributeType: "S" },
      ...indexes.flatMap((index) => [
        { AttributeName: index.partitionKey, AttributeType: "S" as const },
        { AttributeName: index.sortKey, AttributeType: "S" as const },
      ]),
    ],
    KeySchema: [
      { AttributeName: TABLE_KEYS.partitionKey.name, KeyType: "HASH" },
      { AttributeName: TABLE_KEYS.sortKey.name, KeyType: "RANGE" },
    ],
    GlobalSecondaryIndexes: indexes.map((index) => ({
      IndexName: index.name,
      KeySchema: [
        { AttributeName: index.partitionKey, KeyType: "HASH" as const },
        { AttributeName: index.sortKey, KeyType: "RANGE" as const },
      ],
      Projection: { ProjectionType: index.projection },
    })),
  };
}

/**
 * Creates the table if it is missing and waits until it is ACTIVE; a no-op on an existing table. A table that cannot
 * be reached (or throttles, or times out) is a StoreError like any other store call: raw, it reached the CLI's users
 * of a down DYNAMODB_ENDPOINT as a stack trace.
 */
export async function ensureTable(client: DynamoDBClient, tableName: string): Promise<void> {
  try {
    await createIfMissing(client, tableName);
  } catch (error) {
    throw toStoreError(error, `open table ${tableName}`);
  }
}

async function createIfMissing(client: DynamoDBClient, tableName: string): Promise<void> {
  try {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    if (Table?.TableStatus === "ACTIVE") return;
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
    try {
      await client.send(new CreateTableCommand(tableDefinition(tableName)));
    } catch (createError) {
      // Another process created it between our describe and create: fine, wait for it below.
      if (!(createError instanceof ResourceInUseException)) throw createError;
    }
  }
  await waitUntilTableExists({ client, maxWaitTime: 120, minDelay: 1, maxDelay: 2 }, { TableName: tableName });
}

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
  /** pk prefixes. SUB# and DIGEST# belong to the digest (subscriptions, per-day claims); the store never touches them. */
  prefixes: {
    article: "ART#",
    word: "WORD#",
    subscription: "SUB#",
    digest: "DIGEST#",
    /** `FB#<UTC day of the press>`, sk `<action_ts>#<user>`: editors' feedback, one item per button press. */
    feedback: "FB#",
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

import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { BatchGetCommand, BatchWriteCommand, DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { QueryCommandInput, QueryCommandOutput } from "@aws-sdk/lib-dynamodb";
import type { Item } from "#store/article-item.ts";
import { toStoreError } from "#store/dynamo-client.ts";
import { StoreError } from "#store/store.ts";

const BATCH_WRITE_MAX = 25;
const BATCH_GET_MAX = 100;
const UNPROCESSED_RETRIES = 8;

export type WriteRequest = NonNullable<ConstructorParameters<typeof BatchWriteCommand>[0]["RequestItems"]>[string][number];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends a batch, then what the table hands back unprocessed, until nothing is left. Unprocessed means the table is
 * busy: back off (deterministically) between tries, and after UNPROCESSED_RETRIES say THROTTLED.
 */
async function untilProcessed<T>(batch: T[], what: string, noun: "writes" | "reads", send: (pending: T[]) => Promise<T[]>): Promise<void> {
  let pending = batch;
  for (let attempt = 0; pending.length > 0; attempt++) {
    if (attempt > UNPROCESSED_RETRIES) {
      throw new StoreError("THROTTLED", `${what}: ${pending.length} ${noun} still unprocessed after ${UNPROCESSED_RETRIES} retries`);
    }
    if (attempt > 0) await sleep(Math.min(50 * 2 ** attempt, 2000));
    pending = await send(pending);
  }
}

/**
 * One table's requests, each failure mapped to a typed StoreError: full pagination, conditional puts that report a
 * lost race as `false`, and batches that resend what the table leaves unprocessed. No article knowledge here.
 */
export class DynamoTable {
  private readonly doc: DynamoDBDocumentClient;

  constructor(
    client: DynamoDBClient,
    readonly name: string,
    /** Query page size; only tests set it, to prove that lists page through everything. */
    readonly pageSize?: number,
  ) {
    this.doc = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
  }

  async send<T>(what: string, call: (doc: DynamoDBDocumentClient) => Promise<T>): Promise<T> {
    try {
      return await call(this.doc);
    } catch (error) {
      throw toStoreError(error, what);
    }
  }

  async getItem(pk: string, sk: string, what: string): Promise<Item | undefined> {
    const out = await this.send(what, (doc) => doc.send(new GetCommand({ TableName: this.name, Key: { pk, sk }, ConsistentRead: true })));
    return out.Item;
  }

  /** false when the condition failed (someone else wrote first); every other failure throws. */
  async conditionalPut(item: Item, condition: string, values: Item, what: string): Promise<boolean> {
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.name,
          Item: item,
          ConditionExpression: condition,
          ...(Object.keys(values).length > 0 ? { ExpressionAttributeValues: values } : {}),
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof Error && error.name === "ConditionalCheckFailedException") return false;
      throw toStoreError(error, what);
    }
  }

  /** One page of a query, as DynamoDB returns it. */
  async queryPage(input: Omit<QueryCommandInput, "TableName">, what: string): Promise<QueryCommandOutput> {
    return this.send(what, (doc) => doc.send(new QueryCommand({ ...input, TableName: this.name })));
  }

  async queryAll(input: Omit<QueryCommandInput, "TableName">, what: string): Promise<Item[]> {
    const items: Item[] = [];
    let start: Item | undefined;
    do {
      const page = await this.queryPage({ ...input, ExclusiveStartKey: start, ...(this.pageSize ? { Limit: this.pageSize } : {}) }, what);
      items.push(...(page.Items ?? []));
      start = page.LastEvaluatedKey;
    } while (start);
    return items;
  }

  async batchWrite(requests: WriteRequest[], what: string): Promise<void> {
    for (let i = 0; i < requests.length; i += BATCH_WRITE_MAX) {
      await untilProcessed(requests.slice(i, i + BATCH_WRITE_MAX), what, "writes", async (pending) => {
        const out = await this.send(what, (doc) => doc.send(new BatchWriteCommand({ RequestItems: { [this.name]: pending } })));
        return out.UnprocessedItems?.[this.name] ?? [];
      });
    }
  }

  /** Every item of `keys` that exists, in no particular order. */
  async batchGet(keys: Item[], what: string): Promise<Item[]> {
    const found: Item[] = [];
    for (let i = 0; i < keys.length; i += BATCH_GET_MAX) {
      await untilProcessed(keys.slice(i, i + BATCH_GET_MAX), what, "reads", async (pending) => {
        const out = await this.send(what, (doc) => doc.send(new BatchGetCommand({ RequestItems: { [this.name]: { Keys: pending } } })));
        found.push(...(out.Responses?.[this.name] ?? []));
        return out.UnprocessedKeys?.[this.name]?.Keys ?? [];
      });
    }
    return found;
  }
}

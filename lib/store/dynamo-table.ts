import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { BatchGetCommand, BatchWriteCommand, DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { QueryCommandInput, QueryCommandOutput } from "@aws-sdk/lib-dynamodb";
import { randomInt } from "node:crypto";
import type { Item } from "#store/article-item.ts";
import { conditionFailed, toStoreError } from "#store/dynamo-client.ts";
import { StoreError, type CallOptions } from "#store/store.ts";

const BATCH_WRITE_MAX = 25;
const BATCH_GET_MAX = 100;
/** Rounds in a row in which the table processed nothing before a batch is reported THROTTLED. */
const UNPROCESSED_RETRIES = 8;

export type WriteRequest = NonNullable<ConstructorParameters<typeof BatchWriteCommand>[0]["RequestItems"]>[string][number];

/**
 * Full jitter (AWS's "exponential backoff and jitter"): a random pause up to 50 ms × 2^attempt, capped at 1 s, so
 * writers throttled together do not all come back together. Only timing depends on it, never a result.
 */
export function fullJitter(attempt: number): number {
  return randomInt(0, Math.min(50 * 2 ** attempt, 1000) + 1);
}

export interface DynamoTableOptions {
  /** Query page size; only tests set it, to prove that lists page through everything. */
  pageSize?: number;
  /** Pause before retrying a batch the table processed none of (default: `fullJitter`). Tests pass `() => 0`. */
  retryDelayMs?: (attempt: number) => number;
}

/** Waits `ms`, or fails with TIMEOUT as soon as the caller's deadline passes. */
function pause(ms: number, signal: AbortSignal | undefined, what: string): Promise<void> {
  if (ms <= 0 && !signal?.aborted) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const abort = () => {
      clearTimeout(timer);
      reject(deadlinePassed(what));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", abort);
      resolve();
    }, ms);
    if (signal?.aborted) abort();
    else signal?.addEventListener("abort", abort, { once: true });
  });
}

function deadlinePassed(what: string): StoreError {
  return new StoreError("TIMEOUT", `${what}: the caller's deadline passed before the article table answered`);
}

/**
 * One table's requests, each failure mapped to a typed StoreError: full pagination, conditional puts that report a
 * lost race as `false`, and batches that resend what the table leaves unprocessed. Every request carries the
 * caller's AbortSignal. No article knowledge here.
 */
export class DynamoTable {
  private readonly doc: DynamoDBDocumentClient;
  readonly pageSize: number | undefined;
  private readonly retryDelayMs: (attempt: number) => number;

  constructor(
    client: DynamoDBClient,
    readonly name: string,
    options: DynamoTableOptions = {},
  ) {
    this.doc = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
    this.pageSize = options.pageSize;
    this.retryDelayMs = options.retryDelayMs ?? fullJitter;
  }

  async send<T>(what: string, options: CallOptions, call: (doc: DynamoDBDocumentClient, abortSignal: AbortSignal | undefined) => Promise<T>): Promise<T> {
    // Checked here too: a deadline that has passed must not start another request (the SDK would send it).
    if (options.signal?.aborted) throw deadlinePassed(what);
    try {
      return await call(this.doc, options.signal);
    } catch (error) {
      throw toStoreError(error, what);
    }
  }

  async getItem(pk: string, sk: string, what: string, options: CallOptions): Promise<Item | undefined> {
    const out = await this.send(what, options, (doc, abortSignal) =>
      doc.send(new GetCommand({ TableName: this.name, Key: { pk, sk }, ConsistentRead: true }), { abortSignal }),
    );
    return out.Item;
  }

  /** false when the condition failed (someone else wrote first); every other failure throws. */
  async conditionalPut(item: Item, condition: string, values: Item, what: string, options: CallOptions): Promise<boolean> {
    return this.conditional(what, options, (doc, abortSignal) =>
      doc.send(
        new PutCommand({
          TableName: this.name,
          Item: item,
          ConditionExpression: condition,
          ...(Object.keys(values).length > 0 ? { ExpressionAttributeValues: values } : {}),
        }),
        { abortSignal },
      ),
    );
  }

  /** Sets `attributes` on an existing item if `condition` holds; false when it did not. */
  async conditionalSet(key: { pk: string; sk: string }, attributes: Item, condition: string, values: Item, what: string, options: CallOptions): Promise<boolean> {
    const names = Object.keys(attributes);
    const set = names.map((_, i) => `#s${i} = :s${i}`).join(", ");
    return this.conditional(what, options, (doc, abortSignal) =>
      doc.send(
        new UpdateCommand({
          TableName: this.name,
          Key: key,
          UpdateExpression: `SET ${set}`,
          ConditionExpression: condition,
          ExpressionAttributeNames: Object.fromEntries(names.map((name, i) => [`#s${i}`, name])),
          ExpressionAttributeValues: { ...values, ...Object.fromEntries(names.map((name, i) => [`:s${i}`, attributes[name]])) },
        }),
        { abortSignal },
      ),
    );
  }

  /** One conditional write: false when its condition failed, every other failure thrown as `send` maps it. */
  private async conditional(what: string, options: CallOptions, call: (doc: DynamoDBDocumentClient, abortSignal: AbortSignal | undefined) => Promise<unknown>): Promise<boolean> {
    try {
      await this.send(what, options, call);
      return true;
    } catch (error) {
      if (conditionFailed(error)) return false;
      throw error;
    }
  }

  /** One page of a query, as DynamoDB returns it. */
  async queryPage(input: Omit<QueryCommandInput, "TableName">, what: string, options: CallOptions): Promise<QueryCommandOutput> {
    return this.send(what, options, (doc, abortSignal) => doc.send(new QueryCommand({ ...input, TableName: this.name }), { abortSignal }));
  }

  async queryAll(input: Omit<QueryCommandInput, "TableName">, what: string, options: CallOptions): Promise<Item[]> {
    const items: Item[] = [];
    let start: Item | undefined;
    do {
      const page = await this.queryPage({ ...input, ExclusiveStartKey: start, ...(this.pageSize ? { Limit: this.pageSize } : {}) }, what, options);
      items.push(...(page.Items ?? []));
      start = page.LastEvaluatedKey;
    } while (start);
    return items;
  }

  async batchWrite(requests: WriteRequest[], what: string, options: CallOptions): Promise<void> {
    for (let i = 0; i < requests.length; i += BATCH_WRITE_MAX) {
      await this.untilProcessed(requests.slice(i, i + BATCH_WRITE_MAX), what, "writes", options, async (pending, abortSignal) => {
        const out = await this.send(what, options, (doc) => doc.send(new BatchWriteCommand({ RequestItems: { [this.name]: pending } }), { abortSignal }));
        return out.UnprocessedItems?.[this.name] ?? [];
      });
    }
  }

  /**
   * Every item of `keys` that exists, in no particular order (consistent reads). `UnprocessedKeys` is a partial
   * result (a response stops at 16 MB, or the table was busy for some keys): what came back is kept and the rest
   * asked for again at once; only rounds that return nothing at all count as throttling. Chunks go in parallel.
   */
  async batchGet(keys: Item[], what: string, options: CallOptions): Promise<Item[]> {
    const chunks: Item[][] = [];
    for (let i = 0; i < keys.length; i += BATCH_GET_MAX) chunks.push(keys.slice(i, i + BATCH_GET_MAX));
    const found: Item[] = [];
    await Promise.all(
      chunks.map((chunk) =>
        this.untilProcessed(chunk, what, "reads", options, async (pending, abortSignal) => {
          const out = await this.send(what, options, (doc) =>
            doc.send(new BatchGetCommand({ RequestItems: { [this.name]: { Keys: pending, ConsistentRead: true } } }), { abortSignal }),
          );
          found.push(...(out.Responses?.[this.name] ?? []));
          return out.UnprocessedKeys?.[this.name]?.Keys ?? [];
        }),
      ),
    );
    return found;
  }

  /**
   * Sends a batch, then what the table hands back unprocessed, until nothing is left. A round that made progress
   * is followed at once; a round that processed nothing means the table is busy: back off (with jitter), and after
   * UNPROCESSED_RETRIES such rounds in a row say THROTTLED.
   */
  private async untilProcessed<T>(
    batch: T[],
    what: string,
    noun: "writes" | "reads",
    options: CallOptions,
    send: (pending: T[], abortSignal: AbortSignal | undefined) => Promise<T[]>,
  ): Promise<void> {
    let pending = batch;
    let stalled = 0;
    while (pending.length > 0) {
      const before = pending.length;
      pending = await send(pending, options.signal);
      if (pending.length === 0) return;
      if (pending.length < before) {
        stalled = 0;
        continue;
      }
      if (++stalled > UNPROCESSED_RETRIES) {
        throw new StoreError("THROTTLED", `${what}: ${pending.length} ${noun} still unprocessed after ${UNPROCESSED_RETRIES} retries`);
      }
      await pause(this.retryDelayMs(stalled), options.signal, what);
    }
  }
}

import { DynamoDBDocumentClient, GetCommand, QueryCommand, type QueryCommandOutput } from "@aws-sdk/lib-dynamodb";
import * as v from "valibot";
import { fieldProblem } from "#news/article.ts";
import { toStoreError } from "#store/dynamo-client.ts";
import { StoreError } from "#store/store.ts";

export type Item = Record<string, unknown>;

export const text = v.string("must be a string");
/** Optional extras: a wrong type reads as absent (as it always has), so a stray edit there does not break the item. */
export const extra = v.fallback(v.optional(v.string()), undefined);

/** Checks an item's shape; a bad one is a MALFORMED_ITEM naming its keys and the field at fault. */
export function decodeItem<T>(schema: v.GenericSchema<unknown, T>, item: Item): T {
  const parsed = v.safeParse(schema, item, { abortEarly: true });
  if (!parsed.success) {
    throw new StoreError("MALFORMED_ITEM", `item ${String(item.pk)} / ${String(item.sk)}: ${fieldProblem(parsed.issues[0])}`);
  }
  return parsed.output;
}

/**
 * The reads the subscription and claim stores share: one item, one partition paged, each failure a StoreError
 * naming what was being read.
 */
export class PartitionReader {
  constructor(
    readonly doc: DynamoDBDocumentClient,
    readonly tableName: string,
  ) {}

  /** One partition's items, page by page, in sort-key order (newest first for claims, whose keys are slots). */
  async *partition(pk: string, what: string, options: { newestFirst?: boolean; between?: { from: string; to: string } } = {}): AsyncGenerator<Item> {
    const range = options.between;
    let start: Record<string, unknown> | undefined;
    do {
      const page: QueryCommandOutput = await this.send(what, () =>
        this.doc.send(
          new QueryCommand({
            TableName: this.tableName,
            KeyConditionExpression: range ? "pk = :pk AND sk BETWEEN :from AND :to" : "pk = :pk",
            ExpressionAttributeValues: { ":pk": pk, ...(range ? { ":from": range.from, ":to": range.to } : {}) },
            ConsistentRead: true,
            ...(options.newestFirst ? { ScanIndexForward: false } : {}),
            ...(start ? { ExclusiveStartKey: start } : {}),
          }),
        ),
      );
      yield* page.Items ?? [];
      start = page.LastEvaluatedKey;
    } while (start);
  }

  async getItem(pk: string, sk: string, what: string): Promise<Item | undefined> {
    const out = await this.send(what, () => this.doc.send(new GetCommand({ TableName: this.tableName, Key: { pk, sk }, ConsistentRead: true })));
    return out.Item;
  }

  async send<T>(what: string, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      throw toStoreError(error, what);
    }
  }
}

import { DeleteCommand, PutCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { conditionFailed, toStoreError } from "#store/dynamo-client.ts";
import { laterCommandsItem, NOT_OLDER, SUBSCRIBE_ATTEMPTS } from "#store/dynamo-subscribe.ts";
import { StoreError } from "#store/store.ts";

type Item = Record<string, unknown>;

/**
 * The `kind` of what `/brief unsubscribe` leaves in the channel's place: its command's time and nothing else. A
 * deleted item had no time, so a subscribe typed before the unsubscribe whose write landed after it (answered "slow",
 * or retried) found nothing to be older than and brought the channel back; the editor had been told "Unsubscribed".
 * Every reader takes the marker for no subscription.
 */
export const UNSUBSCRIBED = "unsubscribed";

export function isUnsubscribed(item: Item | undefined): boolean {
  return item?.kind === UNSUBSCRIBED;
}

/**
 * A day, then DynamoDB's TTL (`expiresAt`, sst.config.ts) may drop the marker: a command's write lands within the Slack
 * function's 10 s timeout, so none is still to come. Nothing depends on the reaping (the local servers have no TTL):
 * a marker left and no item read the same.
 */
const MARKER_TTL_SECONDS = 24 * 3600;

/** The item replaced (undefined: there was none), or, when a later command's item stands, that item and nothing written. */
export interface UnsubscribeWrite {
  old?: Item;
  newer?: Item;
}

/**
 * Puts the marker in the channel's item unless a later command's item stands. Without a command's time (direct store
 * use) the item is deleted, as before stamps.
 */
export async function writeUnsubscribe(doc: DynamoDBDocumentClient, tableName: string, key: { pk: string; sk: string }, requestedAt?: string): Promise<UnsubscribeWrite> {
  if (requestedAt === undefined) {
    try {
      return { old: (await doc.send(new DeleteCommand({ TableName: tableName, Key: key, ReturnValues: "ALL_OLD" }))).Attributes };
    } catch (error) {
      throw toStoreError(error, "unsubscribe");
    }
  }
  const expiresAt = Math.floor(Date.parse(requestedAt) / 1000) + MARKER_TTL_SECONDS;
  for (let attempt = 0; attempt < SUBSCRIBE_ATTEMPTS; attempt++) {
    try {
      const replaced = await doc.send(
        new PutCommand({
          TableName: tableName,
          Item: { ...key, kind: UNSUBSCRIBED, requestedAt, expiresAt },
          ConditionExpression: NOT_OLDER,
          ExpressionAttributeNames: { "#requestedAt": "requestedAt" },
          ExpressionAttributeValues: { ":requestedAt": requestedAt },
          ReturnValues: "ALL_OLD",
        }),
      );
      return { old: replaced.Attributes };
    } catch (error) {
      if (!conditionFailed(error)) throw toStoreError(error, "unsubscribe");
    }
    // A later command's item stands, or one without a time replaced it since (then the next try lands).
    const newer = await laterCommandsItem(doc, tableName, key, requestedAt);
    if (newer) return { newer };
  }
  throw new StoreError("THROTTLED", `unsubscribe ${key.sk}: the subscription kept changing under us; try again`);
}

import { GetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { Subscription } from "#digest/subscriptions.ts";
import { conditionFailed, toStoreError } from "#store/dynamo-client.ts";
import { StoreError } from "#store/store.ts";

type Item = Record<string, unknown>;

/** The old item as stored (undefined: there was none), and its start when it was kept. */
export interface SubscriptionWrite {
  old?: Item;
  keptStart?: string;
  /** A later command's subscription was stored already: nothing was written. The item as it stands. */
  newer?: Item;
}

/** Each path's condition fails only when another writer changed the item between them: a few tries settle it. */
export const SUBSCRIBE_ATTEMPTS = 3;
const OPTIONAL = ["teamId", "section", "source"] as const satisfies ReadonlyArray<keyof Subscription>;
/** The stored item is at this time and zone and has a usable start: it keeps its start. */
const SAME_SCHEDULE = "#time = :time AND #timeZone = :timeZone AND attribute_type(#createdAt, :string)";
const SAME_SCHEDULE_NAMES = { "#time": "time", "#timeZone": "timeZone", "#createdAt": "createdAt" } as const;
const sameScheduleValues = (s: Subscription): Item => ({ ":time": s.time, ":timeZone": s.timeZone, ":string": "S" });
/**
 * Not over a later command's subscription. A command answered "slow" (its deadline passed) may still write after the
 * editor typed it again differently: "07:30" was answered as stored, then the first command's "07:00" landed over it.
 * Commands are stamped with their time (`requestedAt`); so is what an unsubscribe leaves (dynamo-unsubscribe.ts).
 * Items written before stamps were kept, or by direct store use, have none: any command replaces them (README).
 */
export const NOT_OLDER = "(attribute_not_exists(#requestedAt) OR #requestedAt <= :requestedAt)";

/**
 * Writes `subscription` over the channel's item. At the time and zone already stored, the stored start (`createdAt`)
 * is kept: a slot that passed moments ago and is still pending or being retried stays due (a re-subscribe that only
 * adds `quiet` or a filter set the start to now, past the slot, and that day's digest was skipped). Otherwise the
 * item is replaced with `subscription`'s start. Each path is one conditional write, so a concurrent re-subscribe
 * cannot slip in between the decision and the write: the loser tries again over what the winner wrote.
 */
export async function writeSubscription(
  doc: DynamoDBDocumentClient,
  tableName: string,
  key: { pk: string; sk: string },
  subscription: Subscription,
  requestedAt?: string,
): Promise<SubscriptionWrite> {
  const { createdAt: _start, ...settings } = subscription;
  const stamp = requestedAt === undefined ? {} : { requestedAt };
  const names: Record<string, string> = { ...SAME_SCHEDULE_NAMES };
  const values: Item = sameScheduleValues(subscription);
  const sets: string[] = [];
  for (const [field, value] of Object.entries({ kind: "subscription", ...settings, ...stamp })) {
    if (value === undefined) continue;
    names[`#${field}`] = field;
    values[`:${field}`] = value;
    sets.push(`#${field} = :${field}`);
  }
  const removes = OPTIONAL.filter((field) => subscription[field] === undefined);
  for (const field of removes) names[`#${field}`] = field;
  const update = `SET ${sets.join(", ")}${removes.length > 0 ? ` REMOVE ${removes.map((f) => `#${f}`).join(", ")}` : ""}`;

  const notOlder = requestedAt === undefined ? "" : ` AND ${NOT_OLDER}`;
  const putNames = { ...SAME_SCHEDULE_NAMES, ...(requestedAt === undefined ? {} : { "#requestedAt": "requestedAt" }) };
  const putValues = { ...sameScheduleValues(subscription), ...(requestedAt === undefined ? {} : { ":requestedAt": requestedAt }) };
  for (let attempt = 0; attempt < SUBSCRIBE_ATTEMPTS; attempt++) {
    try {
      const kept = await doc.send(
        new UpdateCommand({ TableName: tableName, Key: key, UpdateExpression: update, ConditionExpression: `${SAME_SCHEDULE}${notOlder}`, ExpressionAttributeNames: names, ExpressionAttributeValues: values, ReturnValues: "ALL_OLD" }),
      );
      const old = kept.Attributes ?? {};
      return { old, keptStart: String(old.createdAt) };
    } catch (error) {
      if (!conditionFailed(error)) throw toStoreError(error, "subscribe");
    }
    try {
      const replaced = await doc.send(
        new PutCommand({
          TableName: tableName,
          Item: { ...key, kind: "subscription", ...subscription, ...stamp },
          ConditionExpression: `(attribute_not_exists(pk) OR NOT (${SAME_SCHEDULE}))${notOlder}`,
          ExpressionAttributeNames: putNames,
          ExpressionAttributeValues: putValues,
          ReturnValues: "ALL_OLD",
        }),
      );
      return replaced.Attributes ? { old: replaced.Attributes } : {};
    } catch (error) {
      if (!conditionFailed(error)) throw toStoreError(error, "subscribe");
    }
    // Both conditions failed: another writer changed the item between them, or a later command's item stands.
    const newer = requestedAt === undefined ? undefined : await laterCommandsItem(doc, tableName, key, requestedAt);
    if (newer) return { newer };
  }
  throw new StoreError("THROTTLED", `subscribe ${subscription.channelId}: the subscription kept changing under us; try again`);
}

/** The channel's item when a command later than `requestedAt` wrote it (a consistent read: it was just written). */
export async function laterCommandsItem(doc: DynamoDBDocumentClient, tableName: string, key: { pk: string; sk: string }, requestedAt: string): Promise<Item | undefined> {
  try {
    const item = (await doc.send(new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true }))).Item;
    return item && typeof item.requestedAt === "string" && item.requestedAt > requestedAt ? item : undefined;
  } catch (error) {
    throw toStoreError(error, "subscribe");
  }
}

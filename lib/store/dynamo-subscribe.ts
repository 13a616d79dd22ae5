import { PutCommand, UpdateCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { Subscription } from "#digest/subscriptions.ts";
import { conditionFailed, toStoreError } from "#store/dynamo-client.ts";
import { StoreError } from "#store/store.ts";

type Item = Record<string, unknown>;

/** The old item as stored (undefined: there was none), and its start when it was kept. */
export interface SubscriptionWrite {
  old?: Item;
  keptStart?: string;
}

/** Each path's condition fails only when another writer changed the item between them: a few tries settle it. */
const ATTEMPTS = 3;
const OPTIONAL = ["teamId", "section", "source"] as const satisfies ReadonlyArray<keyof Subscription>;
/** The stored item is at this time and zone and has a usable start: it keeps its start. */
const SAME_SCHEDULE = "#time = :time AND #timeZone = :timeZone AND attribute_type(#createdAt, :string)";
const SAME_SCHEDULE_NAMES = { "#time": "time", "#timeZone": "timeZone", "#createdAt": "createdAt" } as const;
const sameScheduleValues = (s: Subscription): Item => ({ ":time": s.time, ":timeZone": s.timeZone, ":string": "S" });

/**
 * Writes `subscription` over the channel's item. At the time and zone already stored, the stored start (`createdAt`)
 * is kept: a slot that passed moments ago and is still pending or being retried stays due (a re-subscribe that only
 * adds `quiet` or a filter set the start to now, past the slot, and that day's digest was skipped). Otherwise the
 * item is replaced with `subscription`'s start. Each path is one conditional write, so a concurrent re-subscribe
 * cannot slip in between the decision and the write: the loser tries again over what the winner wrote.
 */
export async function writeSubscription(doc: DynamoDBDocumentClient, tableName: string, key: { pk: string; sk: string }, subscription: Subscription): Promise<SubscriptionWrite> {
  const { createdAt: _start, ...settings } = subscription;
  const names: Record<string, string> = { ...SAME_SCHEDULE_NAMES };
  const values: Item = sameScheduleValues(subscription);
  const sets: string[] = [];
  for (const [field, value] of Object.entries({ kind: "subscription", ...settings })) {
    if (value === undefined) continue;
    names[`#${field}`] = field;
    values[`:${field}`] = value;
    sets.push(`#${field} = :${field}`);
  }
  const removes = OPTIONAL.filter((field) => subscription[field] === undefined);
  for (const field of removes) names[`#${field}`] = field;
  const update = `SET ${sets.join(", ")}${removes.length > 0 ? ` REMOVE ${removes.map((f) => `#${f}`).join(", ")}` : ""}`;

  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    try {
      const kept = await doc.send(
        new UpdateCommand({ TableName: tableName, Key: key, UpdateExpression: update, ConditionExpression: SAME_SCHEDULE, ExpressionAttributeNames: names, ExpressionAttributeValues: values, ReturnValues: "ALL_OLD" }),
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
          Item: { ...key, kind: "subscription", ...subscription },
          ConditionExpression: `attribute_not_exists(pk) OR NOT (${SAME_SCHEDULE})`,
          ExpressionAttributeNames: SAME_SCHEDULE_NAMES,
          ExpressionAttributeValues: sameScheduleValues(subscription),
          ReturnValues: "ALL_OLD",
        }),
      );
      return replaced.Attributes ? { old: replaced.Attributes } : {};
    } catch (error) {
      if (!conditionFailed(error)) throw toStoreError(error, "subscribe");
    }
  }
  throw new StoreError("THROTTLED", `subscribe ${subscription.channelId}: the subscription kept changing under us; try again`);
}

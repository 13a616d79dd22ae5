import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DeleteCommand, DynamoDBDocumentClient, GetCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { conditionFailed, toStoreError } from "#store/dynamo-client.ts";
import { StoreError } from "#store/store.ts";
import type { PressClaimOptions, PressClaimOutcome, PressClaimStore } from "#store/press-claims.ts";
import { TABLE_KEYS } from "#store/table.ts";

/**
 * Share-button claims in the article table under `PRESS#<key>`: a prefix no other item uses (see TABLE_KEYS). One
 * conditional write per state change, as the digest's claims do, so dynalite and DynamoDB Local both run it.
 */
const PREFIX = TABLE_KEYS.prefixes.pressClaim;
const SORT = "CLAIM";
/** Kept a day (a replay is only valid for five minutes), then DynamoDB's TTL drops them. */
const TTL_SECONDS = 24 * 3600;
const ATTEMPTS = 3;

const keyOf = (key: string) => ({ pk: `${PREFIX}${key}`, sk: SORT });

export class DynamoPressClaims implements PressClaimStore {
  private readonly doc: DynamoDBDocumentClient;
  private readonly tableName: string;

  constructor(options: { client: DynamoDBClient; tableName: string }) {
    this.doc = DynamoDBDocumentClient.from(options.client);
    this.tableName = options.tableName;
  }

  async claim(key: string, options: PressClaimOptions): Promise<PressClaimOutcome> {
    const nowMs = options.now.getTime();
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      try {
        const out = await this.doc.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: keyOf(key),
            // The first holder's time is kept by the claiming write itself: kept by a second write, it was lost
            // whenever the taker died (or its deadline passed) between the two, and the next taker searched history
            // back to the dead taker's claim only, past the first holder's post. Operands read the item as it was.
            UpdateExpression:
              "SET #kind = :kind, #status = :claimed, #owner = :owner, claimedAtMs = :now, expiresAt = :expires, " +
              "firstClaimedAtMs = if_not_exists(firstClaimedAtMs, if_not_exists(claimedAtMs, :now))",
            ConditionExpression: "attribute_not_exists(pk) OR (#status = :claimed AND claimedAtMs < :staleBefore)",
            ExpressionAttributeNames: { "#kind": "kind", "#status": "status", "#owner": "owner" },
            ExpressionAttributeValues: {
              ":kind": "press-claim",
              ":claimed": "claimed",
              ":owner": options.owner,
              ":now": nowMs,
              ":expires": Math.floor(nowMs / 1000) + TTL_SECONDS,
              ":staleBefore": nowMs - options.staleAfterMs,
            },
            ReturnValues: "ALL_OLD",
          }),
          { abortSignal: options.signal },
        );
        if (out.Attributes === undefined) return { status: "claimed", takeover: false };
        const previous = out.Attributes.firstClaimedAtMs ?? out.Attributes.claimedAtMs;
        const first = typeof previous === "number" ? previous : nowMs - TTL_SECONDS * 1000;
        return { status: "claimed", takeover: true, previousClaimAt: new Date(first) };
      } catch (error) {
        if (!conditionFailed(error)) throw toStoreError(error, `claim press ${key}`);
      }
      const item = await this.read(key, options.signal);
      // Released between our write and this read: try to claim again.
      if (!item) continue;
      if (item.status === "posted" && typeof item.ts === "string") return { status: "posted", ts: item.ts };
      // Our own write, resent by the SDK after its answer was lost. It may have taken over a dead press's claim:
      // counted as a takeover, history searched back to the first holder's time it kept (else as far as a claim lives).
      if (item.status === "claimed" && item.owner === options.owner) {
        const first = typeof item.firstClaimedAtMs === "number" ? item.firstClaimedAtMs : nowMs - TTL_SECONDS * 1000;
        return { status: "claimed", takeover: true, previousClaimAt: new Date(first) };
      }
      return { status: "held" };
    }
    throw new StoreError("THROTTLED", `claim press ${key}: the claim kept changing under us; try again`);
  }

  async recordPosted(key: string, owner: string, ts: string, now: Date): Promise<boolean> {
    const values = { ":posted": "posted", ":ts": ts, ":at": now.toISOString() };
    if (await this.updateHeld(key, owner, "SET #status = :posted, ts = :ts, postedAt = :at", values, `record press ${key}`)) return true;
    // A resent write whose first try landed (its answer lost) finds its own work done.
    const item = await this.read(key);
    return item?.owner === owner && item.status === "posted" && item.ts === ts;
  }

  /** Applies `update` to a claim `owner` still holds unsettled; false if it does not. */
  private async updateHeld(key: string, owner: string, update: string, values: Record<string, string | number>, what: string): Promise<boolean> {
    try {
      await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keyOf(key),
          UpdateExpression: update,
          ConditionExpression: "#owner = :owner AND #status = :claimed",
          ExpressionAttributeNames: { "#status": "status", "#owner": "owner" },
          ExpressionAttributeValues: { ...values, ":owner": owner, ":claimed": "claimed" },
        }),
      );
      return true;
    } catch (error) {
      if (conditionFailed(error)) return false;
      throw toStoreError(error, what);
    }
  }

  private async read(key: string, signal?: AbortSignal): Promise<Record<string, unknown> | undefined> {
    try {
      return (await this.doc.send(new GetCommand({ TableName: this.tableName, Key: keyOf(key), ConsistentRead: true }), { abortSignal: signal })).Item;
    } catch (error) {
      throw toStoreError(error, `read press ${key}`);
    }
  }

  async release(key: string, owner: string): Promise<boolean> {
    try {
      await this.doc.send(
        new DeleteCommand({
          TableName: this.tableName,
          Key: keyOf(key),
          ConditionExpression: "#owner = :owner AND #status = :claimed",
          ExpressionAttributeNames: { "#status": "status", "#owner": "owner" },
          ExpressionAttributeValues: { ":owner": owner, ":claimed": "claimed" },
        }),
      );
      return true;
    } catch (error) {
      if (conditionFailed(error)) return false;
      throw toStoreError(error, `release press ${key}`);
    }
  }
}

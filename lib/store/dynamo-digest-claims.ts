import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  PutCommand,
  UpdateCommand,
} from "@aws-sdk/lib-dynamodb";
import * as v from "valibot";
import { objectProblem } from "#news/article.ts";
import { conditionFailed, toStoreError } from "#store/dynamo-client.ts";
import { decodeItem, extra, PartitionReader, text, type Item } from "#store/dynamo-partition.ts";
import { decodeOrElse, StoreError } from "#store/store.ts";
import { instantSlotKey, type ClaimOptions, type ClaimOutcome, type ClaimStatus, type DigestClaim } from "#digest/subscriptions.ts";
import { TABLE_KEYS } from "#store/table.ts";
import { claimNamesAround, claimSlotInstant } from "#digest/one-a-day.ts";

/** Claims are kept a month for "what was posted when", then DynamoDB's TTL (enabled in sst.config.ts) drops them. */
const CLAIM_TTL_SECONDS = 30 * 24 * 3600;
/** A claim can vanish (released) between a failed conditional write and the read that explains it: try again. */
const CLAIM_ATTEMPTS = 3;

const claimKey = (channelId: string, slot: string) => ({ pk: `${TABLE_KEYS.prefixes.digest}${channelId}`, sk: slot });

const CLAIM_STATUSES = ["claimed", "posted", "failed"] as const satisfies readonly ClaimStatus[];

const CLAIM_ITEM = v.object({
  status: v.picklist(CLAIM_STATUSES, (issue) => `must be ${CLAIM_STATUSES.join(", ")} (got ${String(issue.input)})`),
  channelId: text,
  slot: text,
  runId: text,
  claimedAt: text,
  ts: extra,
  error: extra,
  postedAt: extra,
  slotAt: extra,
}, objectProblem("must be an object"));

function decodeClaim(item: Item): DigestClaim {
  const { ts, error, postedAt, slotAt, ...fields } = decodeItem(CLAIM_ITEM, item);
  const claim: DigestClaim = { ...fields };
  if (ts !== undefined) claim.ts = ts;
  if (error !== undefined) claim.error = error;
  if (postedAt !== undefined) claim.postedAt = postedAt;
  if (slotAt !== undefined) claim.slotAt = slotAt;
  if (item.sk !== fields.slot) claim.key = String(item.sk);
  return claim;
}

/**
 * Digest claims in the article table, under the `DIGEST#` prefix, one partition per channel. No transactions
 * (dynalite has none): every state change of a claim is one conditional write, which is all exactly-once needs.
 */
export class DynamoDigestClaims {
  private readonly doc: DynamoDBDocumentClient;
  private readonly tableName: string;

  constructor(private readonly reader: PartitionReader) {
    this.doc = reader.doc;
    this.tableName = reader.tableName;
  }

  async claim(channelId: string, slot: string, options: ClaimOptions): Promise<ClaimOutcome> {
    const plain = await this.claimAs(channelId, slot, slot, options);
    if (plain !== "another-slot") return plain;
    // The name is another zone's slot's (its claim keeps a different instant): this slot is claimed under its instant.
    if (options.slotAt === undefined) throw new StoreError("MALFORMED_ITEM", `claim ${channelId} ${slot}: another slot's claim, and no instant to tell them apart`);
    const key = instantSlotKey(slot, options.slotAt);
    const own = await this.claimAs(channelId, slot, key, options);
    if (own === "another-slot") throw new StoreError("MALFORMED_ITEM", `claim ${channelId} ${key}: holds another slot's claim`);
    return own.status === "claimed" ? { ...own, key } : own;
  }

  /** Claims `slot` under the name `key`; "another-slot" when the name holds a claim kept with another instant. */
  private async claimAs(channelId: string, slot: string, key: string, options: ClaimOptions): Promise<ClaimOutcome | "another-slot"> {
    const nowMs = options.now.getTime();
    const slotAt = options.slotAt?.toISOString();
    for (let attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
      try {
        const out = await this.doc.send(
          new PutCommand({
            TableName: this.tableName,
            Item: {
              ...claimKey(channelId, key),
              kind: "digest-claim",
              channelId,
              slot,
              status: "claimed",
              runId: options.runId,
              claimedAt: options.now.toISOString(),
              claimedAtMs: nowMs,
              ...(options.slotAt ? { slotAt: options.slotAt.toISOString() } : {}),
              expiresAt: Math.floor(nowMs / 1000) + CLAIM_TTL_SECONDS,
            },
            // Free, or claimed for this slot (or before claims kept their slot) by a run that has had far longer than a
            // Lambda may live and never posted.
            ConditionExpression: `attribute_not_exists(pk) OR (#status = :claimed AND claimedAtMs < :staleBefore${slotAt ? " AND (attribute_not_exists(slotAt) OR slotAt = :slotAt)" : ""})`,
            ExpressionAttributeNames: { "#status": "status" },
            ExpressionAttributeValues: { ":claimed": "claimed", ":staleBefore": nowMs - options.staleAfterMs, ...(slotAt ? { ":slotAt": slotAt } : {}) },
            ReturnValues: "ALL_OLD",
          }),
        );
        const previous = out.Attributes?.claimedAtMs;
        return { status: "claimed", retried: out.Attributes !== undefined, ...(typeof previous === "number" ? { previousClaimedAt: new Date(previous) } : {}) };
      } catch (error) {
        if (!conditionFailed(error)) throw toStoreError(error, `claim ${channelId} ${key}`);
      }
      const current = await this.getClaim(channelId, key);
      if (!current) continue;
      if (slotAt && current.slotAt !== undefined && Date.parse(current.slotAt) !== Date.parse(slotAt)) return "another-slot";
      switch (current.status) {
        case "posted":
          return current.ts === undefined ? { status: "posted" } : { status: "posted", ts: current.ts };
        case "failed":
          return { status: "failed", error: current.error ?? "unknown" };
        case "claimed":
          // Our own claim: the SDK resent a put whose first try landed but whose answer was lost. It may have taken
          // over a dead run's claim, so it counts as taken over (the post looks in history first).
          if (current.runId === options.runId) return { status: "claimed", retried: true, ownLostAnswer: true };
          return { status: "held", runId: current.runId, claimedAt: current.claimedAt };
      }
    }
    throw new StoreError("THROTTLED", `claim ${channelId} ${key}: the claim kept changing under us; try again`);
  }

  recordPosted(channelId: string, slot: string, runId: string, ts: string | undefined, now: Date): Promise<boolean> {
    const fields = ts === undefined ? { quiet: true } : { ts };
    return this.settle(channelId, slot, runId, "posted", { ...fields, postedAt: now.toISOString() });
  }

  recordFailed(channelId: string, slot: string, runId: string, error: string, now: Date): Promise<boolean> {
    return this.settle(channelId, slot, runId, "failed", { error, failedAt: now.toISOString() });
  }

  async release(channelId: string, slot: string, runId: string): Promise<boolean> {
    try {
      await this.doc.send(
        new DeleteCommand({
          TableName: this.tableName,
          Key: claimKey(channelId, slot),
          ConditionExpression: "runId = :runId AND #status = :claimed",
          ExpressionAttributeNames: { "#status": "status" },
          ExpressionAttributeValues: { ":runId": runId, ":claimed": "claimed" },
        }),
      );
      return true;
    } catch (error) {
      if (conditionFailed(error)) return false;
      throw toStoreError(error, `release ${channelId} ${slot}`);
    }
  }

  async getClaim(channelId: string, slot: string): Promise<DigestClaim | undefined> {
    const key = claimKey(channelId, slot);
    const item = await this.getItem(key.pk, key.sk, "get claim");
    return item ? decodeClaim(item) : undefined;
  }

  /**
   * The posted digest whose slot came last. Claims are named by local date and time, and a channel that moved zones
   * has names from different zones: 23:45 on 3 July in Pago Pago comes a day after 00:30 on 4 July in Kiritimati and
   * sorts before it. A name's date is its instant's UTC date or the day either side (zones span −12:00 to +14:00), so
   * a later slot's name is at most two days before an earlier one's: the newest names are read back to two days
   * before the first posted claim's, and the latest by instant wins.
   */
  async lastPosted(channelId: string): Promise<DigestClaim | undefined> {
    let last: { claim: DigestClaim; at: number } | undefined;
    let floor: string | undefined;
    for await (const item of this.partition(claimKey(channelId, "").pk, "last posted digest", { newestFirst: true })) {
      if (floor !== undefined && String(item.sk) < floor) break;
      const claim = this.decodeClaimOrSkip(item);
      if (claim?.status !== "posted" || claim.ts === undefined) continue;
      const at = claimSlotInstant(claim)?.getTime() ?? Number.NEGATIVE_INFINITY;
      if (last === undefined || at > last.at) last = { claim, at };
      floor ??= claimNamesAround(claim.slot.slice(0, 10)).from;
    }
    return last?.claim;
  }

  async claimsBetween(channelId: string, from: string, to: string): Promise<DigestClaim[]> {
    const claims: DigestClaim[] = [];
    for await (const item of this.partition(claimKey(channelId, "").pk, "claims of a day", { between: { from, to } })) {
      const claim = this.decodeClaimOrSkip(item);
      if (claim) claims.push(claim);
    }
    return claims;
  }

  /** A damaged claim says nothing about what was posted: passed over (getClaim of its slot still names the damage). */
  private decodeClaimOrSkip(item: Item): DigestClaim | undefined {
    return decodeOrElse(decodeClaim, item, () => undefined);
  }

  /** Moves a claim this run holds to its final state; false if another run took it over meanwhile. */
  private async settle(channelId: string, slot: string, runId: string, status: ClaimStatus, fields: Item): Promise<boolean> {
    const names: Record<string, string> = { "#status": "status" };
    const values: Item = { ":runId": runId, ":claimed": "claimed", ":status": status };
    const sets = ["#status = :status"];
    for (const [field, value] of Object.entries(fields)) {
      names[`#${field}`] = field;
      values[`:${field}`] = value;
      sets.push(`#${field} = :${field}`);
    }
    try {
      await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: claimKey(channelId, slot),
          UpdateExpression: `SET ${sets.join(", ")}`,
          ConditionExpression: "runId = :runId AND #status = :claimed",
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
        }),
      );
      return true;
    } catch (error) {
      if (!conditionFailed(error)) throw toStoreError(error, `record ${status} ${channelId} ${slot}`);
    }
    // A resent write whose first try landed (its answer lost) finds its own work done: that is success, not a
    // takeover (which would make the run warn that the slot may be posted twice).
    const current = await this.getClaim(channelId, slot);
    return current?.runId === runId && current.status === status && current.ts === fields.ts;
  }

  private getItem(pk: string, sk: string, what: string): Promise<Item | undefined> {
    return this.reader.getItem(pk, sk, what);
  }

  private partition(pk: string, what: string, options: { newestFirst?: boolean; between?: { from: string; to: string } } = {}): AsyncGenerator<Item> {
    return this.reader.partition(pk, what, options);
  }
}

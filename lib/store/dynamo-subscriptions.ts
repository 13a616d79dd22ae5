import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import {
  DeleteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from "@aws-sdk/lib-dynamodb";
import type { QueryCommandOutput } from "@aws-sdk/lib-dynamodb";
import * as v from "valibot";
import { fieldProblem, objectProblem } from "#news/article.ts";
import { conditionFailed, toStoreError } from "#store/dynamo-client.ts";
import { decodeOrElse, StoreError } from "#store/store.ts";
import type {
  ClaimOptions,
  ClaimOutcome,
  ClaimStatus,
  DamagedSubscription,
  DigestClaim,
  SubscribeOutcome,
  Subscription,
  SubscriptionStore,
} from "#digest/subscriptions.ts";
import { instantSlotKey } from "#digest/subscriptions.ts";
import { TABLE_KEYS } from "#store/table.ts";
import { writeSubscription } from "#store/dynamo-subscribe.ts";
import { createLogger } from "#lib/log.ts";

type Item = Record<string, unknown>;

/**
 * Every subscription lives in one partition: there are at most a few hundred (one per channel), and the digest
 * reads them all every 15 minutes with one paged Query instead of scanning the article table.
 */
const SUBSCRIPTIONS_PK = `${TABLE_KEYS.prefixes.subscription}ALL`;
/** Claims are kept a month for "what was posted when", then DynamoDB's TTL (enabled in sst.config.ts) drops them. */
const CLAIM_TTL_SECONDS = 30 * 24 * 3600;
/** A claim can vanish (released) between a failed conditional write and the read that explains it: try again. */
const CLAIM_ATTEMPTS = 3;

const claimKey = (channelId: string, slot: string) => ({ pk: `${TABLE_KEYS.prefixes.digest}${channelId}`, sk: slot });

const text = v.string("must be a string");
/** Optional extras: a wrong type reads as absent (as it always has), so a stray edit there does not break the item. */
const extra = v.fallback(v.optional(v.string()), undefined);

const SUBSCRIPTION_ITEM = v.object({
  channelId: text,
  time: text,
  timeZone: text,
  createdBy: text,
  createdAt: text,
  // Only an explicit `true` silences a digest: anything else posts, so a damaged flag cannot hide the news.
  quietWhenEmpty: v.fallback(v.optional(v.boolean(), false), false),
  teamId: extra,
  section: extra,
  source: extra,
}, objectProblem("must be an object"));

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

/** Checks an item's shape; a bad one is a MALFORMED_ITEM naming its keys and the field at fault. */
function decodeItem<T>(schema: v.GenericSchema<unknown, T>, item: Item): T {
  const parsed = v.safeParse(schema, item, { abortEarly: true });
  if (!parsed.success) {
    throw new StoreError("MALFORMED_ITEM", `item ${String(item.pk)} / ${String(item.sk)}: ${fieldProblem(parsed.issues[0])}`);
  }
  return parsed.output;
}

function decodeSubscription(item: Item): Subscription {
  const { teamId, section, source, ...fields } = decodeItem(SUBSCRIPTION_ITEM, item);
  // Built field by field, so an absent teamId is no key at all (not `teamId: undefined`) in what callers compare.
  const subscription: Subscription = { ...fields };
  if (teamId !== undefined) subscription.teamId = teamId;
  if (section !== undefined) subscription.section = section;
  if (source !== undefined) subscription.source = source;
  return subscription;
}

function decodeClaim(item: Item): DigestClaim {
  const { ts, error, postedAt, slotAt, ...fields } = decodeItem(CLAIM_ITEM, item);
  const claim: DigestClaim = { ...fields };
  if (ts !== undefined) claim.ts = ts;
  if (error !== undefined) claim.error = error;
  if (postedAt !== undefined) claim.postedAt = postedAt;
  if (slotAt !== undefined) claim.slotAt = slotAt;
  return claim;
}

export interface DynamoSubscriptionStoreOptions {
  client: DynamoDBClient;
  tableName: string;
  /**
   * Told of each damaged subscription item `list` skips (hand-edited, half-written): one such item threw out of the
   * list and stopped every channel's digest. `get` of its channel still fails with MALFORMED_ITEM, and subscribing
   * the channel again replaces it. Default: an error on the store's logger (that channel gets no digest).
   */
  onMalformed?: (error: StoreError) => void;
}

/**
 * Subscriptions and digest claims in the article table, under the `SUB#` and `DIGEST#` prefixes. No transactions
 * (dynalite has none): every state change of a claim is one conditional write, which is all exactly-once needs.
 */
export class DynamoSubscriptionStore implements SubscriptionStore {
  private readonly doc: DynamoDBDocumentClient;
  private readonly tableName: string;
  private readonly onMalformed: (error: StoreError) => void;

  constructor(options: DynamoSubscriptionStoreOptions) {
    this.doc = DynamoDBDocumentClient.from(options.client, { marshallOptions: { removeUndefinedValues: true } });
    this.tableName = options.tableName;
    const log = createLogger({ fields: { fn: "store" } });
    this.onMalformed = options.onMalformed ?? ((error) => log.error("skipped a damaged subscription: its channel gets no digest until it is subscribed again", { error }));
  }

  async subscribe(subscription: Subscription): Promise<SubscribeOutcome> {
    const { old, keptStart } = await writeSubscription(this.doc, this.tableName, { pk: SUBSCRIPTIONS_PK, sk: subscription.channelId }, subscription);
    if (!old) return { status: "created" };
    // The write is done whatever it replaced: a damaged item it repaired is reported, never this call's failure.
    const previous = this.decodeOrReport(old);
    return { status: "updated", ...(previous ? { previous } : {}), ...(keptStart !== undefined ? { keptStart } : {}) };
  }

  /** A subscription item, or undefined (reported to onMalformed) when it is damaged. */
  private decodeOrReport(item: Item): Subscription | undefined {
    return decodeOrElse(decodeSubscription, item, (error) => {
      this.onMalformed(error);
      return undefined;
    });
  }

  async unsubscribe(channelId: string): Promise<Subscription | DamagedSubscription | undefined> {
    const out = await this.send("unsubscribe", () =>
      this.doc.send(new DeleteCommand({ TableName: this.tableName, Key: { pk: SUBSCRIPTIONS_PK, sk: channelId }, ReturnValues: "ALL_OLD" })),
    );
    if (!out.Attributes) return undefined;
    // The delete is done whatever it removed: a damaged item threw MALFORMED_ITEM after it was gone, and the editor
    // was told a stored story was damaged while the unsubscribe had worked. Nothing is left to repair: not reported.
    return decodeOrElse(decodeSubscription, out.Attributes, (): DamagedSubscription => ({ channelId, damaged: true }));
  }

  async get(channelId: string): Promise<Subscription | undefined> {
    const item = await this.getItem(SUBSCRIPTIONS_PK, channelId, "get subscription");
    return item ? decodeSubscription(item) : undefined;
  }

  async list(): Promise<Subscription[]> {
    const subscriptions: Subscription[] = [];
    for (const item of await this.items()) {
      const subscription = this.decodeOrReport(item);
      if (subscription) subscriptions.push(subscription);
    }
    return subscriptions;
  }

  async listWithDamaged(): Promise<Array<Subscription | DamagedSubscription>> {
    // Not reported to onMalformed: shown to whoever asked, who can repair it; the digest run reports it anyway.
    return (await this.items()).map((item) =>
      decodeOrElse(decodeSubscription, item, (): DamagedSubscription => {
        const damaged: DamagedSubscription = { channelId: String(item.sk), damaged: true };
        if (typeof item.teamId === "string") damaged.teamId = item.teamId;
        return damaged;
      }),
    );
  }

  /** Every subscription item as stored, by channel id (the sort key). */
  private async items(): Promise<Item[]> {
    const items: Item[] = [];
    for await (const item of this.partition(SUBSCRIPTIONS_PK, "list subscriptions")) items.push(item);
    return items;
  }

  /** One partition's items, page by page, in sort-key order (newest first for claims, whose keys are slots). */
  private async *partition(pk: string, what: string, options: { newestFirst?: boolean; between?: { from: string; to: string } } = {}): AsyncGenerator<Item> {
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

  async lastPosted(channelId: string): Promise<DigestClaim | undefined> {
    // Newest slot first: slots are "YYYY-MM-DDTHH:MM", so the sort key orders them by day and time.
    for await (const item of this.partition(claimKey(channelId, "").pk, "last posted digest", { newestFirst: true })) {
      const claim = this.decodeClaimOrSkip(item);
      if (claim?.status === "posted" && claim.ts !== undefined) return claim;
    }
    return undefined;
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

  private async getItem(pk: string, sk: string, what: string): Promise<Item | undefined> {
    const out = await this.send(what, () => this.doc.send(new GetCommand({ TableName: this.tableName, Key: { pk, sk }, ConsistentRead: true })));
    return out.Item;
  }

  private async send<T>(what: string, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      throw toStoreError(error, what);
    }
  }
}

import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import * as v from "valibot";
import { objectProblem } from "#news/article.ts";
import { decodeOrElse, StoreError } from "#store/store.ts";
import type {
  ClaimOptions,
  ClaimOutcome,
  DamagedSubscription,
  DigestClaim,
  SubscribeOutcome,
  Subscription,
  SubscriptionStore,
  SupersededUnsubscribe,
} from "#digest/subscriptions.ts";
import { TABLE_KEYS } from "#store/table.ts";
import { writeSubscription } from "#store/dynamo-subscribe.ts";
import { isUnsubscribed, writeUnsubscribe } from "#store/dynamo-unsubscribe.ts";
import { DynamoDigestClaims } from "#store/dynamo-digest-claims.ts";
import { decodeItem, extra, PartitionReader, text, type Item } from "#store/dynamo-partition.ts";
import { createLogger } from "#lib/log.ts";

/**
 * Every subscription lives in one partition: there are at most a few hundred (one per channel), and the digest
 * reads them all every 15 minutes with one paged Query instead of scanning the article table.
 */
const SUBSCRIPTIONS_PK = `${TABLE_KEYS.prefixes.subscription}ALL`;

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

function decodeSubscription(item: Item): Subscription {
  const { teamId, section, source, ...fields } = decodeItem(SUBSCRIPTION_ITEM, item);
  // Built field by field, so an absent teamId is no key at all (not `teamId: undefined`) in what callers compare.
  const subscription: Subscription = { ...fields };
  if (teamId !== undefined) subscription.teamId = teamId;
  if (section !== undefined) subscription.section = section;
  if (source !== undefined) subscription.source = source;
  return subscription;
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
 * Subscriptions in the article table, under the `SUB#` prefix, and the digest's claims (dynamo-digest-claims.ts,
 * `DIGEST#`): one store for the digest run and the subscribe commands, as SubscriptionStore names them together.
 */
export class DynamoSubscriptionStore implements SubscriptionStore {
  private readonly doc: DynamoDBDocumentClient;
  private readonly tableName: string;
  private readonly onMalformed: (error: StoreError) => void;
  private readonly reader: PartitionReader;
  private readonly claims: DynamoDigestClaims;

  constructor(options: DynamoSubscriptionStoreOptions) {
    this.doc = DynamoDBDocumentClient.from(options.client, { marshallOptions: { removeUndefinedValues: true } });
    this.tableName = options.tableName;
    this.reader = new PartitionReader(this.doc, this.tableName);
    this.claims = new DynamoDigestClaims(this.reader);
    const log = createLogger({ fields: { fn: "store" } });
    this.onMalformed = options.onMalformed ?? ((error) => log.error("skipped a damaged subscription: its channel gets no digest until it is subscribed again", { error }));
  }

  async subscribe(subscription: Subscription, options: { requestedAt?: Date } = {}): Promise<SubscribeOutcome> {
    const key = { pk: SUBSCRIPTIONS_PK, sk: subscription.channelId };
    const { old, keptStart, newer } = await writeSubscription(this.doc, this.tableName, key, subscription, options.requestedAt?.toISOString());
    if (newer) {
      if (isUnsubscribed(newer)) return { status: "superseded", byUnsubscribe: true };
      const current = this.decodeOrReport(newer);
      return { status: "superseded", ...(current ? { current } : {}) };
    }
    if (!old || isUnsubscribed(old)) return { status: "created" };
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

  async unsubscribe(channelId: string, options: { requestedAt?: Date } = {}): Promise<Subscription | DamagedSubscription | SupersededUnsubscribe | undefined> {
    const key = { pk: SUBSCRIPTIONS_PK, sk: channelId };
    const { old, newer } = await writeUnsubscribe(this.doc, this.tableName, key, options.requestedAt?.toISOString());
    // A later unsubscribe stands: the channel has none, as this command wanted.
    if (newer && isUnsubscribed(newer)) return undefined;
    if (newer) {
      const current = this.decodeOrReport(newer);
      return { superseded: true, ...(current ? { current } : {}) };
    }
    if (!old || isUnsubscribed(old)) return undefined;
    // The delete is done whatever it removed: a damaged item threw MALFORMED_ITEM after it was gone, and the editor
    // was told a stored story was damaged while the unsubscribe had worked. Nothing is left to repair: not reported.
    return decodeOrElse(decodeSubscription, old, (): DamagedSubscription => ({ channelId, damaged: true }));
  }

  async get(channelId: string): Promise<Subscription | undefined> {
    const item = await this.reader.getItem(SUBSCRIPTIONS_PK, channelId, "get subscription");
    return item && !isUnsubscribed(item) ? decodeSubscription(item) : undefined;
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

  /** Every subscription item as stored, by channel id (the sort key); an unsubscribe's marker is none. */
  private async items(): Promise<Item[]> {
    const items: Item[] = [];
    for await (const item of this.reader.partition(SUBSCRIPTIONS_PK, "list subscriptions")) if (!isUnsubscribed(item)) items.push(item);
    return items;
  }

  claim(channelId: string, slot: string, options: ClaimOptions): Promise<ClaimOutcome> {
    return this.claims.claim(channelId, slot, options);
  }

  recordPosted(channelId: string, slot: string, runId: string, ts: string | undefined, now: Date): Promise<boolean> {
    return this.claims.recordPosted(channelId, slot, runId, ts, now);
  }

  recordFailed(channelId: string, slot: string, runId: string, error: string, now: Date): Promise<boolean> {
    return this.claims.recordFailed(channelId, slot, runId, error, now);
  }

  release(channelId: string, slot: string, runId: string): Promise<boolean> {
    return this.claims.release(channelId, slot, runId);
  }

  getClaim(channelId: string, slot: string): Promise<DigestClaim | undefined> {
    return this.claims.getClaim(channelId, slot);
  }

  claimsBetween(channelId: string, from: string, to: string): Promise<DigestClaim[]> {
    return this.claims.claimsBetween(channelId, from, to);
  }

  lastPosted(channelId: string): Promise<DigestClaim | undefined> {
    return this.claims.lastPosted(channelId);
  }
}

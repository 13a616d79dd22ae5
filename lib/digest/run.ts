import { randomUUID } from "node:crypto";
import type { Brief } from "#brief/brief.ts";
import { buildDigest, headlineOnlyBrief, type BriefFn, type Digest } from "#digest/digest.ts";
import { DIGEST_PERIOD_MS, dueSubscriptions, type DueDigest } from "#digest/slots.ts";
import type { Logger } from "#lib/log.ts";
import type { FindFn, PostFn } from "#slack/digest-poster.ts";
import { deadRunsPost } from "#digest/dead-claims.ts";
import { digestMessage } from "#slack/digest-blocks.ts";
import type { ArticleStore, StoredArticle } from "#store/store.ts";
import type { SubscriptionStore } from "#digest/subscriptions.ts";
import { describeFilter, filterOf, isEmptyFilter, matchesFilter } from "#digest/filters.ts";
import { claimNamesAround, sameDayDigest } from "#digest/one-a-day.ts";
import { mapLimit, within } from "#digest/run-limits.ts";
import type { ChannelResult, DigestRunReport } from "#digest/run-report.ts";

const MINUTE = 60_000;

/**
 * How far back a run looks for slots. The cron fires every 15 minutes; an hour lets three later runs pick up a slot
 * whose run failed, was throttled or hit a 429 (claims make the overlap harmless: a posted slot is skipped).
 */
export const DEFAULT_CATCH_UP_MS = 60 * MINUTE;
/**
 * A claim this old and still unposted belongs to a run that died (crash, timeout) between claim and post. Three
 * times the digest Lambda's 5-minute timeout: a live run can never be mistaken for a dead one.
 */
export const DEFAULT_STALE_AFTER_MS = 15 * MINUTE;
/** Channels posted in parallel: enough to overlap Slack round trips, few enough that a 429 wait blocks little. */
const CONCURRENCY = 4;
/**
 * Pauses between attempts to record a posted digest's ts. Once Slack has the message, the record is all that stands
 * between this slot and a second post by a later run, so it is worth seconds of a 5-minute Lambda (the client's own
 * retries give up within about one).
 */
const RECORD_BACKOFF_MS = [500, 1000, 2000];

export interface DigestRunDeps {
  articles: ArticleStore;
  subscriptions: SubscriptionStore;
  post: PostFn;
  /**
   * Reads the channel's history for a post (digest-poster.ts slackFinder): another slot of the day whose run died
   * holding its claim may have posted first. Without it such a day is left unposted (reported unconfirmed), never
   * posted a second time.
   */
  find?: FindFn;
  brief: BriefFn;
  log?: Logger;
  /** Names this run in claims and logs; random by default (tests pass their own). */
  runId?: string;
  catchUpMs?: number;
  /**
   * The longest one channel's digest may take (claim, read, post, record; default 60 s), and the longest the
   * subscription list may take (half that). A paused or partitioned table would otherwise hold the run until the
   * Lambda's own timeout: the DynamoDB client's requestTimeout only warns (@smithy/node-http-handler).
   */
  channelTimeoutMs?: number;
  staleAfterMs?: number;
  /** Stories per digest (default 5). */
  limit?: number;
  /** Only these channels (an operator re-running one channel's digest). */
  channels?: readonly string[];
  /**
   * The wall clock, for claim timestamps (staleness is real elapsed time even when an operator runs as a past
   * `now`, and a taken-over claim's time bounds the search of Slack's history for its run's post). Defaults to `now`
   * itself, which keeps tests deterministic.
   */
  clock?: () => Date;
  /** Waits between attempts to record a posted ts (tests pass one that does not wait). */
  sleep?: (ms: number) => Promise<void>;
}

/**
 * One cron tick: every due subscription gets its digest exactly once. Per channel: claim (conditional write) →
 * build → post → record the ts. A failure stays in its channel and in the report; it never stops the others.
 *
 * Exactly-once: the claim stops a second run; the slot's key in message metadata stops a second post when Slack's
 * answer is lost (timeout, 5xx after accepting) or a run dies between post and record: both are resolved by
 * searching the channel's history for the key before posting again (post-once.ts).
 */
export async function runDigest(deps: DigestRunDeps, now: Date): Promise<DigestRunReport> {
  const runId = deps.runId ?? randomUUID();
  const log = deps.log?.child({ runId });
  const staleAfterMs = deps.staleAfterMs ?? DEFAULT_STALE_AFTER_MS;
  const only = deps.channels ? new Set(deps.channels) : undefined;
  const channelTimeoutMs = deps.channelTimeoutMs ?? DEFAULT_CHANNEL_TIMEOUT_MS;
  const listed = await within(deps.subscriptions.list(), channelTimeoutMs / 2, "the subscription list");
  const subscriptions = listed.filter((s) => !only || only.has(s.channelId));
  const invalid: ChannelResult[] = [];
  const due = dueSubscriptions(subscriptions, now, deps.catchUpMs ?? DEFAULT_CATCH_UP_MS, (subscription, reason) => {
    log?.error("subscription skipped: unusable", { channel: subscription.channelId, reason });
    invalid.push({ channel: subscription.channelId, slot: "", outcome: "failed", reason: `invalid subscription: ${reason}`, permanent: true });
  });
  const clock = deps.clock ?? (() => now);
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));

  /** Records a post Slack accepted; undefined when the table kept failing (never thrown: the post happened). */
  async function recordPost(channel: string, slot: string, ts: string, clog: Logger | undefined): Promise<boolean | undefined> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await deps.subscriptions.recordPosted(channel, slot, runId, ts, clock());
      } catch (error) {
        const pause = RECORD_BACKOFF_MS[attempt];
        if (pause === undefined) {
          clog?.error("digest posted but its ts could not be recorded: a later run may post it again", { ts, error });
          return undefined;
        }
        clog?.warn("could not record the posted digest yet; retrying", { ts, error });
        await sleep(pause);
      }
    }
  }

  /**
   * Marks or gives back a slot Slack did not take; false when the table would not (throttled, unreachable). Never
   * thrown: the claim is then left to go stale and a later run retries the slot (reading history first), and the
   * report keeps Slack's reason, which a throttled release had replaced with the table's.
   */
  async function settleUnposted(write: () => Promise<boolean>, clog: Logger | undefined): Promise<boolean> {
    try {
      await write();
      return true;
    } catch (error) {
      clog?.error("could not mark or release the unposted slot's claim; it goes stale and a later run retries it", { error });
      return false;
    }
  }

  // Channels sharing a slot instant share one digest; stories are briefed once per run whatever the windows.
  const digests = new Map<string, Promise<Digest>>();
  const briefs = new Map<string, Brief>();
  const briefOf = (article: StoredArticle): Brief => {
    const key = `${article.id}:${article.contentHash}`;
    let brief = briefs.get(key);
    if (brief === undefined) {
      try {
        brief = deps.brief(article);
      } catch (error) {
        log?.warn("story in digest without bullets: brief failed", { articleId: article.id, error });
        brief = headlineOnlyBrief(article);
      }
      briefs.set(key, brief);
    }
    return brief;
  };
  const digestFor = (item: DueDigest): Promise<Digest> => {
    const until = item.at.getTime();
    const filter = filterOf(item.subscription);
    // Channels with the same slot and filter share one digest; a filter makes its own.
    const key = `${until}|${filter.section ?? ""}|${filter.source ?? ""}`;
    let digest = digests.get(key);
    if (!digest) {
      digest = (async () => {
        const since = new Date(until - DIGEST_PERIOD_MS);
        const all = await deps.articles.publishedBetween(since.toISOString(), item.at.toISOString());
        const articles = isEmptyFilter(filter) ? all : all.filter((a) => matchesFilter(a, filter));
        const map = new Map<string, Brief>();
        for (const article of articles) map.set(article.id, briefOf(article));
        const built = buildDigest(articles, map, { since, until: item.at, ...(deps.limit ? { limit: deps.limit } : {}) });
        return isEmptyFilter(filter) ? built : { ...built, filter: describeFilter(filter) };
      })();
      // A failed read is retried by the next channel that needs it, not cached.
      digest.catch(() => digests.delete(key));
      digests.set(key, digest);
    }
    return digest;
  };

  const results = [...(await mapLimit(due, CONCURRENCY, (item) => deliverWithin(item))), ...invalid];

  /** A channel whose table or Slack calls hang is reported and left, not waited on: its claim goes stale and is retried. */
  async function deliverWithin(item: DueDigest): Promise<ChannelResult> {
    const abandoned = new AbortController();
    try {
      return await within(deliver(item, abandoned.signal), channelTimeoutMs, `channel ${item.subscription.channelId}`);
    } catch (error) {
      abandoned.abort();
      log?.error("digest channel timed out; its claim (if taken) goes stale and a later run retries it", { channel: item.subscription.channelId, error });
      return { channel: item.subscription.channelId, slot: item.slot, outcome: "failed", reason: errorText(error), permanent: false };
    }
  }

  async function deliver(item: DueDigest, abandoned: AbortSignal): Promise<ChannelResult> {
    const channel = item.subscription.channelId;
    const { slot } = item;
    const clog = log?.child({ channel, slot });
    let claim;
    try {
      claim = await deps.subscriptions.claim(channel, slot, { runId, now: clock(), staleAfterMs, slotAt: item.at });
    } catch (error) {
      clog?.error("digest claim failed", { error });
      return { channel, slot, outcome: "failed", reason: `claim failed: ${errorText(error)}`, permanent: false };
    }
    switch (claim.status) {
      case "posted":
        return { channel, slot, outcome: "skipped", reason: "already-posted", ...(claim.ts ? { detail: `ts ${claim.ts}` } : {}) };
      case "held":
        return { channel, slot, outcome: "skipped", reason: "claimed-by-another-run", detail: `run ${claim.runId} at ${claim.claimedAt}` };
      case "failed":
        return { channel, slot, outcome: "skipped", reason: "failed-earlier", detail: claim.error };
      case "claimed":
        break;
    }
    // The claim's own name, when another zone's slot holds this slot's local name: every write and the post use it.
    const held = claim.key ?? slot;
    if (claim.ownLostAnswer) clog?.warn("this run's claim landed but its answer was lost; it may have taken over a dead run's claim, so history is read before posting");
    else if (claim.retried) clog?.warn("taking over a stale digest claim: the run that held it died before posting");

    try {
      // Read after claiming, so of two slots of one day claimed at once each run sees the other's claim.
      const day = claimNamesAround(slot.slice(0, 10));
      const other = sameDayDigest(await deps.subscriptions.claimsBetween(channel, day.from, day.to), item, item.subscription.timeZone, clock(), staleAfterMs);
      /** The day had its digest under the schedule before: this slot is settled, not posted. */
      const dayPosted = async (otherSlot: string, detail: string): Promise<ChannelResult> => {
        // Settled, not released: later runs in the catch-up window would otherwise claim and check it again each time.
        await settleUnposted(() => deps.subscriptions.recordFailed(channel, held, runId, `one digest a day: ${detail}`, clock()), clog);
        clog?.info("digest not posted: the channel had its digest that day under its schedule before", { other: otherSlot });
        return { channel, slot, outcome: "skipped", reason: "day-already-posted", detail };
      };
      if (other?.status === "posted") return dayPosted(other.claim.slot, `slot ${other.claim.slot} posted that day (ts ${other.claim.ts ?? "?"})`);
      if (other?.status === "unsettled") {
        const dead = await deadRunsPost(deps.find, channel, other.claims, staleAfterMs);
        if (dead.status === "posted") {
          // Recorded for the dead run, so the day's next reader need not search history again.
          await settleUnposted(() => deps.subscriptions.recordPosted(channel, dead.key, dead.claim.runId, dead.ts, clock()), clog);
          return dayPosted(dead.claim.slot, `slot ${dead.claim.slot} posted that day (ts ${dead.ts}, found in history: its run died before recording it)`);
        }
        if (dead.status === "unknown") {
          // Given back: a later run of the catch-up hour looks again, and posts only once history says the day is free.
          await settleUnposted(() => deps.subscriptions.release(channel, held, runId), clog);
          clog?.error("digest not posted: a dead run's claim of the day may have posted, and history could not say", { other: dead.claim.slot, error: dead.error });
          return { channel, slot, outcome: "failed", reason: `unconfirmed: slot ${dead.claim.slot} the same day, left by a run that died; ${dead.error}`, permanent: false };
        }
      }
      if (other?.status === "in-flight") {
        // Given back: if that run's post fails, a later run in the catch-up window posts this slot instead.
        await settleUnposted(() => deps.subscriptions.release(channel, held, runId), clog);
        return { channel, slot, outcome: "skipped", reason: "claimed-by-another-run", detail: `slot ${other.claim.slot} the same day, run ${other.claim.runId} at ${other.claim.claimedAt}` };
      }
      const base = await digestFor(item);
      const digest: Digest = { ...base, timeZone: item.subscription.timeZone, date: item.slot.slice(0, 10) };
      if (digest.stories.length === 0 && item.subscription.quietWhenEmpty) {
        await deps.subscriptions.recordPosted(channel, held, runId, undefined, clock());
        return { channel, slot, outcome: "skipped", reason: "quiet-empty-day" };
      }
      // Reported as timed out meanwhile: never post behind the report's back (the claim is released below).
      if (abandoned.aborted) throw new Error("abandoned after its channel timeout");
      // A taken-over claim may belong to a run that posted and died before recording it: look before posting.
      const earlierBefore = claim.previousClaimedAt && new Date(claim.previousClaimedAt.getTime() + staleAfterMs);
      const posted = await deps.post(channel, digestMessage(digest), { key: `${channel}/${held}`, checkFirst: claim.retried, notBefore: item.at, ...(earlierBefore ? { earlierBefore } : {}) });
      if (!posted.ok) {
        if (posted.unconfirmed) {
          // Slack may have it. Kept, not released: the claim goes stale and the run that takes it over searches
          // the channel's history for this slot's key before it posts.
          clog?.error("digest post unconfirmed: Slack's answer was lost and history could not be read", { error: posted.error });
          return { channel, slot, outcome: "failed", reason: `unconfirmed: ${posted.error}`, permanent: false };
        }
        // Marked failed, not released, when permanent: the same error would come back every 15 minutes. Tomorrow's
        // slot tries again, so a channel that re-invites the bot gets its digests back without anyone re-subscribing.
        const settled = await settleUnposted(
          () => (posted.permanent ? deps.subscriptions.recordFailed(channel, held, runId, posted.error, clock()) : deps.subscriptions.release(channel, held, runId)),
          clog,
        );
        if (posted.permanent) clog?.error("digest not posted: permanent Slack error", { error: posted.error });
        else clog?.warn("digest not posted: will retry on the next run", { error: posted.error });
        return { channel, slot, outcome: "failed", reason: posted.error, permanent: posted.permanent, ...(settled ? {} : { claimKept: true as const }) };
      }
      // recordPost never throws: the catch below releases the claim, and releasing a digest Slack already has would
      // invite the next run to post it again. A failing table gets retries instead and, at worst, a claim left to go stale.
      const recorded = await recordPost(channel, held, posted.ts, clog);
      if (recorded === false) clog?.error("digest posted but the claim was taken over meanwhile: a second post is possible", { ts: posted.ts });
      clog?.info("digest posted", { ts: posted.ts, stories: digest.stories.length, total: digest.total });
      return {
        channel,
        slot,
        outcome: "posted",
        ts: posted.ts,
        stories: digest.stories.length,
        recovered: claim.retried,
        ...(claim.ownLostAnswer ? { claimAnswerLost: true } : {}),
        ...(posted.recovered ? { foundInHistory: true } : {}),
        ...(posted.fallback ? { textOnly: true } : {}),
        ...(recorded === false ? { claimLost: true } : {}),
        ...(recorded === undefined ? { unrecorded: true } : {}),
      };
    } catch (error) {
      // The archive (or the claim table) failed before anything was posted: give the slot back for the next run.
      clog?.error("digest failed before posting", { error });
      await deps.subscriptions.release(channel, held, runId).catch((releaseError: unknown) => {
        clog?.error("could not release the claim; it will go stale and be retried", { error: releaseError });
      });
      return { channel, slot, outcome: "failed", reason: errorText(error), permanent: false };
    }
  }

  const report: DigestRunReport = {
    runId,
    now: now.toISOString(),
    due: due.length + invalid.length,
    posted: results.filter((r) => r.outcome === "posted").length,
    skipped: results.filter((r) => r.outcome === "skipped").length,
    failed: results.filter((r) => r.outcome === "failed").length,
    results,
  };
  log?.info("digest run finished", { due: report.due, posted: report.posted, skipped: report.skipped, failed: report.failed });
  return report;
}

const DEFAULT_CHANNEL_TIMEOUT_MS = 60_000;

function errorText(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

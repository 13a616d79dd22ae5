import { randomUUID } from "node:crypto";
import type { BriefFn } from "#digest/digest.ts";
import { dueSubscriptions } from "#digest/slots.ts";
import type { Logger } from "#lib/log.ts";
import type { FindFn, PostFn } from "#slack/digest-poster.ts";
import type { ArticleStore } from "#store/store.ts";
import type { SubscriptionStore } from "#digest/subscriptions.ts";
import { deliverWithin, type ChannelRun } from "#digest/deliver.ts";
import { runDigests } from "#digest/run-digests.ts";
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
  const run: ChannelRun = {
    deps,
    runId,
    log,
    clock: deps.clock ?? (() => now),
    sleep: deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))),
    staleAfterMs,
    channelTimeoutMs,
    digestFor: runDigests(deps, log),
  };
  const results = [...(await mapLimit(due, CONCURRENCY, (item) => deliverWithin(run, item))), ...invalid];

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

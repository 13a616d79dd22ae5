import type { Digest } from "#digest/digest.ts";
import type { DueDigest } from "#digest/slots.ts";
import type { Logger } from "#lib/log.ts";
import { deadRunsPost } from "#digest/dead-claims.ts";
import { digestMessage } from "#slack/digest-blocks.ts";
import { claimNamesAround, sameDayDigest } from "#digest/one-a-day.ts";
import { within } from "#digest/run-limits.ts";
import type { ChannelResult } from "#digest/run-report.ts";
import type { DigestRunDeps } from "#digest/run.ts";

/**
 * One channel's digest in a run: claim (conditional write) → one a day → build → post → record the ts, and what each
 * failure leaves for the next run (a claim released, marked failed, or left to go stale). A failure stays in its
 * channel and in the report (run.ts runs the channels).
 */

/**
 * Pauses between attempts to record a posted digest's ts. Once Slack has the message, the record is all that stands
 * between this slot and a second post by a later run, so it is worth seconds of a 5-minute Lambda (the client's own
 * retries give up within about one).
 */
const RECORD_BACKOFF_MS = [500, 1000, 2000];

/** What a run hands each channel: its deps and name, its clocks, its bounds and the digests it builds once. */
export interface ChannelRun {
  deps: DigestRunDeps;
  runId: string;
  log: Logger | undefined;
  clock: () => Date;
  sleep: (ms: number) => Promise<void>;
  staleAfterMs: number;
  channelTimeoutMs: number;
  digestFor: (item: DueDigest) => Promise<Digest>;
}

/** A channel whose table or Slack calls hang is reported and left, not waited on: its claim goes stale and is retried. */
export async function deliverWithin(run: ChannelRun, item: DueDigest): Promise<ChannelResult> {
  const { log, channelTimeoutMs } = run;
  const abandoned = new AbortController();
  try {
    return await within(deliver(run, item, abandoned.signal), channelTimeoutMs, `channel ${item.subscription.channelId}`);
  } catch (error) {
    abandoned.abort();
    log?.error("digest channel timed out; its claim (if taken) goes stale and a later run retries it", { channel: item.subscription.channelId, error });
    return { channel: item.subscription.channelId, slot: item.slot, outcome: "failed", reason: errorText(error), permanent: false };
  }
}

async function deliver(run: ChannelRun, item: DueDigest, abandoned: AbortSignal): Promise<ChannelResult> {
  const { deps, runId, log, clock, staleAfterMs, digestFor } = run;
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
    const posted = await deps.post(channel, digestMessage(digest), { key: `${channel}/${held}`, checkFirst: claim.retried, notBefore: item.at, signal: abandoned, ...(earlierBefore ? { earlierBefore } : {}) });
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
    const recorded = await recordPost(run, channel, held, posted.ts, clog);
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

/** Records a post Slack accepted; undefined when the table kept failing (never thrown: the post happened). */
async function recordPost(run: ChannelRun, channel: string, slot: string, ts: string, clog: Logger | undefined): Promise<boolean | undefined> {
  const { deps, runId, clock, sleep } = run;
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

function errorText(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

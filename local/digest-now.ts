import { previousSlot } from "#digest/slots.ts";
import type { Subscription, SubscriptionStore } from "#digest/subscriptions.ts";
import { digestDeps, runDigest, type DigestRunReport } from "#functions/digest.ts";

export interface DigestNow {
  report: DigestRunReport;
  summary: string;
}

function describe(report: DigestRunReport): string {
  if (report.results.length === 0) return "nothing was due";
  return report.results
    .map((r) =>
      r.outcome === "posted"
        ? `posted ${r.slot} (${r.stories} ${r.stories === 1 ? "story" : "stories"})`
        : r.outcome === "skipped"
          ? `skipped ${r.slot}: ${r.reason}`
          : `failed ${r.slot}: ${r.reason}${r.permanent ? " (permanent)" : ", will retry"}`,
    )
    .join("; ");
}

/**
 * The subscriptions as if each had been made by `at`. A real run never posts a slot from before the channel
 * subscribed; the demo's button runs the slot that is due now, which is usually before the editor's
 * `/brief subscribe` a minute ago. Only the demo's view changes: nothing is written back.
 */
function subscribedBy(store: SubscriptionStore, at: Date): SubscriptionStore {
  const backdated = (s: Subscription): Subscription => (Date.parse(s.createdAt) > at.getTime() ? { ...s, createdAt: at.toISOString() } : s);
  return {
    subscribe: (subscription, options) => store.subscribe(subscription, options),
    unsubscribe: (channelId, options) => store.unsubscribe(channelId, options),
    get: async (channelId) => {
      const s = await store.get(channelId);
      return s && backdated(s);
    },
    list: async () => (await store.list()).map(backdated),
    listWithDamaged: () => store.listWithDamaged(),
    claim: (channelId, slot, options) => store.claim(channelId, slot, options),
    recordPosted: (channelId, slot, runId, ts, now) => store.recordPosted(channelId, slot, runId, ts, now),
    recordFailed: (channelId, slot, runId, error, now) => store.recordFailed(channelId, slot, runId, error, now),
    release: (channelId, slot, runId) => store.release(channelId, slot, runId),
    getClaim: (channelId, slot) => store.getClaim(channelId, slot),
    claimsBetween: (channelId, from, to) => store.claimsBetween(channelId, from, to),
    lastPosted: (channelId) => store.lastPosted(channelId),
  };
}

/**
 * "Run digest now": the channel's slot that is due now (this morning's 07:00 once it has passed, else yesterday's),
 * run by the digest function's own code as the scheduled run at that slot would, claims included: a second press
 * finds the slot already posted, as a second cron run would. Without a subscription it says how to make one.
 */
export async function runDigestNow(channel: { id: string; name: string }, now: Date): Promise<DigestNow> {
  const deps = digestDeps();
  const subscription = await deps.subscriptions.get(channel.id);
  if (!subscription) {
    const report = await runDigest({ ...deps, channels: [channel.id], clock: () => new Date() }, now);
    return { report, summary: `#${channel.name} has no digest subscription (${describe(report)}). Type /brief subscribe 07:00 Europe/Paris first.` };
  }
  const slot = previousSlot(subscription, now.getTime());
  const report = await runDigest(
    { ...deps, subscriptions: subscribedBy(deps.subscriptions, slot), channels: [channel.id], clock: () => new Date() },
    slot,
  );
  return {
    report,
    summary: `Digest for the ${subscription.time} ${subscription.timeZone} slot due now (${slot.toISOString()}): ${describe(report)}`,
  };
}

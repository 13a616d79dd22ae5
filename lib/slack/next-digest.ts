import { nextSlot } from "#digest/slots.ts";
import { runAtOrAfter } from "#digest/run-schedule.ts";
import type { Subscription } from "#digest/subscriptions.ts";
import { firstSlotFrom, type PendingSlot, type SlotHolder } from "#digest/schedule-start.ts";
import { DEFAULT_CATCH_UP_MS, DEFAULT_STALE_AFTER_MS } from "#digest/run.ts";

/**
 * What `/brief subscribe` says of when the digest comes next: the slot, in the subscription's own zone, and the notes
 * that keep it true (today's already out, another of the day going out, a run that died, who holds a due slot).
 */

/** The next time the digest goes out, as plain text in the subscription's own zone. */
export function nextDigest(subscription: Pick<Subscription, "time" | "timeZone" | "createdAt">, now: Date): string {
  return slotText(firstSlotFrom(subscription, now), subscription.timeZone);
}

export function slotText(at: Date, timeZone: string): string {
  const day = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", timeZone }).format(at);
  return `${day}, ${clockTime(at, timeZone)} ${timeZone}`;
}

/** Why the next digest is not the clock's next slot: today's already went out (one a day per channel). */
export function postedToday(subscription: Subscription, now: Date, lastPostedAt: Date | undefined): string {
  if (lastPostedAt === undefined || firstSlotFrom(subscription, now).getTime() === nextSlot(subscription, now.getTime() + 1).getTime()) return "";
  return ` (today's digest already went out at ${clockTime(lastPostedAt, subscription.timeZone)}, and a channel gets one a day)`;
}

/** A digest of the same day is going out under the schedule before: the new slot posts only if that one does not. */
export function inFlightNote(slot: string | undefined): string {
  return slot === undefined ? "" : `, unless the digest for ${slot.replace("T", " ")} going out now reaches the channel first (a channel gets one a day)`;
}

/**
 * A run of the same day died holding its claim, perhaps after posting: the run looks in the channel's history first and
 * posts nothing if that digest is there. The reply cannot know (it reads no history inside Slack's 3 s); the editor can.
 */
export function deadRunNote(slots: readonly string[] | undefined): string {
  if (slots === undefined) return "";
  const named = slots.map((slot) => slot.replace("T", " ")).join(" or ");
  return `, unless the digest for ${named} is in the channel already (its run stopped before recording whether it went out; the digest run looks in the channel's history first, and a channel gets one a day)`;
}

/**
 * Who posts a slot that has come, by its claim. A live run's claim is taken over only once it is older than a claim
 * may be held, so a run that comes before then skips the slot; the schedule's first run from then takes it over if
 * that run still looks back to the slot (the catch-up hour). Bounded instead by a quarter hour after the claim went
 * stale, a 07:10 slot claimed at 07:40 was said not to be retried, and the 08:00 run took it over.
 */
export function dueNow(holder: SlotHolder, pending: PendingSlot, timeZone: string): string {
  const nextRun = `the next digest run, at ${clockTime(pending.run, timeZone)}`;
  if (holder.by === "none") return `${nextRun}, posts it`;
  if (holder.by === "dead") return `the run that took it stopped; ${nextRun}, posts it unless that run had`;
  const takeover = runAtOrAfter(holder.claimedAt.getTime() + DEFAULT_STALE_AFTER_MS);
  const after = takeover.getTime() < pending.at.getTime() + DEFAULT_CATCH_UP_MS ? `the digest run at ${clockTime(takeover, timeZone)} takes it over` : "it may not be retried";
  return `a digest run took it at ${clockTime(holder.claimedAt, timeZone)} and is posting it; if that run stops, ${after}`;
}

function clockTime(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone }).format(at);
}

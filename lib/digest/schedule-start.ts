import { addDays, localDate, nextSlot, slotInstant } from "#digest/digest.ts";
import type { DigestClaim, Subscription } from "#digest/subscriptions.ts";

/**
 * When a posted claim's digest went out: its post time, or its claim time (a claim recorded before the post time was
 * kept, or one whose post time was hand-edited into something else); undefined when neither reads as a time. Read
 * with `new Date`, such a claim threw out of the one-a-day rule and failed every subscribe in its channel for the
 * month the claim is kept.
 */
export function postedInstant(claim: Pick<DigestClaim, "postedAt" | "claimedAt">): Date | undefined {
  for (const at of [claim.postedAt, claim.claimedAt]) {
    const ms = at === undefined ? Number.NaN : Date.parse(at);
    if (!Number.isNaN(ms)) return new Date(ms);
  }
  return undefined;
}

/**
 * When a (new or moved) schedule starts: now, or the next local midnight after the day its next slot falls on when a
 * digest was already posted in the channel that day. One digest a day per channel: moved from 07:00 to 18:30 after
 * the morning digest went out, the channel would otherwise get the same day's news again at 18:30.
 */
export function scheduleStart(schedule: Pick<Subscription, "time" | "timeZone">, now: Date, lastPostedAt: Date | undefined): Date {
  if (lastPostedAt === undefined) return now;
  const day = localDate(nextSlot(schedule, now.getTime() + 1), schedule.timeZone);
  if (localDate(lastPostedAt, schedule.timeZone) !== day) return now;
  return slotInstant(addDays(day, 1), "00:00", schedule.timeZone);
}

/**
 * The next slot the schedule will post: not before its start (which a digest already posted today, or a kept start,
 * may put past the next slot by the clock). A slot at this very instant has already been missed by the run that covers it.
 */
export function firstSlotFrom(subscription: Pick<Subscription, "time" | "timeZone" | "createdAt">, now: Date): Date {
  const start = Date.parse(subscription.createdAt);
  return nextSlot(subscription, Math.max(now.getTime() + 1, Number.isNaN(start) ? 0 : start));
}

import { addDays, localDate, nextSlot, previousSlot, slotInstant, slotKey } from "#digest/slots.ts";
import { runAtOrAfter } from "#digest/run-schedule.ts";
import { instantSlotKey, type DigestClaim, type Subscription, type SubscriptionStore } from "#digest/subscriptions.ts";
import { StoreError } from "#store/store.ts";
import { claimNamesAround, sameDayDigest, type SameDayDigest } from "#digest/one-a-day.ts";

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
 * When a (new or moved) schedule starts: now, or the next local midnight after the day its next slot falls on when the
 * channel's last posted digest was for that day. One digest a day per channel: moved from 07:00 to 18:30 after the
 * morning digest went out, the channel would otherwise get the same day's news again at 18:30. `lastSlotAt` is that
 * digest's slot, not its post: 23:50's digest posted at 00:05 is the day before's, and the new day has had none.
 */
export function scheduleStart(schedule: Pick<Subscription, "time" | "timeZone">, now: Date, lastSlotAt: Date | undefined): Date {
  if (lastSlotAt === undefined) return now;
  const day = localDate(nextSlot(schedule, now.getTime() + 1), schedule.timeZone);
  if (localDate(lastSlotAt, schedule.timeZone) !== day) return now;
  return slotInstant(addDays(day, 1), "00:00", schedule.timeZone);
}

/** The next local midnight after the day `at` falls on: a start that skips that day. */
function dayAfter(at: Date, timeZone: string): Date {
  return slotInstant(addDays(localDate(at, timeZone), 1), "00:00", timeZone);
}

/** The name of the schedule's slot at `at`, as a run claims it: the local date and time ("2024-07-02T07:00"). */
function slotName(schedule: Pick<Subscription, "time" | "timeZone">, at: Date): string {
  return slotKey(localDate(at, schedule.timeZone), schedule.time);
}

/** The claim under a slot's name: none, the claim, or "damaged" (no run can claim over it). */
async function slotClaim(claims: Pick<SubscriptionStore, "getClaim">, channelId: string, slot: string): Promise<DigestClaim | "damaged" | undefined> {
  try {
    return await claims.getClaim(channelId, slot);
  } catch (error) {
    if (error instanceof StoreError && error.code === "MALFORMED_ITEM") return "damaged";
    throw error;
  }
}

/**
 * The claim a run would meet for the slot named `slot` at `at`: the claim under its name when it is this slot's (or
 * was made before claims kept their instant, which a run also stops at), else the one under its instant's name.
 */
async function claimOfSlot(claims: Pick<SubscriptionStore, "getClaim">, channelId: string, slot: string, at: Date): Promise<DigestClaim | "damaged" | undefined> {
  const plain = await slotClaim(claims, channelId, slot);
  if (plain === undefined || plain === "damaged" || plain.slotAt === undefined || Date.parse(plain.slotAt) === at.getTime()) return plain;
  return slotClaim(claims, channelId, instantSlotKey(slot, at));
}

/**
 * The next slot the schedule will post: not before its start (which a digest already posted today, or a kept start,
 * may put past the next slot by the clock). A slot at this very instant has already been missed by the run that covers it.
 */
export function firstSlotFrom(subscription: Pick<Subscription, "time" | "timeZone" | "createdAt">, now: Date): Date {
  const start = Date.parse(subscription.createdAt);
  return nextSlot(subscription, Math.max(now.getTime() + 1, Number.isNaN(start) ? 0 : start));
}

/** A slot that has come but not yet gone: which one (its claim's key), when it was, and the next run that covers it. */
export interface PendingSlot {
  slot: string;
  at: Date;
  run: Date;
}

/**
 * The schedule's latest slot at or before `now` when a run still to come will post it: not before the schedule's
 * start, and inside the catch-up window of the first run from now on (run-schedule.ts). Whether it went
 * out already is its claim's to say. A re-subscribe that kept its start while that slot waited out a 429 answered
 * "Next: tomorrow", and the next run posted today's digest minutes later.
 */
export function pendingSlot(subscription: Pick<Subscription, "time" | "timeZone" | "createdAt">, now: Date, catchUpMs: number): PendingSlot | undefined {
  const at = previousSlot(subscription, now.getTime());
  const start = Date.parse(subscription.createdAt);
  if (!Number.isNaN(start) && at.getTime() < start) return undefined;
  const run = runAtOrAfter(now.getTime());
  if (at.getTime() <= run.getTime() - catchUpMs) return undefined;
  return { slot: slotName(subscription, at), at, run };
}

/**
 * Another slot of a named slot's day, which the run meets before posting it (one a day per channel).
 * `sameDayInFlight`: claimed by a run still posting it (the schedule moved meanwhile): if that digest goes out, the
 * named slot is skipped. Its name.
 * `sameDayUnsettled`: claimed by runs that died holding their claims: one may have posted before its run died, which
 * only the channel's history says, and the run reads it before posting the named slot (skipped if found). Their
 * names. A reply that named the slot and nothing more was wrong whenever the history held that post.
 */
export interface SameDayNotes {
  sameDayInFlight?: string;
  sameDayUnsettled?: string[];
}

/**
 * Who holds the claim of a slot that has come and is still to be posted: nobody (the next run posts it), a live run
 * (posting it now; since when), or a run that died holding it (the next run takes it over, after looking in the
 * channel's history for the post that run may have made). "The next run posts it" was wrong for a live claim: that
 * run may post sooner, and a claim still live when the next run comes is skipped by it.
 */
export type SlotHolder = { by: "none" } | { by: "live"; claimedAt: Date } | { by: "dead" };

/** Where a new or moved schedule starts, as `/brief subscribe` stores it, and what its reply must say of the slots. */
export interface PlannedStart extends SameDayNotes {
  start: Date;
  /** The first slot from that start (the notes inherited are of its day). */
  first: Date;
  /** The first slot's name was claimed already, under the zone before: the start skips its day. */
  taken: boolean;
  /**
   * A slot that has come is still to be posted by a run to come (a kept start may leave one): its claim is not
   * settled and no other slot of its day has posted.
   */
  candidateOpen: boolean;
  /** When it is open: who holds its claim, and the other slots of its day the run meets first. */
  candidate?: SameDayNotes & { holder: SlotHolder };
}

/**
 * The start of a schedule `/brief subscribe` is about to store, read from the channel's claims. A slot that has come
 * may still be posted only while its claim is not settled (posted, failed for good, or damaged, which no run claims
 * over). Claims are named by local date and time, so a new zone's slot can bear the name of a slot the old zone
 * already claimed (07:00 in Los Angeles on 2 July after 07:00 in Paris that day). A claim that kept its instant is
 * told apart, and the new slot is claimed under its instant's name; one made before claims kept it still stops the
 * run, so the start skips that day, where the reply had named the slot and the run then skipped it as already posted.
 */
export async function planStart(
  claims: Pick<SubscriptionStore, "getClaim" | "claimsBetween">,
  channelId: string,
  schedule: Pick<Subscription, "time" | "timeZone">,
  now: Date,
  lastSlotAt: Date | undefined,
  windows: { catchUpMs: number; staleAfterMs: number },
): Promise<PlannedStart> {
  const { catchUpMs, staleAfterMs } = windows;
  const candidate = pendingSlot({ ...schedule, createdAt: "" }, now, catchUpMs);
  const candidateClaim = candidate && (await claimOfSlot(claims, channelId, candidate.slot, candidate.at));
  const held = candidateClaim !== undefined && candidateClaim !== "damaged" && candidateClaim.status === "claimed" ? candidateClaim : undefined;
  const unsettledClaim = candidateClaim === undefined || held !== undefined;
  // The run gives way to another digest of the day, so the slot's day is read as the first slot's is.
  const candidateDay = candidate && unsettledClaim ? await sameDayOf(claims, channelId, schedule, candidate, now, staleAfterMs) : undefined;
  const candidateOpen = candidate !== undefined && unsettledClaim && candidateDay?.status !== "posted";
  let start = scheduleStart(schedule, now, lastSlotAt);
  const first = firstSlotFrom({ ...schedule, createdAt: start.toISOString() }, now);
  const taken = (await claimOfSlot(claims, channelId, slotName(schedule, first), first)) !== undefined;
  if (taken) start = dayAfter(first, schedule.timeZone);
  const other = taken ? undefined : await sameDayOf(claims, channelId, schedule, { slot: slotName(schedule, first), at: first }, now, staleAfterMs);
  return {
    start,
    first,
    taken,
    candidateOpen,
    ...(candidateOpen ? { candidate: { holder: holderOf(held, now, staleAfterMs), ...notesOf(candidateDay) } } : {}),
    ...notesOf(other),
  };
}

/** The channel's other digest on the local day of `slot`, as the run that posts `slot` reads it after claiming. */
async function sameDayOf(
  claims: Pick<SubscriptionStore, "claimsBetween">,
  channelId: string,
  schedule: Pick<Subscription, "timeZone">,
  slot: { slot: string; at: Date },
  now: Date,
  staleAfterMs: number,
): Promise<SameDayDigest | undefined> {
  const around = claimNamesAround(slot.slot.slice(0, 10));
  return sameDayDigest(await claims.claimsBetween(channelId, around.from, around.to), slot, schedule.timeZone, now, staleAfterMs);
}

function notesOf(other: SameDayDigest | undefined): SameDayNotes {
  return {
    ...(other?.status === "in-flight" ? { sameDayInFlight: other.claim.slot } : {}),
    ...(other?.status === "unsettled" ? { sameDayUnsettled: other.claims.map((c) => c.slot) } : {}),
  };
}

/** Live up to staleAfterMs itself, as a takeover reads it; an unreadable claim time is taken over like a stale one. */
function holderOf(claim: DigestClaim | undefined, now: Date, staleAfterMs: number): SlotHolder {
  if (claim === undefined) return { by: "none" };
  const claimedAt = Date.parse(claim.claimedAt);
  return now.getTime() - claimedAt <= staleAfterMs ? { by: "live", claimedAt: new Date(claimedAt) } : { by: "dead" };
}

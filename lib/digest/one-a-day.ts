import { addDays, localDate } from "#digest/slots.ts";
import type { DigestClaim } from "#digest/subscriptions.ts";

/**
 * When a claim's slot happens: its recorded instant, or (a claim made before slots recorded theirs) its claim time,
 * then its post time. The claim time is the closer: a run claims at its slot or within the catch-up hour, while the
 * post may come after a midnight (23:50's digest posted at 00:05 belongs to the day before).
 */
export function claimSlotInstant(claim: Pick<DigestClaim, "slotAt" | "claimedAt" | "postedAt">): Date | undefined {
  for (const at of [claim.slotAt, claim.claimedAt, claim.postedAt]) {
    const ms = at === undefined ? Number.NaN : Date.parse(at);
    if (!Number.isNaN(ms)) return new Date(ms);
  }
  return undefined;
}

/**
 * The claim names that can hold a slot on `date` in any zone: names are local dates, and zones span 26 hours (−12:00
 * to +14:00), so one instant's dates in two zones can be two days apart (23:30 on 2 July in Pago Pago is 00:30 on 4
 * July in Kiritimati). Two days either side cover them ("~" sorts after every "THH:MM"); one either side missed such
 * a claim, and a move between those zones while that digest went out posted the day twice.
 */
export function claimNamesAround(date: string): { from: string; to: string } {
  return { from: addDays(date, -2), to: `${addDays(date, 2)}~` };
}

/** The slot's own claim: its name, and its instant unless it was made before claims kept theirs (another zone's slot may share the name). */
function isSlotsOwn(claim: DigestClaim, slot: { slot: string; at: Date }): boolean {
  return claim.slot === slot.slot && (claim.slotAt === undefined || Date.parse(claim.slotAt) === slot.at.getTime());
}

/**
 * Another slot's digest on the same local day as the slot being posted: out already, perhaps still going out, or
 * left by runs that died after claiming (`unsettled`): they may have posted before dying, which only the channel's
 * history can say (dead-claims.ts).
 */
export type SameDayDigest =
  | { status: "posted"; claim: DigestClaim }
  | { status: "in-flight"; claim: DigestClaim }
  | { status: "unsettled"; claims: DigestClaim[] };

/**
 * The channel's other digest on the local day (in `timeZone`) of the slot at `at`, if any. One digest a day per
 * channel: a schedule moved while its morning's run was still posting had its new slot posted the same day too.
 * Counted: a post Slack took (a quiet day's settle posted nothing and does not count), and a claim still held by a
 * live run (it may post yet). Not counted: a failed slot. A claim gone stale is its run's, dead between claim and
 * record: taking over a slot no longer due is nobody's, and waiting for it would lose the day, so it is handed back as
 * unsettled, for the caller to look for its post (counted as nothing, a run that died after posting had the day
 * posted twice once the schedule moved).
 */
export function sameDayDigest(
  claims: readonly DigestClaim[],
  slot: { slot: string; at: Date },
  timeZone: string,
  now: Date,
  staleAfterMs: number,
): SameDayDigest | undefined {
  const day = localDate(slot.at, timeZone);
  let inFlight: DigestClaim | undefined;
  const unsettled: DigestClaim[] = [];
  for (const claim of claims) {
    if (isSlotsOwn(claim, slot)) continue;
    const at = claimSlotInstant(claim);
    if (at === undefined || localDate(at, timeZone) !== day) continue;
    if (claim.status === "posted" && claim.ts !== undefined) return { status: "posted", claim };
    if (claim.status !== "claimed") continue;
    // Live up to staleAfterMs itself, as the claim's own takeover condition has it (stale only when older).
    if (now.getTime() - Date.parse(claim.claimedAt) <= staleAfterMs) inFlight = claim;
    else unsettled.push(claim);
  }
  if (inFlight) return { status: "in-flight", claim: inFlight };
  return unsettled.length > 0 ? { status: "unsettled", claims: unsettled } : undefined;
}

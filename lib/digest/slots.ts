import type { Subscription } from "#digest/subscriptions.ts";
import { DIGEST_SCHEDULE } from "#digest/run-schedule.ts";

/**
 * When digests happen: wall-clock time in a subscription's zone, its daily slots and their names, and which slots a
 * run finds due. Apart from what goes in a digest (digest.ts), since the subscribe reply and the run's claims share it.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** How often the digest runs (run-schedule.ts, which sst.config.ts's `Digest` cron is built from). */
export const DIGEST_RUNS_EVERY_MS = DIGEST_SCHEDULE.everyMinutes * MINUTE;
export const DEFAULT_DUE_WINDOW_MS = DIGEST_RUNS_EVERY_MS;
export const DIGEST_PERIOD_MS = DAY;

// ---------------------------------------------------------------------------------------------------------------
// Wall-clock time in a zone, with the built-in Intl (full ICU): no time-zone library needed.

interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function wallTime(instantMs: number, timeZone: string): WallTime & { second: number } {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(instantMs))) {
    if (p.type !== "literal") parts[p.type] = Number(p.value);
  }
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
    second: parts.second!,
  };
}

/** The zone's UTC offset at an instant, in ms (Paris in summer: +7_200_000). */
export function zoneOffsetMs(instantMs: number, timeZone: string): number {
  const w = wallTime(instantMs, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(instantMs / 1000) * 1000;
}

/**
 * The instant a local wall time happens in a zone. Daylight-saving edges follow the "compatible" rule (as in
 * Temporal and most calendars):
 * - a time that happens twice (autumn fall-back) is the first, earlier occurrence;
 * - a time that never happens (spring-forward gap, e.g. 02:30 in Paris on the last Sunday of March) is moved
 *   forward by the gap: 02:30 is read with the pre-transition offset and lands at 03:30 local time.
 */
export function zonedTimeToUtc(local: WallTime, timeZone: string): Date {
  const naive = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  // No zone changes its offset twice within two days, so the offsets a day either side cover every candidate.
  const offsets = [...new Set([zoneOffsetMs(naive - DAY, timeZone), zoneOffsetMs(naive + DAY, timeZone)])];
  const matches = offsets
    .map((offset) => naive - offset)
    .filter((instant) => zoneOffsetMs(instant, timeZone) === naive - instant)
    .sort((a, b) => a - b);
  if (matches.length > 0) return new Date(matches[0]!);
  return new Date(naive - zoneOffsetMs(naive - DAY, timeZone));
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/** "YYYY-MM-DD" of an instant in a zone. */
export function localDate(instant: Date, timeZone: string): string {
  const w = wallTime(instant.getTime(), timeZone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}

/** The local date `days` after `date` ("YYYY-MM-DD"; negative: before), by the calendar, not by 24-hour steps. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** The instant of a subscription's slot on a local date: `slotInstant("2024-03-31", "07:00", "Europe/Paris")`. */
export function slotInstant(date: string, time: string, timeZone: string): Date {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const [hour, minute] = time.split(":").map(Number) as [number, number];
  return zonedTimeToUtc({ year, month, day, hour, minute }, timeZone);
}

/**
 * A slot's name, as runs claim it and replies name it: the local date and time ("2024-07-02T07:00"). One spelling,
 * so a reply can never ask after a claim under a name the run does not write.
 */
export function slotKey(date: string, time: string): string {
  return `${date}T${time}`;
}

/**
 * The first instant at or after `from` (ms) when a subscription's slot happens: today's slot if it is still ahead,
 * else tomorrow's. Stepping the local date (not adding 24 hours) keeps late slots and DST days on the right date.
 */
export function nextSlot(subscription: Pick<Subscription, "time" | "timeZone">, from: number): Date {
  const today = localDate(new Date(from), subscription.timeZone);
  const at = slotInstant(today, subscription.time, subscription.timeZone);
  return at.getTime() >= from ? at : slotInstant(addDays(today, 1), subscription.time, subscription.timeZone);
}

/** The last instant at or before `at` (ms) when a subscription's slot happened: today's if it has passed, else yesterday's. */
export function previousSlot(subscription: Pick<Subscription, "time" | "timeZone">, at: number): Date {
  const today = localDate(new Date(at), subscription.timeZone);
  const slot = slotInstant(today, subscription.time, subscription.timeZone);
  return slot.getTime() <= at ? slot : slotInstant(addDays(today, -1), subscription.time, subscription.timeZone);
}

// ---------------------------------------------------------------------------------------------------------------
// Which subscriptions are due.

export interface DueDigest {
  subscription: Subscription;
  /**
   * The local "YYYY-MM-DDTHH:MM" this digest is for: the key of its exactly-once claim. It names the local date,
   * so the repeated hour of an autumn fall-back cannot make a second slot.
   */
  slot: string;
  /** When the slot happens (UTC); the digest covers the 24 hours before it. */
  at: Date;
}

/**
 * The subscriptions whose slot falls in (now − window, now], each with its slot. The cron runs every 15 minutes
 * on the quarter hour; a wider window lets a run catch up on a slot a failed or late run missed (claims make the
 * overlap harmless). Slots before a subscription was created are never due. Ordered by instant, then channel.
 */
export function dueSubscriptions(
  subscriptions: readonly Subscription[],
  now: Date,
  windowMs: number = DEFAULT_DUE_WINDOW_MS,
  /** Told of a stored subscription whose time or zone is unusable (hand-edited, or a zone ICU dropped); it is skipped. */
  onInvalid?: (subscription: Subscription, reason: string) => void,
): DueDigest[] {
  const nowMs = now.getTime();
  const due: DueDigest[] = [];
  for (const subscription of subscriptions) {
    if (!/^(?:[01]\d|2[0-3]):[0-5]\d$/.test(subscription.time)) {
      onInvalid?.(subscription, `time "${subscription.time}" is not HH:MM`);
      continue;
    }
    let today: string;
    try {
      today = localDate(now, subscription.timeZone);
    } catch {
      onInvalid?.(subscription, `unknown time zone "${subscription.timeZone}"`);
      continue;
    }
    const created = Date.parse(subscription.createdAt);
    // A window reaching back over local midnight can hold yesterday's slot; wider windows reach further.
    const daysBack = Math.ceil(windowMs / DAY);
    for (let back = daysBack; back >= 0; back--) {
      const date = addDays(today, -back);
      const at = slotInstant(date, subscription.time, subscription.timeZone);
      const ms = at.getTime();
      if (ms > nowMs || ms <= nowMs - windowMs) continue;
      if (!Number.isNaN(created) && ms < created) continue;
      due.push({ subscription, slot: slotKey(date, subscription.time), at });
    }
  }
  return due.sort(
    (a, b) =>
      a.at.getTime() - b.at.getTime() ||
      compareStrings(a.subscription.channelId, b.subscription.channelId) ||
      compareStrings(a.slot, b.slot),
  );
}

/** Code-point order, the same on every machine (localeCompare is not). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A channel's standing order for the morning digest. */
export interface Subscription {
  channelId: string;
  teamId?: string;
  /** Local wall-clock time of the digest, "HH:MM" (24-hour). */
  time: string;
  /** IANA zone the time is read in, canonical form ("Europe/Paris"); daylight saving follows the zone. */
  timeZone: string;
  /** On a day with no stories, post nothing instead of a "no new stories" line. */
  quietWhenEmpty: boolean;
  /** Slack user id of whoever subscribed the channel. */
  createdBy: string;
  /**
   * ISO 8601, the schedule's start: slots before this instant are never due (a new subscription does not post
   * yesterday's digest). Kept when the channel subscribes again at the same time and zone, so a slot that has just
   * passed and is still pending or being retried stays due.
   */
  createdAt: string;
  /** Only stories in this section (`/brief subscribe 07:00 Europe/Paris section:world`). */
  section?: string;
  /** Only stories from this source (the story's credit). */
  source?: string;
}

/** Where one (channel, slot) digest stands. A slot is the local "YYYY-MM-DDTHH:MM" the digest is for. */
export type ClaimStatus = "claimed" | "posted" | "failed";

export interface DigestClaim {
  channelId: string;
  slot: string;
  status: ClaimStatus;
  /** Which run holds (or held) the claim. */
  runId: string;
  claimedAt: string;
  /** Slack message ts, once posted. */
  ts?: string;
  /** Why a permanent failure stopped this slot (e.g. "channel_not_found"). */
  error?: string;
  /** ISO 8601, when the post was recorded. */
  postedAt?: string;
  /** ISO 8601, when the slot happens: its name is a local time without the zone. Absent on claims made before it was kept. */
  slotAt?: string;
  /** The claim's name when it is not `slot` (instant-named, see instantSlotKey): its run posted and recorded under it. */
  key?: string;
}

/**
 * The claim name of a slot whose local name another zone's slot already holds (07:00 in Los Angeles on 2 July after
 * 07:00 in Paris that day): the name and the instant, which no other slot shares. The first slot keeps the plain name,
 * so claims made before claims kept their instant still stop a second post under it.
 */
export function instantSlotKey(slot: string, at: Date): string {
  return `${slot}@${at.toISOString()}`;
}

export type ClaimOutcome =
  /** This run holds the slot and must post, then recordPosted / recordFailed / release. */
  | {
      status: "claimed";
      /** The slot may have been another run's (taken over, or unknowable): the post looks in history first. */
      retried: boolean;
      /** The claim is this run's own, resent by the SDK after its answer was lost; whether that put took over a dead run's claim is unknown. */
      ownLostAnswer?: true;
      /**
       * The claim's name when it is not the slot's: another zone's slot of the same local name holds that one, so this
       * slot's claim is named by its instant too (digest.ts instantSlotKey). Record, release and post under it.
       */
      key?: string;
      /**
       * When the claim taken over was made. Its run (and every run before it, each taken over only once stale) posted,
       * if at all, before that claim went stale: history need not be read past then.
       */
      previousClaimedAt?: Date;
    }
  /** Already posted (by an earlier or concurrent run): do nothing. */
  | { status: "posted"; ts?: string }
  /** Another run claimed it recently and may still be posting: do nothing. */
  | { status: "held"; runId: string; claimedAt: string }
  /** A permanent failure was recorded for this slot: not retried until the next slot. */
  | { status: "failed"; error: string };

export interface ClaimOptions {
  runId: string;
  now: Date;
  /** A claim older than this and never posted belongs to a run that died: it may be taken over. */
  staleAfterMs: number;
  /** When the slot happens, kept with the claim: which day a digest was for, whatever zone its name was read in. */
  slotAt?: Date;
}

/**
 * A subscription removed whose stored item could not be read (hand-edited, half-written): the digest run had been
 * skipping it, so its settings are unknown, but it is gone all the same.
 */
export interface DamagedSubscription {
  channelId: string;
  damaged: true;
  /** The item's workspace when that much of it still reads as one (so another workspace's list leaves it out). */
  teamId?: string;
}

/** An unsubscribe a later `/brief subscribe` overtook: its subscription stands (undefined if its item is damaged). */
export interface SupersededUnsubscribe {
  superseded: true;
  current?: Subscription;
}

export interface SubscribeOutcome {
  /** `superseded`: a later command's subscription was stored first (a command answered "slow" may write late); nothing written. */
  status: "created" | "updated" | "superseded";
  previous?: Subscription;
  /** When superseded: the subscription that stands (undefined if its item is damaged, or a later unsubscribe stands). */
  current?: Subscription;
  /** When superseded: a later `/brief unsubscribe` stands, so the channel has no subscription. */
  byUnsubscribe?: boolean;
  /** The replaced subscription was at the same time and zone: its `createdAt` (the schedule's start), kept. */
  keptStart?: string;
}

/**
 * Subscriptions and digest claims. Exactly-once rests on `claim` being a single conditional write:
 * at most one run can turn "nothing" (or a stale, unposted claim) into its own claim.
 */
export interface SubscriptionStore {
  /** `requestedAt`: when the command was typed; a subscription stored by a later one is not written over. */
  subscribe(subscription: Subscription, options?: { requestedAt?: Date }): Promise<SubscribeOutcome>;
  /**
   * The removed subscription (only its channel when its item was damaged), undefined if the channel had none, or
   * `superseded` when a later command's subscription was stored first (nothing removed). `requestedAt`: when the
   * command was typed; a later subscribe's write is not removed, and an earlier one's cannot land after it.
   */
  unsubscribe(channelId: string, options?: { requestedAt?: Date }): Promise<Subscription | DamagedSubscription | SupersededUnsubscribe | undefined>;
  get(channelId: string): Promise<Subscription | undefined>;
  /** Every subscription, ordered by channel id. */
  list(): Promise<Subscription[]>;
  /** Every subscription and every damaged item (which `list` skips, so its channel gets no digest), by channel id. */
  listWithDamaged(): Promise<Array<Subscription | DamagedSubscription>>;
  claim(channelId: string, slot: string, options: ClaimOptions): Promise<ClaimOutcome>;
  /**
   * Records the Slack ts (undefined: a quiet subscription's empty day, settled without a post); false if this run
   * no longer holds the claim (it was taken over as stale).
   */
  recordPosted(channelId: string, slot: string, runId: string, ts: string | undefined, now: Date): Promise<boolean>;
  /** Marks the slot failed for good (channel gone, bot removed); false if this run no longer holds the claim. */
  recordFailed(channelId: string, slot: string, runId: string, error: string, now: Date): Promise<boolean>;
  /** Gives the slot back after a transient failure so the next run retries it; false if not held by this run. */
  release(channelId: string, slot: string, runId: string): Promise<boolean>;
  getClaim(channelId: string, slot: string): Promise<DigestClaim | undefined>;
  /** The channel's readable claims whose names sort in [from, to] (damaged ones are passed over). */
  claimsBetween(channelId: string, from: string, to: string): Promise<DigestClaim[]>;
  /** The channel's latest slot whose digest reached it (posted with a ts), among the claims still kept (a month). */
  lastPosted(channelId: string): Promise<DigestClaim | undefined>;
}

export const DEFAULT_DIGEST_TIME = "07:00";

export interface SubscribeArgs {
  time: string;
  timeZone: string;
  quietWhenEmpty: boolean;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

const TIME_12H = /^(\d{1,2})(?::(\d{2}))?\s*(am|pm)$/i;
const TIME_24H = /^(\d{1,2})[:h.](\d{2})$/i;
const QUIET_WORDS = new Set(["quiet", "--quiet", "quiet-when-empty"]);

/** "7:05" → "07:05"; "7pm" → "19:00"; anything else that looks like a time but is not one gets an error naming it. */
export function parseTimeOfDay(token: string): ParseResult<string> {
  const pad = (n: number) => String(n).padStart(2, "0");
  const h24 = token.match(TIME_24H);
  if (h24) {
    const hour = Number(h24[1]);
    const minute = Number(h24[2]);
    if (hour > 23 || minute > 59) {
      return { ok: false, error: `"${token}" is not a time of day: use HH:MM between 00:00 and 23:59 (e.g. 07:30)` };
    }
    return { ok: true, value: `${pad(hour)}:${pad(minute)}` };
  }
  const h12 = token.match(TIME_12H);
  if (h12) {
    const hour = Number(h12[1]);
    const minute = h12[2] === undefined ? 0 : Number(h12[2]);
    if (hour < 1 || hour > 12 || minute > 59) {
      return { ok: false, error: `"${token}" is not a time of day: use HH:MM between 00:00 and 23:59 (e.g. 07:30)` };
    }
    const pm = h12[3]!.toLowerCase() === "pm";
    return { ok: true, value: `${pad((hour % 12) + (pm ? 12 : 0))}:${pad(minute)}` };
  }
  return { ok: false, error: `"${token}" is not a time of day: use HH:MM between 00:00 and 23:59 (e.g. 07:30)` };
}

/**
 * The canonical IANA name, or an error. Abbreviations ("EST", "CET") and fixed offsets are refused: they do not
 * follow daylight saving, so a 07:00 digest would drift to 06:00 or 08:00 for half the year.
 */
export function parseTimeZone(token: string): ParseResult<string> {
  const upper = token.toUpperCase();
  if (upper === "UTC" || upper === "GMT" || upper === "Z") return { ok: true, value: "UTC" };
  if (/^(?:UTC|GMT)?[+-]\d/i.test(token)) {
    return {
      ok: false,
      error: `"${token}" is a fixed offset: use a zone name such as Europe/Paris or America/New_York so daylight saving is followed`,
    };
  }
  if (!token.includes("/")) {
    return {
      ok: false,
      error: `"${token}" is not a time zone name: use an IANA name such as Europe/London, America/Chicago or Asia/Tokyo`,
    };
  }
  let zone: string;
  try {
    zone = new Intl.DateTimeFormat("en-US", { timeZone: token }).resolvedOptions().timeZone;
  } catch {
    return {
      ok: false,
      error: `unknown time zone "${token}": use an IANA name such as Europe/London, America/Chicago or Asia/Tokyo`,
    };
  }
  const etc = ETC_OFFSET.exec(token);
  return etc && Number(etc[2]) !== 0 ? { ok: false, error: etcOffsetError(token, etc[1] === "+" ? "-" : "+", Number(etc[2])) } : { ok: true, value: zone };
}

/**
 * Etc/GMT+5 is a valid IANA zone, but POSIX signs it backwards: it is UTC−05:00. An editor who typed it meaning
 * UTC+05:00 had digests ten hours off and a reply that echoed the name as typed. Refused like any fixed offset (no
 * daylight saving either), saying what it really is and what they likely meant: a reply that only echoed the real
 * offset would be read past.
 */
const ETC_OFFSET = /^Etc\/GMT([+-])(\d{1,2})$/i;

function etcOffsetError(token: string, realSign: "+" | "-", hours: number): string {
  const hh = String(hours).padStart(2, "0");
  const meant = realSign === "+" ? "-" : "+";
  // Etc/GMT+13 and +14 do not exist (Etc/GMT-13 and -14 do): no name to give for UTC−13:00 or −14:00.
  const mirror = hours <= 12 ? ` (UTC${meant}${hh}:00 is Etc/GMT${realSign}${hours})` : "";
  return `"${token}" is UTC${realSign}${hh}:00, not UTC${meant}${hh}:00: Etc/GMT names count the other way${mirror}, and a fixed offset does not follow daylight saving. Use a zone name such as Europe/Paris or America/New_York`;
}

/**
 * Parses what follows `/brief subscribe`: `[HH:MM] [Area/City] [quiet]`, in any order.
 * Defaults: 07:00 in `defaultZone` (the workspace's zone as configured), "no new stories" posted on empty days.
 */
export function parseSubscribeArgs(text: string, defaultZone: string): ParseResult<SubscribeArgs> {
  let time: string | undefined;
  let timeZone: string | undefined;
  let quietWhenEmpty = false;
  // "7 pm" is one time, not a time and a zone.
  const tokens = text.trim().replace(/(\d)\s+(am|pm)\b/gi, "$1$2").split(/\s+/).filter((t) => t !== "");
  for (const token of tokens) {
    if (QUIET_WORDS.has(token.toLowerCase())) {
      quietWhenEmpty = true;
      continue;
    }
    if (/^\d/.test(token) && !/^\d+\//.test(token)) {
      if (time !== undefined) return { ok: false, error: `two times given ("${time}" and "${token}"): give one` };
      const parsed = parseTimeOfDay(token);
      if (!parsed.ok) return parsed;
      time = parsed.value;
      continue;
    }
    if (timeZone !== undefined) {
      return { ok: false, error: `unexpected "${token}": usage is /brief subscribe [HH:MM] [time zone] [quiet]` };
    }
    const zone = parseTimeZone(token);
    if (!zone.ok) return zone;
    timeZone = zone.value;
  }
  if (timeZone === undefined) {
    const zone = parseTimeZone(defaultZone);
    if (!zone.ok) return { ok: false, error: `the configured default time zone is invalid: ${zone.error}` };
    timeZone = zone.value;
  }
  return { ok: true, value: { time: time ?? DEFAULT_DIGEST_TIME, timeZone, quietWhenEmpty } };
}

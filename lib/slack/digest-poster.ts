import { WebClient, type WebClientOptions } from "@slack/web-api";
import type { SlackMessage } from "#slack/blocks.ts";
import { findEarlier, postOnce } from "#slack/post-once.ts";
import { slackFailure } from "#slack/slack-errors.ts";
import { fetchWithin } from "#lib/http/fetch-within.ts";

/** What posting one digest came to, in terms the run can act on (no Slack SDK types past this file). */
export type PostResult =
  /** `recovered`: Slack's answer was lost, and the post was found in the channel's history by its key. */
  | { ok: true; ts: string; fallback?: "text-only"; recovered?: boolean }
  /**
   * `permanent`: retrying the same slot cannot help (channel gone, bot not in it, token revoked).
   * `unconfirmed`: the answer was lost and history could not be read, so Slack may have the post.
   */
  | { ok: false; error: string; permanent: boolean; unconfirmed?: boolean };

export interface PostRequest {
  /** The intent's key (channel and slot): carried as message metadata, searched for in history after a lost answer. */
  key: string;
  /** Search history before posting: the slot's claim was taken over from a run that died, maybe after posting. */
  checkFirst?: boolean;
  /**
   * The earliest a post of this key can have been made (the slot's instant). History is searched back to it when
   * that is further back than `lookBackSeconds`: an operator re-running a slot hours later (README: "Re-running a
   * digest") takes over a claim whose run may have posted hours ago.
   */
  notBefore?: Date;
  /**
   * The latest an earlier run can have posted this key (the taken-over claim went stale then, its run long dead): the
   * search for its post stops there. An old slot re-run in a busy channel read back from now through more messages
   * than a search reads, and always ended unconfirmed.
   */
  earlierBefore?: Date;
  /** The run gave up on this channel: no post may start after it fires (post-once.ts). */
  signal?: AbortSignal;
}

export type PostFn = (channel: string, message: SlackMessage, request: PostRequest) => Promise<PostResult>;

/** Whether a key's digest is in the channel's history; `unknown` when history could not be read, or not all of it. */
export type FindResult = { status: "posted"; ts: string } | { status: "absent" } | { status: "unknown"; error: string };

/**
 * Looks for another run's post of `key`: made after `notBefore` (its claim) and, when `until` is given, before it
 * (its claim went stale then, its run dead).
 */
export type FindFn = (channel: string, key: string, window: { notBefore: Date; until?: Date }) => Promise<FindResult>;

export const DIGEST_EVENT_TYPE = "nutgraf_digest";

export interface PosterOptions {
  /**
   * The longest this poster waits on `Retry-After` for one message, all retries included. Kept far under the
   * digest Lambda's timeout: a channel still limited after that is released and retried by the next run.
   */
  maxWaitMs?: number;
  /** At most this many posts of one message after a 429 (the first and its retries). */
  maxAttempts?: number;
  /**
   * How far back history is searched for a slot's post (default 2 hours): a slot is only due in the hour after its
   * time (run.ts's catch-up window), so any earlier attempt at it is less than that old, unless an operator re-runs
   * an older slot (then `notBefore`).
   */
  lookBackSeconds?: number;
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * A WebClient for the digest Lambda: `retries: 0`, because a blindly retried chat.postMessage whose first answer was
 * lost posts twice (post-once.ts looks in history instead); 429s handed back to us (rejectRateLimitedCalls) instead of
 * pausing the client's whole queue, so one rate-limited channel never stalls the others.
 */
export function digestWebClient(token: string, slackApiUrl?: string, options: { timeoutMs?: number } = {}): WebClient {
  const webOptions: WebClientOptions = {
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 0 },
    // Not the client's own `timeout`: it hands fetch an AbortSignal.timeout, which a garbage collection can
    // disconnect from the request (lib/http/fetch-within.ts), and a lost timeout holds the digest on one channel.
    fetch: fetchWithin(options.timeoutMs ?? 10_000),
  };
  if (slackApiUrl) webOptions.slackApiUrl = slackApiUrl;
  return new WebClient(token, webOptions);
}

/** A dead run's post, looked for as post-once.ts looks for an earlier attempt's (a minute of slack either side). */
export function slackFinder(client: WebClient): FindFn {
  return async (channel, key, { notBefore, until }) => {
    try {
      const oldest = Math.floor(notBefore.getTime() / 1000) - 60;
      const ts = await findEarlier(client, { channel, eventType: DIGEST_EVENT_TYPE, key }, { oldest }, until && Math.ceil(until.getTime() / 1000) + 60);
      return ts ? { status: "posted", ts } : { status: "absent" };
    } catch (error) {
      const failure = slackFailure(error);
      return { status: "unknown", error: failure.kind === "rate" ? "ratelimited" : failure.error };
    }
  };
}

/** Posts once per slot (metadata + history, see post-once.ts), honouring Retry-After within a bounded wait. */
export function slackPoster(client: WebClient, options: PosterOptions = {}): PostFn {
  const maxWaitMs = options.maxWaitMs ?? 20_000;
  const maxAttempts = options.maxAttempts ?? 3;
  const sleep = options.sleep ?? defaultSleep;
  const lookBackSeconds = options.lookBackSeconds ?? 2 * 3600;
  return async (channel, message, request) => {
    const since = request.notBefore && request.notBefore.getTime() < Date.now() - lookBackSeconds * 1000 ? request.notBefore : undefined;
    let waited = 0;
    for (let attempt = 1; ; attempt++) {
      const outcome = await postOnce(
        client,
        { channel, message, eventType: DIGEST_EVENT_TYPE, key: request.key },
        { checkFirst: request.checkFirst === true && attempt === 1, ...(since ? { since } : { lookBackSeconds }), ...(request.earlierBefore ? { until: request.earlierBefore } : {}), ...(request.signal ? { signal: request.signal } : {}) },
      );
      switch (outcome.status) {
        case "posted":
          return { ok: true, ts: outcome.ts, ...(outcome.textOnly ? { fallback: "text-only" as const } : {}), ...(outcome.recovered ? { recovered: true } : {}) };
        case "unknown":
          return { ok: false, error: outcome.error, permanent: false, unconfirmed: true };
        case "not-posted": {
          if (outcome.retryAfter === undefined) return { ok: false, error: outcome.error, permanent: outcome.permanent };
          const wait = Math.max(1, outcome.retryAfter) * 1000;
          if (attempt >= maxAttempts || waited + wait > maxWaitMs) {
            return { ok: false, error: `ratelimited (Retry-After ${outcome.retryAfter}s)`, permanent: false };
          }
          waited += wait;
          await sleep(wait);
        }
      }
    }
  };
}

import { WebClient, type WebClientOptions } from "@slack/web-api";
import type { SlackMessage } from "#slack/blocks.ts";
import { slackFailure } from "#slack/slack-errors.ts";

/** What posting one digest came to, in terms the run can act on (no Slack SDK types past this file). */
export type PostResult =
  | { ok: true; ts: string; fallback?: "text-only" }
  /** `permanent`: retrying the same slot cannot help (channel gone, bot not in it, token revoked). */
  | { ok: false; error: string; permanent: boolean };

export type PostFn = (channel: string, message: SlackMessage) => Promise<PostResult>;

/**
 * Errors that no retry fixes. Slack documents them per method; these are chat.postMessage's and the token's.
 * Anything not listed is retried by a later run: a digest that failed was never posted, so a retry cannot double it.
 */
const PERMANENT = new Set([
  "channel_not_found",
  "not_in_channel",
  "is_archived",
  "restricted_action",
  "restricted_action_read_only_channel",
  "restricted_action_thread_only_channel",
  "restricted_action_non_threadable_channel",
  "team_access_not_granted",
  "ekm_access_denied",
  "missing_scope",
  "not_authed",
  "invalid_auth",
  "account_inactive",
  "token_revoked",
  "token_expired",
  "no_permission",
  "org_login_required",
  "as_user_not_supported",
]);
/** The message itself was refused: the plain-text fallback still carries the headlines. */
const BLOCKS_REFUSED = new Set(["invalid_blocks", "invalid_blocks_format", "msg_blocks_too_long", "msg_too_long"]);

export interface PosterOptions {
  /**
   * The longest this poster waits on `Retry-After` for one message, all retries included. Kept far under the
   * digest Lambda's timeout: a channel still limited after that is released and retried by the next run.
   */
  maxWaitMs?: number;
  /** At most this many posts of one message (the first and its retries after a 429). */
  maxAttempts?: number;
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * A WebClient for a Lambda: no 30-minute default retry policy, and 429s handed back to us (rejectRateLimitedCalls)
 * instead of pausing the client's whole queue, so one rate-limited channel never stalls the others.
 */
export function digestWebClient(token: string, slackApiUrl?: string): WebClient {
  const options: WebClientOptions = {
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 1, factor: 1, minTimeout: 200, maxTimeout: 400 },
    timeout: 10_000,
  };
  if (slackApiUrl) options.slackApiUrl = slackApiUrl;
  return new WebClient(token, options);
}

/** Posts with chat.postMessage, honouring Retry-After within a bounded wait, and classifies every failure. */
export function slackPoster(client: WebClient, options: PosterOptions = {}): PostFn {
  const maxWaitMs = options.maxWaitMs ?? 20_000;
  const maxAttempts = options.maxAttempts ?? 3;
  const sleep = options.sleep ?? defaultSleep;
  return async (channel, message) => {
    let waited = 0;
    let current: SlackMessage = message;
    let fallback = false;
    for (let attempt = 1; ; attempt++) {
      try {
        const out = await client.chat.postMessage({
          channel,
          text: current.text,
          ...(current.blocks.length > 0 ? { blocks: current.blocks } : {}),
          unfurl_links: false,
          unfurl_media: false,
        });
        if (!out.ts) return { ok: false, error: "no_ts_in_response", permanent: false };
        return fallback ? { ok: true, ts: out.ts, fallback: "text-only" } : { ok: true, ts: out.ts };
      } catch (error) {
        const d = slackFailure(error);
        if (d.kind === "rate") {
          const wait = Math.max(1, d.retryAfter) * 1000;
          if (attempt >= maxAttempts || waited + wait > maxWaitMs) {
            return { ok: false, error: `ratelimited (Retry-After ${d.retryAfter}s)`, permanent: false };
          }
          waited += wait;
          await sleep(wait);
          continue;
        }
        if (d.kind === "platform") {
          if (BLOCKS_REFUSED.has(d.error) && !fallback) {
            fallback = true;
            current = { text: message.text, blocks: [] };
            continue;
          }
          return { ok: false, error: d.error, permanent: PERMANENT.has(d.error) || BLOCKS_REFUSED.has(d.error) };
        }
        return { ok: false, error: d.error, permanent: d.permanent };
      }
    }
  };
}

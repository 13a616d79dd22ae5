import type { WebClient } from "@slack/web-api";
import type { SlackMessage } from "#slack/blocks.ts";
import { slackFailure } from "#slack/slack-errors.ts";

/**
 * One channel post per intent, also when Slack's answer is lost.
 *
 * Every post carries message metadata naming its intent (`event_type` + a key: the digest slot, or the share
 * press). When the answer is lost (a timeout, a reset, a 5xx after Slack may have stored the message), the
 * channel's recent history is searched for that key before anything is posted again; chat.postMessage itself is
 * never retried blindly (the WebClients here have `retries: 0`). Reading history needs `channels:history`
 * (slack-manifest.yml), and a bot only sees metadata with `include_all_metadata=true`.
 */

export interface PostIntent {
  channel: string;
  message: SlackMessage;
  /** Slack's metadata event type: lower-case words and underscores (`nutgraf_digest`, `nutgraf_share`). */
  eventType: string;
  /** Unique per intent within `eventType`: the same key twice is the same post. */
  key: string;
}

export type PostOutcome =
  /** `recovered`: found in history after the answer was lost; `textOnly`: Slack refused the blocks. */
  | { status: "posted"; ts: string; recovered: boolean; textOnly?: boolean }
  /** Slack said no, or the request never left: nothing was posted. */
  | { status: "not-posted"; error: string; permanent: boolean; retryAfter?: number }
  /** Slack may have it: the answer was lost and history could not be read to find out. */
  | { status: "unknown"; error: string };

export interface PostOnceOptions {
  /** Look in history before the first post (a claim taken over from a run or press that died mid-post). */
  checkFirst?: boolean;
  /** How far back history is searched, in seconds before the first attempt (default 120). */
  lookBackSeconds?: number;
  /** Search history from this instant instead (a taken-over claim: from when the first attempt began). */
  since?: Date;
  /**
   * Earlier attempts cannot have posted after this instant (their claim went stale then, by the wall clock claims are
   * stamped with). When the channel holds more messages since `since` than a search reads, the search for their post
   * is read again up to this instant only. This call's own posts are looked for from its start, whatever `since` says.
   */
  until?: Date;
  /** Posts of one intent at most, counting the text-only fallback (default 2). */
  maxPosts?: number;
  /** The wall clock, for history's `oldest` bound only. */
  nowSeconds?: () => number;
  /**
   * The caller gave up on this post (a digest channel past its timeout, its claim left to go stale and be taken
   * over): no chat.postMessage may start after that. A wait (a 429's, a history read) can end long after, in a
   * Lambda thawed for a later invocation, when the run that took the slot over may be posting it too.
   */
  signal?: AbortSignal;
}

/** chat.postMessage errors no retry fixes; anything else may pass on a later run. */
export const PERMANENT_POST_ERRORS = new Set([
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
/** The message itself was refused: the plain-text fallback still carries the words. */
const BLOCKS_REFUSED = new Set(["invalid_blocks", "invalid_blocks_format", "msg_blocks_too_long", "msg_too_long"]);

/** Connection refused / name not found: the request never reached Slack, so nothing can have been posted. */
function neverSent(error: unknown): boolean {
  let e: unknown = error;
  for (let depth = 0; e && typeof e === "object" && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "EAI_AGAIN") return true;
    e = (e as { original?: unknown; cause?: unknown }).original ?? (e as { cause?: unknown }).cause;
  }
  return false;
}

interface HistoryMessage {
  ts?: string;
  metadata?: { event_type?: string; event_payload?: Record<string, unknown> };
}

/** A stretch of a channel's history, in Slack's seconds: messages after `oldest`, and before `latest` if given. */
export interface HistoryWindow {
  oldest: number;
  latest?: number;
}

/**
 * The ts of the channel's message carrying this intent's key, undefined if none; throws if history cannot be read, or
 * not all of the window could be (a busy channel: the search stops after a few pages).
 * A bot reads a public channel's history only as a member, and chat:write.public lets it post without being one: on
 * `not_in_channel` it joins (channels:join; public channels only) and reads again.
 */
export async function findPosted(client: WebClient, intent: Pick<PostIntent, "channel" | "eventType" | "key">, window: HistoryWindow): Promise<string | undefined> {
  try {
    return await searchHistory(client, intent, window);
  } catch (error) {
    const failure = slackFailure(error);
    if (failure.kind !== "platform" || failure.error !== "not_in_channel") throw error;
    await client.conversations.join({ channel: intent.channel });
    return searchHistory(client, intent, window);
  }
}

/** Pages of history one search reads at most: the window is minutes to hours long, and the newest page comes first. */
const HISTORY_PAGES = 3;

async function searchHistory(client: WebClient, intent: Pick<PostIntent, "channel" | "eventType" | "key">, { oldest, latest }: HistoryWindow): Promise<string | undefined> {
  let cursor: string | undefined;
  for (let page = 0; page < HISTORY_PAGES; page++) {
    const out = await client.conversations.history({
      channel: intent.channel,
      oldest: String(oldest),
      ...(latest !== undefined ? { latest: String(latest) } : {}),
      include_all_metadata: true,
      limit: 200,
      ...(cursor ? { cursor } : {}),
    });
    const messages = (out.messages ?? []) as HistoryMessage[];
    const hit = messages.find((m) => m.metadata?.event_type === intent.eventType && m.metadata.event_payload?.key === intent.key);
    if (hit?.ts) return hit.ts;
    cursor = out.response_metadata?.next_cursor || undefined;
    if (!cursor) return undefined;
  }
  // Older messages are left unread, and the post may be among them: "not found" here would post it twice.
  throw new HistoryIncomplete(`history_search_incomplete: more than ${HISTORY_PAGES} pages of messages since ${oldest}`);
}

/** A search that stopped before the start of its window: the post may be in what it left unread. */
class HistoryIncomplete extends Error {
  override readonly name = "HistoryIncomplete";
}

/**
 * An earlier attempt's post: searched from the window's start to now, and when that is more history than a search
 * reads (an old slot re-run in a busy channel ended "unconfirmed" every time), again up to `until`, the latest such a
 * post can be. An `until` before the window's start is no bound anyone can trust (a clock that is not the wall
 * clock stamped the claim): the search stays incomplete.
 */
export async function findEarlier(client: WebClient, intent: Pick<PostIntent, "channel" | "eventType" | "key">, window: HistoryWindow, until: number | undefined): Promise<string | undefined> {
  try {
    return await findPosted(client, intent, window);
  } catch (error) {
    if (!(error instanceof HistoryIncomplete) || until === undefined || until <= window.oldest) throw error;
    return findPosted(client, intent, { ...window, latest: until });
  }
}

export async function postOnce(client: WebClient, intent: PostIntent, options: PostOnceOptions = {}): Promise<PostOutcome> {
  const nowSeconds = options.nowSeconds ?? (() => Math.floor(Date.now() / 1000));
  const startedAt = nowSeconds();
  // A minute of slack either side of our clock for Slack's.
  const oldest = options.since ? Math.floor(options.since.getTime() / 1000) - 60 : startedAt - (options.lookBackSeconds ?? 120);
  const until = options.until ? Math.ceil(options.until.getTime() / 1000) + 60 : undefined;
  // This call's own posts are no older than it: with `since` far back (an old slot re-run), a lost answer of ours was
  // looked for from there and, in a busy channel, the search gave up before it could say "not posted".
  const own: HistoryWindow = { oldest: options.since ? Math.max(oldest, startedAt - 60) : oldest };
  const maxPosts = options.maxPosts ?? 2;
  const lookUp = async (earlier = false): Promise<PostOutcome | undefined> => {
    try {
      const ts = earlier ? await findEarlier(client, intent, { oldest }, until) : await findPosted(client, intent, own);
      return ts ? { status: "posted", ts, recovered: true } : undefined;
    } catch (error) {
      return { status: "unknown", error: `history unreadable: ${describe(error)}` };
    }
  };
  if (options.checkFirst) {
    const found = await lookUp(true);
    if (found) return found;
  }
  let message = intent.message;
  let textOnly = false;
  let lastError = "not_attempted";
  for (let posts = 0; posts < maxPosts; posts++) {
    // Not posted: the loop comes back here only when nothing was sent, or history said a lost answer's post is not there.
    if (options.signal?.aborted) return { status: "not-posted", error: "abandoned", permanent: false };
    try {
      const out = await client.chat.postMessage({
        channel: intent.channel,
        text: message.text,
        ...(message.blocks.length > 0 ? { blocks: message.blocks } : {}),
        unfurl_links: false,
        unfurl_media: false,
        metadata: { event_type: intent.eventType, event_payload: { key: intent.key } },
      });
      if (!out.ts) return { status: "unknown", error: "no_ts_in_response" };
      return { status: "posted", ts: out.ts, recovered: false, ...(textOnly ? { textOnly: true } : {}) };
    } catch (error) {
      const failure = slackFailure(error);
      if (failure.kind === "rate") return { status: "not-posted", error: "ratelimited", permanent: false, retryAfter: failure.retryAfter };
      if (failure.kind === "platform") {
        if (BLOCKS_REFUSED.has(failure.error) && !textOnly) {
          textOnly = true;
          message = { text: intent.message.text, blocks: [] };
          continue;
        }
        return { status: "not-posted", error: failure.error, permanent: PERMANENT_POST_ERRORS.has(failure.error) || BLOCKS_REFUSED.has(failure.error) };
      }
      if (failure.permanent || neverSent(error)) return { status: "not-posted", error: failure.error, permanent: failure.permanent };
      // Lost answer: Slack may have stored the message. Look before posting again.
      lastError = failure.error;
      const found = await lookUp();
      if (found) return found;
    }
  }
  return { status: "not-posted", error: lastError, permanent: false };
}

function describe(error: unknown): string {
  const failure = slackFailure(error);
  return failure.kind === "rate" ? "ratelimited" : failure.error;
}

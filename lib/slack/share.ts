import { createHash, randomUUID } from "node:crypto";
import type { WebClient } from "@slack/web-api";
import type { Logger } from "#lib/log.ts";
import type { ArticleStore } from "#store/store.ts";
import { decodeShareValue, notFoundMessage, notice, type SlackMessage } from "#slack/blocks.ts";
import { failureReply, sharedCard, type Invocation } from "#slack/commands.ts";
import type { Deadline } from "#slack/deadline.ts";
import { postOnce, type PostOutcome } from "#slack/post-once.ts";
import type { PressClaimStore } from "#store/press-claims.ts";
import { STALE_BUTTON } from "#slack/unanswered.ts";

export const SHARE_EVENT_TYPE = "nutgraf_share";
/** A press claimed this long ago and never settled belongs to a request that died (a press lives a few seconds). */
export const PRESS_STALE_MS = 30_000;

export interface Press {
  userId: string;
  /** Where the button was pressed (and where the card goes). */
  channel: string | undefined;
  /** The ephemeral message holding the button: the same for every press of that button. */
  messageTs: string | undefined;
  value: string | undefined;
  correlationId: string;
}

export interface ShareDeps {
  store: ArticleStore;
  claims: PressClaimStore;
  /** A Web API client bound to this request's deadline. */
  client: WebClient;
  log: Logger;
  deadline: Deadline;
  /** The wall clock, for claim ages. */
  now: () => Date;
  /** How old an unsettled claim must be before another press may take it over (default PRESS_STALE_MS). */
  staleAfterMs?: number;
  /** NUTGRAF_ARTICLE_URL, so the shared card's bullets link to their sentences as the editor's copy did. */
  articleUrl?: string;
}

/** What the press's response_url gets: the ephemeral copy removed (posted), or a note under it saying what happened. */
export type ShareAnswer = SlackMessage | { delete_original: true };

/**
 * One press's intent. Two presses of one button, or a replay of one press, have the same channel, message, user and
 * value; `action_ts` and `trigger_id` differ between presses, so they cannot be the key.
 */
export function pressKey(press: Pick<Press, "channel" | "messageTs" | "userId" | "value">): string {
  return createHash("sha256").update(JSON.stringify([press.channel, press.messageTs, press.userId, press.value])).digest("hex").slice(0, 40);
}

const say = (text: string, emoji: string) => notice(text, { emoji });

/** Archive failures (or a busy process) before the post: the generic answer, plus the one fact the editor needs here. */
export function nothingPosted(answer: SlackMessage): SlackMessage {
  return { text: `${answer.text} Nothing was posted.`, blocks: [...answer.blocks, { type: "context", elements: [{ type: "mrkdwn", text: "Nothing was posted." }] }] };
}

/** The editor's answer for a post Slack refused, or could not confirm: always says whether anything was posted. */
export function shareFailureMessage(outcome: Exclude<PostOutcome, { status: "posted" }>, ref: string): SlackMessage {
  if (outcome.status === "unknown") {
    return say(
      `Slack didn't confirm the post and I couldn't check the channel, so it may or may not be there: look before pressing again. (ref ${ref})`,
      ":grey_question:",
    );
  }
  switch (outcome.error) {
    case "not_in_channel":
    case "channel_not_found":
      return say("Nothing was posted: this is a private channel or a DM, and I can only post there once invited. Run /invite @nutgraf, then press the button again.", ":lock:");
    case "is_archived":
      return say("Nothing was posted: this channel is archived.", ":no_entry:");
    case "token_revoked":
    case "token_expired":
    case "invalid_auth":
    case "account_inactive":
      return say(`Nothing was posted: nutgraf has lost its access to this workspace. Whoever runs nutgraf needs to reinstall the app. (ref ${ref})`, ":no_entry:");
    case "ratelimited":
      return say(`Nothing was posted: Slack is asking us to slow down. Press the button again in ${outcome.retryAfter ?? 1} s. (ref ${ref})`, ":hourglass:");
    default:
      return say(`Couldn't post to the channel (${outcome.error}); nothing was posted. Press the button again in a moment. (ref ${ref})`, ":warning:");
  }
}

/** Claim the press, rebuild the card, post it once, settle the claim; every path ends in a true answer. */
export async function sharePress(press: Press, deps: ShareDeps): Promise<ShareAnswer> {
  const { log, claims, deadline } = deps;
  const ref = press.correlationId;
  const value = decodeShareValue(press.value);
  if (!value || !press.channel) return say(STALE_BUTTON, ":grey_question:");
  const channel = press.channel;
  const key = pressKey(press);
  const owner = randomUUID();
  const invocation: Invocation = { userId: press.userId, channelId: channel, correlationId: ref };

  let claim;
  try {
    claim = await deadline.race("claim press", claims.claim(key, { owner, now: deps.now(), staleAfterMs: deps.staleAfterMs ?? PRESS_STALE_MS, signal: deadline.signal }));
  } catch (error) {
    // Nothing was posted; a claim that did land goes stale, so a press in half a minute works.
    return nothingPosted(failureReply(error, invocation, log, "share"));
  }
  if (claim.status === "posted") {
    log.info("share press repeated: already posted", { key, ts: claim.ts });
    return say("Already posted to the channel; nothing more to do.", ":white_check_mark:");
  }
  if (claim.status === "held") {
    log.info("share press repeated while the first is posting", { key });
    // Held by a press in flight, or by one that was cut short (its claim goes stale in PRESS_STALE_MS): both true.
    return say(`Already being posted by an earlier press. If it is not in the channel within ${Math.round((deps.staleAfterMs ?? PRESS_STALE_MS) / 1000)} s, press the button again.`, ":hourglass:");
  }

  const release = () =>
    claims.release(key, owner).catch((error: unknown) => {
      log.warn("could not release the press claim; it goes stale and can be pressed again then", { key, error });
      return false;
    });

  let card: SlackMessage | undefined;
  try {
    card = await deadline.race("share card", sharedCard(value, press.userId, deps.store, deps));
  } catch (error) {
    await release();
    return nothingPosted(failureReply(error, invocation, log, "share"));
  }
  if (!card) {
    await release();
    return notFoundMessage(value.id);
  }

  if (deadline.signal.aborted) {
    // Out of time before posting: say so, and that nothing went out (a post aborted now would read as "unknown").
    await release();
    return nothingPosted(failureReply(deadline.signal.reason, invocation, log, "share"));
  }
  const outcome = await postOnce(
    deps.client,
    { channel, message: card, eventType: SHARE_EVENT_TYPE, key },
    claim.takeover ? { checkFirst: true, since: claim.previousClaimAt } : {},
  );
  if (outcome.status === "posted") {
    const recorded = await claims.recordPosted(key, owner, outcome.ts, deps.now()).catch((error: unknown) => {
      // Posted all the same. The claim goes stale; a later press looks in history first and finds this post.
      log.warn("card shared but its claim could not be recorded", { key, error });
      return undefined;
    });
    log.info("card shared", { articleId: value.id, kind: value.kind, ts: outcome.ts, recovered: outcome.recovered, recorded });
    return { delete_original: true };
  }
  if (outcome.status === "not-posted") await release();
  // "unknown" keeps the claim: a press after it goes stale looks in the channel's history before posting.
  log.warn("share not posted", { articleId: value.id, status: outcome.status, error: outcome.error });
  return shareFailureMessage(outcome, ref);
}

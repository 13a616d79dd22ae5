import type { AwsEvent, AwsHandler, AwsResponse } from "@slack/bolt/dist/receivers/AwsLambdaReceiver.js";
import type { Logger as BoltLogger } from "@slack/logger";
import { LogLevel as BoltLevel } from "@slack/logger";
import { App, AwsLambdaReceiver } from "@slack/bolt";
import type { Config } from "#lib/config.ts";
import { correlationId as newCorrelationId, createLogger, type Logger } from "#lib/log.ts";
import type { ArticleStore } from "#store/store.ts";
import { decodeShareValue, notFoundMessage, notice, SHARE_ACTION, type SlackMessage } from "#slack/blocks.ts";
import { slackFailure } from "#slack/slack-errors.ts";
import { failureReply, parseCommand, runCommand, sharedCard, type CommandDeps, type Invocation } from "#slack/commands.ts";
import { registerFeedbackListeners } from "#slack/feedback-actions.ts";

export type { AwsEvent, AwsResponse };
export type SlackHandler = (event: AwsEvent, context?: unknown) => Promise<AwsResponse>;

export interface SlackAppOptions {
  store: ArticleStore;
  log?: Logger;
  now?: () => Date;
  /** Extra dependencies other modules' sub-commands need (see CommandDeps). */
  deps?: Partial<CommandDeps>;
  /**
   * Timeout of each call to Slack and to response_url (default 2,000 ms, sized for one request per Lambda
   * container). A process serving many requests at once on one event loop (the load test, `npm start`) needs more.
   */
  httpTimeoutMs?: number;
}

// Slack allows 3 s for the whole exchange; every outbound call gets well under that so a slow Slack or
// response_url turns into a logged failure, not a Lambda that hangs until its own timeout.
const HTTP_TIMEOUT_MS = 2000;

const fetchWithTimeout =
  (ms: number): typeof fetch =>
  (input, init) =>
    fetch(input, { ...init, signal: init?.signal ?? AbortSignal.timeout(ms) });

/**
 * The longest wait on a response_url's 429 before the one retry. Bolt returns the HTTP answer to Slack only when
 * the listener is done, so a longer wait would spend the 3 s deadline; past it the answer is logged as lost.
 */
const MAX_RESPOND_WAIT_MS = 1000;

/**
 * Posts an answer to a response_url, retrying once after a short Retry-After. Bolt's `respond()` throws on a 429
 * without saying how long to wait, and never retries.
 */
async function respondTo(fetchFn: typeof fetch, responseUrl: string, message: SlackMessage | { delete_original: true }): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const response = await fetchFn(responseUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(message),
    });
    if (response.ok) return;
    const waitMs = Number(response.headers.get("retry-after") ?? "1") * 1000;
    if (response.status !== 429 || attempt > 1 || !(waitMs <= MAX_RESPOND_WAIT_MS)) {
      const limited = response.status === 429 ? ` (Retry-After ${response.headers.get("retry-after") ?? "?"} s)` : "";
      throw new Error(`response_url answered HTTP ${response.status}${limited}`);
    }
    await new Promise((resolve) => setTimeout(resolve, waitMs));
  }
}

/** Bolt's logger interface over ours, so Bolt's own lines are JSON with the same fields. */
function boltLogger(log: Logger): BoltLogger {
  let level = BoltLevel.INFO;
  const text = (msg: unknown[]) => msg.map((m) => (typeof m === "string" ? m : m instanceof Error ? m.message : JSON.stringify(m))).join(" ");
  return {
    debug: (...msg: unknown[]) => (level === BoltLevel.DEBUG ? log.debug(text(msg), { source: "bolt" }) : undefined),
    info: (...msg: unknown[]) => log.info(text(msg), { source: "bolt" }),
    warn: (...msg: unknown[]) => log.warn(text(msg), { source: "bolt" }),
    error: (...msg: unknown[]) => log.error(text(msg), { source: "bolt" }),
    setLevel: (l: BoltLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}

function requestIdOf(event: AwsEvent): string | undefined {
  const context: unknown = event.requestContext;
  if (context && typeof context === "object") {
    const id = (context as { requestId?: unknown }).requestId;
    if (typeof id === "string") return id;
  }
  return undefined;
}

/** Answers the share button when the post fails for a reason the editor can do something about. */
function shareFailureMessage(code: string, retryAfter: number | undefined, correlation: string): SlackMessage {
  if (code === "not_in_channel" || code === "channel_not_found" || code === "is_archived") {
    return notice("I can't post in this channel. Invite me first (/invite @nutgraf), then press the button again.", { emoji: ":no_entry:" });
  }
  if (code === "ratelimited") {
    return notice(`Slack is asking us to slow down; press the button again in ${retryAfter ?? 1} s. (ref ${correlation})`, { emoji: ":hourglass:" });
  }
  return notice(`Couldn't post to the channel (${code}); nothing was posted. (ref ${correlation})`, { emoji: ":warning:" });
}

/**
 * The `/brief` listeners on any Bolt app: the Lambda's (below) or a Socket Mode app for `npm start` against a real
 * workspace. Every listener acks first and answers through response_url; see createSlackHandler for why.
 */
export function registerListeners(app: App, options: SlackAppOptions): void {
  const log = options.log ?? createLogger({ fields: { fn: "slack" } });
  const now = options.now ?? (() => new Date());
  const fetchFn = fetchWithTimeout(options.httpTimeoutMs ?? HTTP_TIMEOUT_MS);
  // Slack redelivers when it thinks we were too slow; the first delivery is still answering, so answer nothing.
  app.use(async (args) => {
    const { context, next } = args;
    if (context.retryNum !== undefined && context.retryNum !== null) {
      log.info("ignored retried delivery", { correlationId: context.correlationId, retryNum: context.retryNum, retryReason: context.retryReason });
      if ("ack" in args && typeof args.ack === "function") await (args.ack as () => Promise<void>)();
      return;
    }
    await next();
  });

  const depsFor = (requestLog: Logger): CommandDeps => ({ ...options.deps, store: options.store, log: requestLog, now });

  // Any command name: the manifest says /brief, but a workspace may have to rename it to avoid a clash.
  app.command(/.*/, async ({ ack, command, context }) => {
    await ack();
    const started = performance.now();
    const correlation = String(context.correlationId ?? newCorrelationId());
    const parsed = parseCommand(command.text);
    const requestLog = log.child({ correlationId: correlation, requestId: context.requestId, user: command.user_id, channel: command.channel_id });
    const invocation: Invocation = { userId: command.user_id, channelId: command.channel_id, teamId: command.team_id, correlationId: correlation };
    const reply = await runCommand(command.text, invocation, depsFor(requestLog));
    try {
      await respondTo(fetchFn, command.response_url, { ...reply, response_type: reply.response_type ?? "ephemeral" });
      requestLog.info("command answered", { command: parsed.kind === "sub" ? parsed.name : parsed.kind, ms: Math.round(performance.now() - started) });
    } catch (error) {
      requestLog.error("could not answer command via response_url", { error });
    }
  });

  app.action(SHARE_ACTION, async ({ ack, body, action, client, context }) => {
    await ack();
    const correlation = String(context.correlationId ?? newCorrelationId());
    const userId = body.user.id;
    const channel = body.channel?.id ?? (body as { container?: { channel_id?: string } }).container?.channel_id;
    const requestLog = log.child({ correlationId: correlation, requestId: context.requestId, user: userId, channel });
    const invocation: Invocation = { userId, channelId: channel ?? "", correlationId: correlation };
    const value = decodeShareValue("value" in action && typeof action.value === "string" ? action.value : undefined);
    let answer: SlackMessage | undefined;
    try {
      if (!value || !channel) {
        answer = notice("That button no longer works; run the command again.", { emoji: ":grey_question:" });
      } else {
        const card = await sharedCard(value, userId, options.store, options.deps);
        if (!card) answer = notFoundMessage(value.id);
        else {
          try {
            const posted = await client.chat.postMessage({ channel, text: card.text, blocks: card.blocks });
            requestLog.info("card shared", { articleId: value.id, kind: value.kind, ts: posted.ts });
          } catch (error) {
            const failure = slackFailure(error);
            const code = failure.kind === "rate" ? "ratelimited" : failure.error;
            const retryAfter = failure.kind === "rate" ? failure.retryAfter : undefined;
            requestLog.warn("share failed", { articleId: value.id, code, retryAfter });
            answer = shareFailureMessage(code, retryAfter, correlation);
          }
        }
      }
    } catch (error) {
      answer = failureReply(error, invocation, requestLog, "share");
    }
    try {
      // Posted: the ephemeral copy goes. Not posted: it stays, and the reason appears under it.
      await respondTo(fetchFn, body.response_url, answer ? { ...answer, response_type: "ephemeral", replace_original: false } : { delete_original: true });
    } catch (error) {
      requestLog.error("could not answer button via response_url", { error });
    }
  });

  registerFeedbackListeners(app, { store: options.store, feedback: options.deps?.feedback, log }, (url, message) => respondTo(fetchFn, url, message));

  app.error(async (error) => {
    // Listeners answer their own failures; this only sees Bolt's (and must not rethrow, or the receiver says 500).
    log.error("unhandled error in Slack app", { error });
  });

}

/**
 * The `/brief` Slack app as a Lambda handler (Function URL or API Gateway v2 event).
 *
 * Why `ack()` first and `respond()` after, rather than `ack(answer)`: Bolt 5's AwsLambdaReceiver has no
 * processBeforeResponse — it returns the HTTP response only when the listener has finished, and the Lambda freezes
 * once it returns, so nothing may run "after" the response. Both styles therefore answer within the one
 * invocation. `respond()` posts to response_url, which stays valid for 30 minutes: an answer that is late (a cold
 * start plus a slow archive) still reaches the editor, where a late `ack(answer)` would be lost to Slack's
 * "operation_timeout". It also gives one path for every answer (commands, button presses, errors), which is what the
 * local page and the tests observe. The cost is one extra HTTPS round trip inside the 3 s.
 */
export function createSlackHandler(config: Config, options: SlackAppOptions): SlackHandler {
  const log = options.log ?? createLogger({ fields: { fn: "slack" } });
  const now = options.now ?? (() => new Date());
  const httpTimeoutMs = options.httpTimeoutMs ?? HTTP_TIMEOUT_MS;
  const receiver = new AwsLambdaReceiver({
    signingSecret: config.slackSigningSecret,
    logger: boltLogger(log),
    customPropertiesExtractor: (event) => {
      const requestId = requestIdOf(event);
      return { correlationId: newCorrelationId(requestId?.replace(/[^A-Za-z0-9]/g, "").slice(0, 8)), requestId: requestId ?? "" };
    },
    invalidRequestSignatureHandler: ({ ts }) => log.warn("rejected request: bad or stale signature", { requestTimestamp: ts }),
  });
  const app = new App({
    receiver,
    logger: boltLogger(log),
    // A single-workspace bot: the token is known, so skip auth.test on every cold start (a round trip to Slack).
    authorize: async () => ({ botToken: config.slackBotToken }),
    clientOptions: {
      ...(config.slackApiUrl ? { slackApiUrl: config.slackApiUrl } : {}),
      // The default policy retries for ~30 minutes; a Lambda answering a button has about two seconds.
      retryConfig: { retries: 2, factor: 2, minTimeout: 100, maxTimeout: 400, maxRetryTime: 1500 },
      // A 429 would make the client sleep for Retry-After; tell the editor when to try again instead.
      rejectRateLimitedCalls: true,
      timeout: httpTimeoutMs,
      fetch: fetchWithTimeout(httpTimeoutMs),
    },
  });

  registerListeners(app, { ...options, log, now });

  const handler: AwsHandler = receiver.toHandler();
  return (event, context) => handler(event, context ?? {});
}

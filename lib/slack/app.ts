import type { AwsEvent, AwsHandler, AwsResponse } from "@slack/bolt/dist/receivers/AwsLambdaReceiver.js";
import type { Logger as BoltLogger } from "@slack/logger";
import { LogLevel as BoltLevel } from "@slack/logger";
import { App, AwsLambdaReceiver, type Context, type SlashCommand } from "@slack/bolt";
import { WebClient, type WebClientOptions } from "@slack/web-api";
import { dynamoClientFromConfig, type Config } from "#lib/config.ts";
import { correlationId as newCorrelationId, createLogger, type Logger } from "#lib/log.ts";
import { BriefReader } from "#lib/briefs.ts";
import type { BriefAlgorithm } from "#brief/algorithm.ts";
import type { ArticleStore } from "#store/store.ts";
import { busyMessage, SHARE_ACTION, type SlackMessage } from "#slack/blocks.ts";
import { parseCommand, runCommand, type CommandDeps, type Invocation } from "#slack/commands.ts";
import { typedText } from "#slack/typed-text.ts";
import { deadlineIn, fetchWithin, type Deadline } from "#slack/deadline.ts";
import type { PressClaimStore } from "#store/press-claims.ts";
import { nothingPosted, sharePress } from "#slack/share.ts";
import { header, isSslCheck, rawBodyOf, readableBody, verifySlackSignature } from "#slack/verify.ts";
import { DynamoPressClaims } from "#store/dynamo-press-claims.ts";
import { registerFeedbackListeners } from "#slack/feedback-actions.ts";
import { settleUnanswered } from "#slack/unanswered.ts";
import { AnswerNotDelivered, respondTo, responseUrlFetch } from "#slack/respond.ts";

export type { AwsEvent, AwsResponse };
export type SlackHandler = (event: AwsEvent, context?: unknown) => Promise<AwsResponse>;

export interface SlackAppOptions {
  store: ArticleStore;
  /** Share-button claims; createSlackHandler defaults to the article table's. */
  claims?: PressClaimStore;
  log?: Logger;
  now?: () => Date;
  /** Extra dependencies other modules' sub-commands need (see CommandDeps). */
  deps?: Partial<CommandDeps>;
  /**
   * Timeout of each call to Slack and to response_url (default 1,000 ms, sized for one request per Lambda
   * container). A process serving many requests at once on one event loop (the load test, `npm start`) needs more.
   */
  httpTimeoutMs?: number;
  /**
   * The request's deadline for its own work (archive reads, the share post), from the start of the listener
   * (default 1,800 ms): what is left of Slack's 3 s is for the answer's own trip to response_url.
   */
  deadlineMs?: number;
  /**
   * Requests this process works on at once before it answers "busy, try again" without touching the archive
   * (default 100). A Lambda container serves one request at a time, so this only bites when one process serves many
   * (`npm start`, the bench): queueing them all would make every answer late instead of some of them "busy".
   */
  maxInFlight?: number;
  /** Seconds since the epoch for signature checks (tests pin it); the wall clock by default. */
  signatureClock?: () => number;
  /** How old an unsettled share claim must be before a new press may take it over (default 30 s; tests shorten it). */
  pressStaleAfterMs?: number;
  /** How late a timer may fire before this process calls itself overloaded (default 250 ms; see deadline.ts). */
  overloadLagMs?: number;
  /** The brief algorithm this deployment runs (default: the built one); tests run two side by side, as in a rollout. */
  briefAlgorithm?: BriefAlgorithm;
}

const HTTP_TIMEOUT_MS = 1000;
const DEADLINE_MS = 1800;
const MAX_IN_FLIGHT = 100;

/**
 * The Web API client for one request. `retries: 0`: chat.postMessage is never retried blindly (a lost answer is
 * resolved by looking in history, see post-once.ts); a 429 comes back to us instead of pausing the queue; every
 * call stops at the request's deadline or `httpTimeoutMs`, whichever is first.
 */
export function requestWebClient(token: string, slackApiUrl: string | undefined, httpTimeoutMs: number, deadline?: Deadline): WebClient {
  const options: WebClientOptions = {
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    fetch: fetchWithin(httpTimeoutMs, deadline),
  };
  if (slackApiUrl) options.slackApiUrl = slackApiUrl;
  return new WebClient(token, options);
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

export interface ListenerOptions extends SlackAppOptions {
  claims: PressClaimStore;
  /** For the share button's own client (Bolt's shared client cannot carry one request's deadline). */
  botToken: string;
  slackApiUrl?: string;
}

/**
 * The `/brief` listeners on any Bolt app: the Lambda's (below) or a Socket Mode app for `npm start` against a real
 * workspace. Every listener acks first and answers through response_url; see createSlackHandler for why.
 */
export function registerListeners(app: App, options: ListenerOptions): void {
  const log = options.log ?? createLogger({ fields: { fn: "slack" } });
  const now = options.now ?? (() => new Date());
  const httpTimeoutMs = options.httpTimeoutMs ?? HTTP_TIMEOUT_MS;
  const deadlineMs = options.deadlineMs ?? DEADLINE_MS;
  const maxInFlight = options.maxInFlight ?? MAX_IN_FLIGHT;
  // The answer's trip to response_url gets its own timeout, not the work's deadline (respond.ts says why).
  const respondFetch = responseUrlFetch(httpTimeoutMs);
  let inFlight = 0;
  // Slack redelivers events it thinks were too slow; it never redelivers slash commands or button presses (their
  // duplicates are replays and double presses, handled by the share claim), so this is only a guard.
  app.use(async (args) => {
    const { context, next } = args;
    if (context.retryNum !== undefined && context.retryNum !== null) {
      log.info("ignored retried delivery", { correlationId: context.correlationId, retryNum: context.retryNum, retryReason: context.retryReason });
      if ("ack" in args && typeof args.ack === "function") await (args.ack as () => Promise<void>)();
      return;
    }
    await next();
  });

  const depsFor = (requestLog: Logger, deadline: Deadline): CommandDeps & { briefs: BriefReader } => ({
    ...options.deps,
    store: options.store,
    log: requestLog,
    now,
    deadline,
    // Its write-backs end with the request's deadline: Bolt returns the HTTP response (the ack) only when the
    // listener is done, so a slow table must not hold it past Slack's 3 s for a brief that is only a cache.
    briefs: new BriefReader(options.store, requestLog, options.briefAlgorithm, { signal: deadline.signal }),
  });

  /** Runs one request's work, or answers "busy" at once when this process already has too many. */
  const admitted = async <T>(busy: () => T, work: () => Promise<T>): Promise<T> => {
    if (inFlight >= maxInFlight) return busy();
    inFlight++;
    try {
      return await work();
    } finally {
      inFlight--;
    }
  };

  // Any command name: the manifest says /brief, but a workspace may have to rename it to avoid a clash.
  // Acked last, not first: on Lambda the HTTP answer leaves only when the listener returns either way, and an answer
  // response_url did not take (a 5xx twice, a retry with no time left inside Slack's 3 s, a used-up url) goes in the
  // ack's body instead, which Slack shows as the command's reply: a second copy at worst, never silence. Not after a
  // timeout: Slack may be holding that answer, and it still shows when it lands.
  app.command(/.*/, async ({ ack, command, context }) => {
    let inBand: SlackMessage | undefined;
    try {
      inBand = await answerCommand(command, context);
    } finally {
      await ack(inBand);
    }
  });

  async function answerCommand(command: SlashCommand, context: Context): Promise<SlackMessage | undefined> {
    const started = performance.now();
    const deadline = deadlineIn(deadlineMs, options.overloadLagMs, () => inFlight);
    const correlation = String(context.correlationId ?? newCorrelationId());
    const text = typedText(command.text);
    const parsed = parseCommand(text);
    const requestLog = log.child({ correlationId: correlation, requestId: context.requestId, user: command.user_id, channel: command.channel_id });
    const invocation: Invocation = { userId: command.user_id, channelId: command.channel_id, teamId: command.team_id, correlationId: correlation };
    const deps = depsFor(requestLog, deadline);
    const reply = await admitted(
      () => {
        requestLog.warn("overloaded: answered busy without running", { inFlight });
        return busyMessage(correlation);
      },
      () => runCommand(text, invocation, deps),
    );
    const answer = { ...reply, response_type: reply.response_type ?? "ephemeral" };
    let answeredMs: number | undefined;
    let inBand: SlackMessage | undefined;
    try {
      await respondTo(respondFetch, command.response_url, answer, { answerBy: deadline.answerBy(httpTimeoutMs) });
      answeredMs = Math.round(performance.now() - started);
    } catch (error) {
      inBand = error instanceof AnswerNotDelivered && error.mayHaveLanded ? undefined : answer;
      requestLog.error("could not answer command via response_url", { error, inAck: inBand !== undefined });
    }
    // After the answer, before the function returns (Bolt returns once the listener is done): briefs computed for
    // this command are stored for the next one, and the editor did not wait for it.
    await deps.briefs.flush();
    if (answeredMs !== undefined) requestLog.info("command answered", { command: parsed.kind === "sub" ? parsed.name : parsed.kind, ms: answeredMs, briefs: deps.briefs.counts });
    return inBand;
  }

  app.action(SHARE_ACTION, async ({ ack, body, action, context }) => {
    await ack();
    const deadline = deadlineIn(deadlineMs, options.overloadLagMs, () => inFlight);
    const correlation = String(context.correlationId ?? newCorrelationId());
    const container = (body as { container?: { channel_id?: string; message_ts?: string } }).container;
    const channel = body.channel?.id ?? container?.channel_id;
    const requestLog = log.child({ correlationId: correlation, requestId: context.requestId, user: body.user.id, channel });
    const answer = await admitted(
      () => nothingPosted(busyMessage(correlation)),
      () =>
        sharePress(
          {
            userId: body.user.id,
            channel,
            messageTs: container?.message_ts,
            value: "value" in action && typeof action.value === "string" ? action.value : undefined,
            correlationId: correlation,
          },
          {
            store: options.store,
            claims: options.claims,
            client: requestWebClient(options.botToken, options.slackApiUrl, httpTimeoutMs, deadline),
            log: requestLog,
            deadline,
            ...(options.deps?.articleUrl ? { articleUrl: options.deps.articleUrl } : {}),
            // Claim ages are real elapsed time, whatever clock `/brief digest` is given.
            now: () => new Date(),
            ...(options.pressStaleAfterMs !== undefined ? { staleAfterMs: options.pressStaleAfterMs } : {}),
          },
        ),
    );
    try {
      // Posted: the ephemeral copy goes. Not posted: it stays, and the reason appears under it.
      const message = "delete_original" in answer ? answer : { ...answer, response_type: "ephemeral" as const, replace_original: false };
      // A button's ack carries no message: an answer with no time left to retry is logged, and the post (if any) shows.
      await respondTo(respondFetch, body.response_url, message, { answerBy: deadline.answerBy(httpTimeoutMs) });
    } catch (error) {
      requestLog.error("could not answer button via response_url", { error });
    }
  });

  registerFeedbackListeners(
    app,
    { store: options.store, feedback: options.deps?.feedback, log, deadline: () => deadlineIn(deadlineMs, options.overloadLagMs, () => inFlight) },
    (url, message, deadline) => respondTo(respondFetch, url, message, { answerBy: deadline.answerBy(httpTimeoutMs) }),
  );

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
  const signatureClock = options.signatureClock ?? (() => Math.floor(Date.now() / 1000));
  const claims = options.claims ?? new DynamoPressClaims({ client: dynamoClientFromConfig(config), tableName: config.tableName });
  const receiver = new AwsLambdaReceiver({
    signingSecret: config.slackSigningSecret,
    // Checked below, before Bolt sees the request (verify.ts says why Bolt's own check is not enough).
    signatureVerification: false,
    logger: boltLogger(log),
    customPropertiesExtractor: (event) => {
      const requestId = requestIdOf(event);
      return { correlationId: newCorrelationId(requestId?.replace(/[^A-Za-z0-9]/g, "").slice(0, 8)), requestId: requestId ?? "" };
    },
  });
  const app = new App({
    receiver,
    logger: boltLogger(log),
    // A single-workspace bot: the token is known, so skip auth.test on every cold start (a round trip to Slack).
    authorize: async () => ({ botToken: config.slackBotToken }),
    // No conversation state is kept; Bolt's default in-memory store built an Error ("Conversation not found") with a
    // stack trace on every request (visible in a CPU profile of the burst bench).
    convoStore: false,
    clientOptions: {
      ...(config.slackApiUrl ? { slackApiUrl: config.slackApiUrl } : {}),
      // Never a blind retry (a retried post can post twice); the listeners use their own per-request client anyway.
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
      timeout: httpTimeoutMs,
    },
  });

  registerListeners(app, {
    ...options,
    log,
    now,
    claims,
    botToken: config.slackBotToken,
    ...(config.slackApiUrl ? { slackApiUrl: config.slackApiUrl } : {}),
  });

  const handler: AwsHandler = receiver.toHandler();
  // For the answer to a press nothing listens for (unanswered.ts), with the listeners' own timeout.
  const respondFetch = responseUrlFetch(httpTimeoutMs);
  return async (event, context) => {
    const verdict = verifySlackSignature(event, config.slackSigningSecret, signatureClock());
    if (!verdict.ok && isSslCheck(rawBodyOf(event), header(event.headers, "content-type"))) return { statusCode: 200, body: "" };
    if (!verdict.ok) {
      log.warn("rejected request: bad, stale or missing signature", { reason: verdict.reason, requestTimestamp: header(event.headers, "x-slack-request-timestamp")?.slice(0, 20) });
      return { statusCode: 401, body: "" };
    }
    const body = readableBody(verdict.rawBody, header(event.headers, "content-type"));
    if (!body.ok) {
      log.warn("rejected signed request: unreadable body", { why: body.why });
      return { statusCode: 400, body: "" };
    }
    // Bolt gets the bytes we verified, decoded as UTF-8 (it would decode base64 as ASCII), and a bare media type.
    const headers = Object.fromEntries(Object.entries(event.headers).filter(([name]) => name.toLowerCase() !== "content-type"));
    const clean = { ...event, headers: { ...headers, "content-type": body.contentType }, body: body.text, isBase64Encoded: false } as AwsEvent;
    try {
      return await settleUnanswered(await handler(clean, context ?? {}), body, (url, message) => respondTo(respondFetch, url, message), log);
    } catch (error) {
      // A listener answers its own failures; reaching here is a bug, and Slack still gets no stack trace.
      log.error("Slack request failed inside Bolt", { error });
      return { statusCode: 500, body: "" };
    }
  };
}

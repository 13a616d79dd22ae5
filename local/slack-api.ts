import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { checkSlackMessage } from "#local/block-kit.ts";

/**
 * A local stand-in for the Slack Web API and for `response_url`, answering the way Slack does (HTTP 200 with
 * `ok: false` for API errors, 429 with `Retry-After`, `invalid_blocks` / `msg_blocks_too_long` for messages over
 * Block Kit's limits, checked by local/block-kit.ts and never by the app's own builder). response_urls are only
 * those it issued, for 30 minutes and 5 uses. Faults are injectable: 5xx (before or after the message is stored),
 * slow answers, `is_archived` and friends per channel, a revoked token.
 * Tests point Bolt's client at `url` and read `calls`; `npm start`'s page renders `messages` and follows `onCall`.
 */

export interface RecordedCall {
  /** 1, 2, 3, … in arrival order. */
  seq: number;
  kind: "api" | "response_url";
  /** `chat.postMessage`, `auth.test`, …, or `response_url`. */
  method: string;
  /** The id given to `responseUrl(id)`, for response_url calls. */
  responseUrlId?: string;
  /** Whether a token came with the call (never the token itself: recordings end up in test output). */
  authenticated: boolean;
  /** The request, parsed: form fields and JSON alike, with `blocks` decoded from their JSON string. */
  body: Record<string, unknown>;
  /** What the stand-in answered. */
  status: number;
  response: Record<string, unknown>;
  /** The message this call created or changed, if any. */
  ts?: string;
}

/** A message as the channel view shows it. */
export interface ChannelMessage {
  ts: string;
  channel: string;
  text: string;
  blocks: unknown[];
  /** Set for messages only one user sees (chat.postEphemeral, ephemeral response_url answers). */
  ephemeralTo?: string;
  via: "chat.postMessage" | "chat.postEphemeral" | "response_url";
  /** The call that created or last changed it. */
  seq: number;
  /** Message metadata (`event_type`, `event_payload`), as chat.postMessage was given it. */
  metadata?: unknown;
}

/** Where a response_url's answers go: the channel and user of the command or action, and the message it came from. */
export interface ResponseTarget {
  channel?: string;
  user?: string;
  /** The message a button was pressed in: `replace_original`/`delete_original` act on it. */
  messageTs?: string;
}

export interface SlackApiOptions {
  /** When set, API calls must carry this bot token (`Authorization: Bearer …`), else `invalid_auth`/`not_authed`. */
  token?: string;
  port?: number;
  host?: string;
  /** Milliseconds since the epoch, for response_url expiry (tests move it forward). */
  clock?: () => number;
}

/** A fault for the next calls of one method: an HTTP status instead of the answer, and/or a late answer. */
export interface InjectedFault {
  /** Answer with this HTTP status (e.g. 500) instead of Slack's answer. */
  status?: number;
  /** Answer HTTP 200 `ok: false` with this error (`invalid_blocks`, …) without doing anything. */
  error?: string;
  /** Hold the answer this long (a client with a shorter timeout sees a timeout). */
  delayMs?: number;
  /** Do the work first (store the message), then fail or delay: the client cannot tell whether it happened. */
  afterAccept?: boolean;
}

export interface SlackApi {
  /** Base URL ending in `/api/`, for `clientOptions.slackApiUrl`. */
  url: string;
  /** A response_url that records its calls under `id`; `target` says where its answers appear. */
  responseUrl(id: string, target?: ResponseTarget): string;
  calls: RecordedCall[];
  messages(channel?: string): ChannelMessage[];
  callsSince(seq: number): RecordedCall[];
  /** Told of every call as it is answered; returns the unsubscribe function. */
  onCall(listener: (call: RecordedCall) => void): () => void;
  /** Resolves once at least `count` calls match `filter` (default: all calls). */
  waitForCalls(count: number, filter?: (call: RecordedCall) => boolean, timeoutMs?: number): Promise<RecordedCall[]>;
  /** The next `times` calls of `method` answer 429 with `Retry-After: retryAfterSeconds`. */
  rateLimit(method: string, retryAfterSeconds: number, times?: number): void;
  /** Every post to `channel` answers `ok: false, error` (`channel_not_found`, `not_in_channel`, `is_archived`, …) until cleared. */
  failChannel(channel: string, error: string | undefined): void;
  /** Every API call answers `token_revoked` (true) until cleared (false). */
  revokeToken(revoked: boolean): void;
  /**
   * A public channel the bot is not a member of: it may still post there (chat:write.public) but not read its
   * history (`not_in_channel`) until it calls conversations.join, as with Slack's bot tokens.
   */
  notMember(channel: string): void;
  /** The next `times` calls of `method` meet `fault`. */
  inject(method: string, fault: InjectedFault, times?: number): void;
  reset(): void;
  stop(): Promise<void>;
}

const JSON_FIELDS = new Set(["blocks", "attachments", "metadata"]);
// Slack lets a response_url be used five times in 30 minutes.
const RESPONSE_URL_USES = 5;
const RESPONSE_URL_LIFETIME_MS = 30 * 60_000;

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (raw === "") return {};
  if (contentType?.includes("application/json")) {
    const value: unknown = JSON.parse(raw);
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  }
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    if (JSON_FIELDS.has(key)) {
      try {
        out[key] = JSON.parse(value);
        continue;
      } catch {
        // Slack would answer invalid_blocks_format; keep the raw string so the check below reports it.
      }
    }
    out[key] = value;
  }
  return out;
}

function messageProblem(body: Record<string, unknown>): { error: string; messages: string[] } | undefined {
  const verdict = checkSlackMessage(body);
  if (!verdict.error) return undefined;
  // Slack explains only block problems in response_metadata; a missing text is just its error code.
  return { error: verdict.error, messages: verdict.error === "invalid_blocks" || verdict.error === "msg_blocks_too_long" ? verdict.problems : [] };
}

/** Slack explains invalid_blocks in response_metadata.messages, and says nothing there for plain errors. */
function withMessages(response: Record<string, unknown>, messages: string[]): Record<string, unknown> {
  return messages.length > 0 ? { ...response, response_metadata: { messages } } : response;
}

export async function startSlackApi(options: SlackApiOptions = {}): Promise<SlackApi> {
  const calls: RecordedCall[] = [];
  let channelMessages: ChannelMessage[] = [];
  const listeners = new Set<(call: RecordedCall) => void>();
  const limits = new Map<string, { retryAfter: number; times: number }>();
  const failing = new Map<string, string>();
  const targets = new Map<string, { target: ResponseTarget; uses: number; issuedAt: number }>();
  const faults = new Map<string, { fault: InjectedFault; times: number }>();
  let revoked = false;
  const outside = new Set<string>();
  const clock = options.clock ?? (() => Date.now());
  let tsCounter = 0;
  let lastSecond = 0;
  let base = "";

  const nextTs = () => {
    tsCounter += 1;
    // Real seconds, as Slack's ts are (conversations.history's `oldest` compares them with the clock), and a
    // counter after the point so every ts is unique and ordered.
    lastSecond = Math.max(lastSecond, Math.floor(clock() / 1000));
    return `${lastSecond}.${String(tsCounter).padStart(6, "0")}`;
  };

  const record = (call: Omit<RecordedCall, "seq">): RecordedCall => {
    const full: RecordedCall = { seq: calls.length + 1, ...call };
    calls.push(full);
    for (const listener of listeners) listener(full);
    return full;
  };

  function answer(res: ServerResponse, status: number, payload: Record<string, unknown>, headers: Record<string, string> = {}) {
    res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
    res.end(JSON.stringify(payload));
  }

  /** Consumes one use of the fault injected for `method`, if any. */
  function takeFault(method: string): InjectedFault | undefined {
    const entry = faults.get(method);
    if (!entry || entry.times <= 0) return undefined;
    entry.times -= 1;
    return entry.fault;
  }

  const timers = new Set<NodeJS.Timeout>();
  function later(ms: number, run: () => void): void {
    if (ms <= 0) return run();
    const timer = setTimeout(() => {
      timers.delete(timer);
      // The client may have given up meanwhile; answering a closed socket is harmless.
      run();
    }, ms);
    timers.add(timer);
  }

  function apiCall(method: string, body: Record<string, unknown>, authHeader: string | undefined, res: ServerResponse, faulted = false) {
    const bearer = authHeader?.match(/^Bearer\s+(\S+)$/i)?.[1];
    const token = bearer ?? (typeof body.token === "string" ? body.token : undefined);
    const { token: _omit, ...recordedBody } = body;
    const fault = faulted ? undefined : takeFault(method);
    const done = (status: number, response: Record<string, unknown>, extra: Partial<RecordedCall> = {}, headers: Record<string, string> = {}) => {
      // Record before answering, so whoever awaited the API call finds it recorded.
      record({ kind: "api", method, authenticated: token !== undefined, body: recordedBody, status, response, ...extra });
      if (fault?.afterAccept) {
        // The work is done (a message stored); only the answer is lost or late.
        const reply = () => (fault.status ? answer(res, fault.status, { ok: false, error: "internal_error" }) : answer(res, status, response, headers));
        return later(fault.delayMs ?? 0, reply);
      }
      answer(res, status, response, headers);
    };
    if (fault?.error) {
      const error = fault.error;
      return later(fault.delayMs ?? 0, () => done(200, { ok: false, error }));
    }
    if (fault && !fault.afterAccept) {
      // Failed or late before Slack did anything: nothing is stored.
      const status = fault.status;
      if (status) {
        record({ kind: "api", method, authenticated: token !== undefined, body: recordedBody, status, response: { ok: false, error: "internal_error" } });
        return later(fault.delayMs ?? 0, () => answer(res, status, { ok: false, error: "internal_error" }));
      }
      return later(fault.delayMs ?? 0, () => apiCall(method, body, authHeader, res, true));
    }

    const limit = limits.get(method);
    if (limit && limit.times > 0) {
      limit.times -= 1;
      return done(429, { ok: false, error: "ratelimited" }, {}, { "retry-after": String(limit.retryAfter) });
    }
    if (!token) return done(200, { ok: false, error: "not_authed" });
    if (options.token !== undefined && token !== options.token) return done(200, { ok: false, error: "invalid_auth" });
    if (revoked) return done(200, { ok: false, error: "token_revoked" });

    switch (method) {
      case "api.test":
        return done(200, { ok: true, args: recordedBody });
      case "auth.test":
        return done(200, { ok: true, url: "https://nutgraf-local.slack.com/", team: "nutgraf (local)", user: "nutgraf", team_id: "T0LOCAL", user_id: "U0NUTGRAF", bot_id: "B0NUTGRAF", is_enterprise_install: false });
      case "chat.postMessage":
      case "chat.postEphemeral":
      case "chat.update": {
        const channel = typeof body.channel === "string" ? body.channel : "";
        if (channel === "") return done(200, { ok: false, error: "channel_not_found" });
        const failure = failing.get(channel);
        if (failure) return done(200, { ok: false, error: failure });
        if (method === "chat.postEphemeral" && typeof body.user !== "string") return done(200, { ok: false, error: "user_not_in_channel" });
        const problem = messageProblem(body);
        if (problem) return done(200, withMessages({ ok: false, error: problem.error }, problem.messages));
        const text = typeof body.text === "string" ? body.text : "";
        const blocks = Array.isArray(body.blocks) ? body.blocks : [];
        if (method === "chat.update") {
          const existing = channelMessages.find((m) => m.channel === channel && m.ts === body.ts);
          if (!existing) return done(200, { ok: false, error: "message_not_found" });
          existing.text = text;
          existing.blocks = blocks;
          existing.seq = calls.length + 1;
          return done(200, { ok: true, channel, ts: existing.ts, text }, { ts: existing.ts });
        }
        const ts = nextTs();
        const message: ChannelMessage = { ts, channel, text, blocks, via: method, seq: calls.length + 1 };
        if (method === "chat.postEphemeral") message.ephemeralTo = String(body.user);
        else if (body.metadata !== undefined) message.metadata = body.metadata;
        channelMessages.push(message);
        if (method === "chat.postEphemeral") return done(200, { ok: true, message_ts: ts }, { ts });
        return done(200, { ok: true, channel, ts, message: { type: "message", text, blocks, ts, bot_id: "B0NUTGRAF" } }, { ts });
      }
      case "conversations.join": {
        const channel = typeof body.channel === "string" ? body.channel : "";
        if (channel === "") return done(200, { ok: false, error: "channel_not_found" });
        const failure = failing.get(channel);
        if (failure) return done(200, { ok: false, error: failure === "not_in_channel" ? "method_not_supported_for_channel_type" : failure });
        outside.delete(channel);
        return done(200, { ok: true, channel: { id: channel, is_member: true } });
      }
      case "conversations.history": {
        const channel = typeof body.channel === "string" ? body.channel : "";
        if (channel === "") return done(200, { ok: false, error: "channel_not_found" });
        const failure = failing.get(channel);
        if (failure) return done(200, { ok: false, error: failure });
        if (outside.has(channel)) return done(200, { ok: false, error: "not_in_channel" });
        const oldest = Number(body.oldest ?? 0);
        // Slack's `latest`: only messages before it (default now), as `oldest` keeps only those after it.
        const latest = body.latest === undefined ? Infinity : Number(body.latest);
        const limit = Math.min(Math.max(Number(body.limit ?? 100) || 100, 1), 999);
        const start = Number(body.cursor ?? 0) || 0;
        const withMetadata = body.include_all_metadata === true || body.include_all_metadata === "true";
        // Newest first, channel-visible messages only, as Slack returns them.
        const visible = channelMessages
          .filter((m) => m.channel === channel && m.ephemeralTo === undefined && Number(m.ts) > oldest && Number(m.ts) < latest)
          .sort((a, b) => Number(b.ts) - Number(a.ts));
        const page = visible.slice(start, start + limit).map((m) => ({
          type: "message",
          ts: m.ts,
          text: m.text,
          bot_id: "B0NUTGRAF",
          ...(withMetadata && m.metadata !== undefined ? { metadata: m.metadata } : {}),
        }));
        const more = start + limit < visible.length;
        return done(200, { ok: true, messages: page, has_more: more, response_metadata: { next_cursor: more ? String(start + limit) : "" } });
      }
      case "chat.delete": {
        const before = channelMessages.length;
        channelMessages = channelMessages.filter((m) => !(m.channel === body.channel && m.ts === body.ts));
        if (channelMessages.length === before) return done(200, { ok: false, error: "message_not_found" });
        return done(200, { ok: true, channel: body.channel, ts: body.ts });
      }
      default:
        return done(200, { ok: false, error: "unknown_method" });
    }
  }

  function responseUrlCall(id: string, body: Record<string, unknown>, res: ServerResponse, faulted = false) {
    const done = (status: number, response: Record<string, unknown>, ts?: string) => {
      record({ kind: "response_url", method: "response_url", responseUrlId: id, authenticated: false, body, status, response, ...(ts ? { ts } : {}) });
      answer(res, status, response);
    };
    // `inject("response_url", …)`: a 5xx, or a late answer, for the next posts to any response_url.
    const fault = faulted ? undefined : takeFault("response_url");
    if (fault?.status) {
      const status = fault.status;
      return later(fault.delayMs ?? 0, () => done(status, { ok: false, error: "internal_error" }));
    }
    if (fault?.delayMs) return later(fault.delayMs, () => responseUrlCall(id, body, res, true));
    const entry = targets.get(id);
    // Slack answers 404 for a response_url it never issued, or one past its 30 minutes.
    if (!entry) return done(404, { ok: false, error: "no_such_url" });
    if (clock() - entry.issuedAt > RESPONSE_URL_LIFETIME_MS) return done(404, { ok: false, error: "expired_url" });
    const limit = limits.get("response_url");
    if (limit && limit.times > 0) {
      limit.times -= 1;
      record({ kind: "response_url", method: "response_url", responseUrlId: id, authenticated: false, body, status: 429, response: { ok: false, error: "ratelimited" } });
      return answer(res, 429, { ok: false, error: "ratelimited" }, { "retry-after": String(limit.retryAfter) });
    }
    if (entry.uses >= RESPONSE_URL_USES) return done(404, { ok: false, error: "used_url" });
    entry.uses += 1;
    const { channel = "C0LOCAL", user, messageTs } = entry.target;
    if (body.delete_original === true) {
      if (messageTs) channelMessages = channelMessages.filter((m) => !(m.channel === channel && m.ts === messageTs));
      return done(200, { ok: true });
    }
    const problem = messageProblem(body);
    if (problem) return done(400, withMessages({ ok: false, error: problem.error }, problem.messages));
    const text = typeof body.text === "string" ? body.text : "";
    const blocks = Array.isArray(body.blocks) ? body.blocks : [];
    const seq = calls.length + 1;
    if (body.replace_original === true && messageTs) {
      const existing = channelMessages.find((m) => m.channel === channel && m.ts === messageTs);
      if (existing) {
        Object.assign(existing, { text, blocks, seq });
        return done(200, { ok: true }, existing.ts);
      }
    }
    const ts = nextTs();
    const message: ChannelMessage = { ts, channel, text, blocks, via: "response_url", seq };
    // Slash-command answers are ephemeral unless they say in_channel, as in Slack.
    if (body.response_type !== "in_channel" && user) message.ephemeralTo = user;
    channelMessages.push(message);
    return done(200, { ok: true }, ts);
  }

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? "/", "http://localhost");
      if (req.method === "GET" && url.pathname === "/_calls") {
        return answer(res, 200, { calls: calls.filter((c) => c.seq > Number(url.searchParams.get("since") ?? 0)) });
      }
      if (req.method === "GET" && url.pathname === "/_messages") {
        const channel = url.searchParams.get("channel") ?? undefined;
        return answer(res, 200, { messages: channelMessages.filter((m) => channel === undefined || m.channel === channel) });
      }
      if (req.method !== "POST") return answer(res, 405, { ok: false, error: "method_not_allowed" });
      let body: Record<string, unknown>;
      try {
        body = parseBody(await readBody(req), req.headers["content-type"]);
      } catch {
        return answer(res, 400, { ok: false, error: "invalid_json" });
      }
      const api = url.pathname.match(/^\/api\/([A-Za-z.]+)$/);
      if (api?.[1]) return apiCall(api[1], body, req.headers.authorization, res);
      const hook = url.pathname.match(/^\/response\/([A-Za-z0-9_.-]+)$/);
      if (hook?.[1]) return responseUrlCall(hook[1], body, res);
      return answer(res, 404, { ok: false, error: "not_found" });
    })().catch((error: unknown) => {
      if (!res.headersSent) answer(res, 500, { ok: false, error: "internal_error", detail: String(error) });
    });
  });
  // Hundreds of concurrent posts in the load test; keep-alive sockets from fetch are reused.
  server.maxConnections = 10_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve());
  });
  const address = server.address() as AddressInfo;
  base = `http://${options.host ?? "127.0.0.1"}:${address.port}`;

  return {
    url: `${base}/api/`,
    responseUrl(id, target = {}) {
      const entry = targets.get(id);
      if (entry) entry.target = { ...entry.target, ...target };
      else targets.set(id, { target, uses: 0, issuedAt: clock() });
      return `${base}/response/${encodeURIComponent(id)}`;
    },
    calls,
    messages: (channel) => channelMessages.filter((m) => channel === undefined || m.channel === channel),
    callsSince: (seq) => calls.filter((c) => c.seq > seq),
    onCall(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    waitForCalls(count, filter = () => true, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const matching = calls.filter(filter);
          if (matching.length >= count) {
            clearTimeout(timer);
            listeners.delete(check);
            resolve(matching);
          }
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`waited for ${count} Slack calls, saw ${calls.filter(filter).length}`));
        }, timeoutMs);
        listeners.add(check);
        check();
      });
    },
    rateLimit(method, retryAfterSeconds, times = 1) {
      limits.set(method, { retryAfter: retryAfterSeconds, times });
    },
    failChannel(channel, error) {
      if (error === undefined) failing.delete(channel);
      else failing.set(channel, error);
    },
    revokeToken(value) {
      revoked = value;
    },
    notMember(channel) {
      outside.add(channel);
    },
    inject(method, fault, times = 1) {
      faults.set(method, { fault, times });
    },
    reset() {
      calls.length = 0;
      channelMessages = [];
      limits.clear();
      failing.clear();
      targets.clear();
      faults.clear();
      outside.clear();
      revoked = false;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        listeners.clear();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}


import { randomBytes, randomUUID } from "node:crypto";
import { slackSignature } from "#local/slack-signature.ts";
import { readFile } from "node:fs/promises";
import { seedStore } from "#store/seed.ts";
import type { SeedReport } from "#store/seed.ts";
import { createServer } from "node:http";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { APIGatewayProxyEventV2, Context } from "aws-lambda";
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { transform } from "esbuild";
import { createDynamoClient } from "#store/dynamo-client.ts";
import { startLocalDynamo } from "#store/local-dynamo.ts";
import type { LocalDynamo } from "#store/local-dynamo.ts";
import { ensureTable } from "#store/table.ts";
import { DynamoSubscriptionStore } from "#store/dynamo-subscriptions.ts";
import { nextSlot } from "#digest/digest.ts";
import { handler as digestHandler } from "#functions/digest.ts";
import type { DigestRunReport } from "#functions/digest.ts";
import { handler as slackHandler } from "#functions/slack.ts";
import { DynamoArticleStore } from "#store/dynamo-store.ts";
import { startSlackApi } from "#local/slack-api.ts";
import { Workspace } from "#local/workspace.ts";
import type { Identity } from "#local/workspace.ts";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");

export interface LocalOptions {
  /** Default 3000; 0 picks a free port (tests). */
  port?: number;
  /** Default 127.0.0.1: the demo is for this machine only. */
  host?: string;
  /** Keep the articles on disk here between runs; in memory when absent. */
  dataDir?: string;
  engine?: "dynalite" | "dynamodb-local";
  /** Articles loaded at start (default `seeds/`). */
  seedsDir?: string;
  tableName?: string;
  /**
   * Slack drops a slash command's answer and shows "operation_timeout" when the HTTP response takes longer than
   * this (3 s, as in Slack). The page shows the same, so a slow handler is seen before it is deployed.
   */
  slackDeadlineMs?: number;
  /** Progress lines while starting (default: none). */
  log?: (line: string) => void;
}

export interface LocalApp {
  /** The page, e.g. `http://localhost:3000/`. */
  url: string;
  /** The Function-URL-shaped endpoint Slack would call. */
  functionUrl: string;
  dynamoEndpoint: string;
  slackApiUrl: string;
  tableName: string;
  seeded: SeedReport;
  workspace: Workspace;
  stop(): Promise<void>;
}

/** What a Function URL returns to the caller, whatever shape the handler answered with. */
interface HttpAnswer {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

// The ids the Slack stand-in answers auth.test with, so the bot and the page agree on who is who.
const IDENTITY: Identity = {
  team: { id: "T0LOCAL", domain: "nutgraf-local" },
  user: { id: "U0EDITOR", name: "editor" },
  channel: { id: "C0LOCAL", name: "newsroom" },
  bot: { id: "U0NUTGRAF", botId: "B0NUTGRAF", name: "nutgraf" },
  appId: "A0NUTGRAF",
};

export { slackSignature };

// Function URLs hand text and JSON bodies over as they are and base64-encode everything else, form posts included.
function isTextual(contentType: string): boolean {
  return /^(text\/|application\/(json|javascript|xml)|[^;]*\+(json|xml))/i.test(contentType);
}

/** The event AWS builds for a Lambda Function URL (payload format 2.0) from one HTTP request. */
export function functionUrlEvent(request: IncomingMessage, rawBody: Buffer, now: Date = new Date()): APIGatewayProxyEventV2 {
  const url = new URL(request.url ?? "/", "http://localhost");
  const headers: Record<string, string> = {};
  const cookies: string[] = [];
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    if (name === "cookie") cookies.push(...String(value).split(/;\s*/));
    else headers[name.toLowerCase()] = Array.isArray(value) ? value.join(",") : value;
  }
  const query: Record<string, string> = {};
  for (const [name, value] of url.searchParams) query[name] = query[name] === undefined ? value : `${query[name]},${value}`;
  const host = headers.host ?? "localhost";
  const base64 = rawBody.length > 0 && !isTextual(headers["content-type"] ?? "");
  const event: APIGatewayProxyEventV2 = {
    version: "2.0",
    routeKey: "$default",
    rawPath: url.pathname,
    rawQueryString: url.search.replace(/^\?/, ""),
    headers,
    requestContext: {
      accountId: "anonymous",
      apiId: "nutgraf-local",
      domainName: host,
      domainPrefix: host.split(".")[0] ?? host,
      http: {
        method: request.method ?? "GET",
        path: url.pathname,
        protocol: `HTTP/${request.httpVersion}`,
        sourceIp: request.socket.remoteAddress ?? "127.0.0.1",
        userAgent: headers["user-agent"] ?? "",
      },
      requestId: randomUUID(),
      routeKey: "$default",
      stage: "$default",
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
    isBase64Encoded: base64,
  };
  if (cookies.length > 0) event.cookies = cookies;
  if (Object.keys(query).length > 0) event.queryStringParameters = query;
  if (rawBody.length > 0) event.body = base64 ? rawBody.toString("base64") : rawBody.toString("utf8");
  return event;
}

/** A Lambda context as the runtime gives one, with a real deadline. */
function lambdaContext(functionName: string, timeoutMs: number): Context {
  const deadline = Date.now() + timeoutMs;
  const requestId = randomUUID();
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName,
    functionVersion: "$LATEST",
    invokedFunctionArn: `arn:aws:lambda:us-east-1:000000000000:function:${functionName}`,
    memoryLimitInMB: "512",
    awsRequestId: requestId,
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: `local/${requestId}`,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

/** How a Function URL turns a handler's return value into an HTTP response (structured, or JSON of anything else). */
export function toHttpAnswer(result: unknown): HttpAnswer {
  if (typeof result === "object" && result !== null && "statusCode" in result) {
    const r = result as { statusCode?: unknown; headers?: Record<string, unknown>; body?: unknown; isBase64Encoded?: unknown };
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(r.headers ?? {})) headers[name.toLowerCase()] = String(value);
    const raw = typeof r.body === "string" ? r.body : "";
    const body = r.isBase64Encoded === true ? Buffer.from(raw, "base64").toString("utf8") : raw;
    return { statusCode: typeof r.statusCode === "number" ? r.statusCode : 200, headers, body };
  }
  if (result === undefined || result === null) return { statusCode: 200, headers: {}, body: "" };
  const body = typeof result === "string" ? result : JSON.stringify(result);
  return { statusCode: 200, headers: { "content-type": "application/json" }, body };
}

async function readBody(request: IncomingMessage, limit = 1024 * 1024): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > limit) throw new HttpError(413, "request body too large");
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  response.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
  response.end(body);
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const raw = (await readBody(request, 64 * 1024)).toString("utf8");
  if (raw.trim() === "") return {};
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value === "object" && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // Answered below.
  }
  throw new HttpError(400, "expected a JSON object");
}

function describeDigest(report: DigestRunReport): string {
  if (report.results.length === 0) return "nothing was due";
  return report.results
    .map((r) =>
      r.outcome === "posted"
        ? `posted ${r.slot} (${r.stories} ${r.stories === 1 ? "story" : "stories"})`
        : r.outcome === "skipped"
          ? `skipped ${r.slot}: ${r.reason}`
          : `failed ${r.slot}: ${r.reason}${r.permanent ? " (permanent)" : ", will retry"}`,
    )
    .join("; ");
}

// The handlers keep their configuration for the life of the process, as a Lambda container does, so one
// process serves one local app.
let started = false;

const STATIC: Record<string, { file: string; type: string }> = {
  "/": { file: "page/index.html", type: "text/html; charset=utf-8" },
  "/page/app.js": { file: "page/app.js", type: "text/javascript; charset=utf-8" },
  "/page/style.css": { file: "page/style.css", type: "text/css; charset=utf-8" },
};

export interface Archive {
  dynamo: LocalDynamo;
  client: DynamoDBClient;
  tableName: string;
  seeded: SeedReport;
  stop(): Promise<void>;
}

/** The embedded DynamoDB with the table created and the seeds loaded: what both the page and Socket Mode run on. */
export async function startArchive(
  options: Pick<LocalOptions, "dataDir" | "engine" | "seedsDir" | "tableName">,
  log: (line: string) => void = () => undefined,
): Promise<Archive> {
  const tableName = options.tableName ?? "nutgraf-local";
  const dynamo = await startLocalDynamo({
    engine: options.engine ?? "dynalite",
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
  });
  const client = createDynamoClient({ endpoint: dynamo.endpoint });
  const stop = async () => {
    client.destroy();
    await dynamo.stop();
  };
  try {
    log(`DynamoDB (${dynamo.engine}) on ${dynamo.endpoint}${options.dataDir ? `, data in ${options.dataDir}` : ", in memory"}`);
    await ensureTable(client, tableName);
    const seeded = await seedStore(new DynamoArticleStore({ client, tableName }), options.seedsDir ?? join(root, "seeds"));
    log(`Seeds: ${seeded.loaded.length} loaded, ${seeded.unchanged.length} unchanged, ${seeded.rejected.length} rejected`);
    for (const { file, error } of seeded.rejected) log(`  rejected ${file}: ${error}`);
    return { dynamo, client, tableName, seeded, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

export async function startLocal(options: LocalOptions = {}): Promise<LocalApp> {
  if (started) throw new Error("startLocal runs once per process: the handlers keep the first run's configuration");
  started = true;
  const log = options.log ?? (() => undefined);
  const deadlineMs = options.slackDeadlineMs ?? 3000;
  const cleanups: Array<() => Promise<void> | void> = [];
  const stopAll = async () => {
    for (const cleanup of cleanups.splice(0).reverse()) {
      try {
        await cleanup();
      } catch (error) {
        log(`stopping: ${(error as Error).message}`);
      }
    }
  };

  try {
    const archive = await startArchive(options, log);
    cleanups.push(() => archive.stop());
    const { dynamo, seeded, tableName } = archive;

    // Generated per run: the stand-in insists on this token, and only this server can sign for the handler.
    const botToken = `xoxb-local-${randomBytes(12).toString("hex")}`;
    const signingSecret = randomBytes(24).toString("hex");
    const slack = await startSlackApi({ token: botToken });
    cleanups.push(() => slack.stop());
    const workspace = new Workspace(IDENTITY, slack);
    cleanups.push(() => workspace.close());

    // The handlers read their configuration from the environment, exactly as on Lambda; only the values are local.
    const env: Record<string, string> = {
      NUTGRAF_TABLE: tableName,
      DYNAMODB_ENDPOINT: dynamo.endpoint,
      SLACK_BOT_TOKEN: botToken,
      SLACK_SIGNING_SECRET: signingSecret,
      SLACK_API_URL: slack.url,
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
    };
    const saved = new Map<string, string | undefined>();
    for (const [name, value] of Object.entries(env)) {
      saved.set(name, process.env[name]);
      process.env[name] = value;
    }
    cleanups.push(() => {
      for (const [name, value] of saved) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    });

    const subscriptions = new DynamoSubscriptionStore({ client: archive.client, tableName });
    /** The last slot "Run digest now" ran, so each press runs the next morning's digest. */
    let lastDigestAt = 0;

    let renderJs: string | undefined;
    const server: Server = createServer((request, response) => {
      route(request, response).catch((error: unknown) => {
        const status = error instanceof HttpError ? error.status : 500;
        if (status === 500) log(`local server error: ${(error as Error).stack ?? String(error)}`);
        if (!response.headersSent) sendJson(response, status, { error: (error as Error).message });
        else response.end();
      });
    });

    let baseUrl = "";
    const functionPath = "/slack/events";

    async function invokeFunctionUrl(request: IncomingMessage, response: ServerResponse): Promise<void> {
      const body = await readBody(request);
      const event = functionUrlEvent(request, body);
      let answer: HttpAnswer;
      try {
        answer = toHttpAnswer(await slackHandler(event, lambdaContext("nutgraf-slack-local", 10_000)));
      } catch (error) {
        // Lambda answers 502 when the function throws; Slack then shows the user an error.
        log(`slack handler threw: ${(error as Error).stack ?? String(error)}`);
        answer = { statusCode: 502, headers: { "content-type": "application/json" }, body: JSON.stringify({ message: "Internal Server Error" }) };
      }
      response.writeHead(answer.statusCode, answer.headers);
      response.end(answer.body);
    }

    /** Posts a signed request to the Function URL exactly as Slack's servers would, and reports what came back. */
    async function deliver(body: string): Promise<{ status: number; body: string; contentType: string; ms: number }> {
      const timestamp = String(Math.floor(Date.now() / 1000));
      const started = performance.now();
      const result = await fetch(`${baseUrl}${functionPath}`, {
        method: "POST",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          "user-agent": "Slackbot 1.0 (+https://api.slack.com/robots)",
          "x-slack-request-timestamp": timestamp,
          "x-slack-signature": slackSignature(signingSecret, timestamp, body),
        },
        body,
      });
      const text = await result.text();
      return {
        status: result.status,
        body: text,
        contentType: result.headers.get("content-type") ?? "",
        ms: Math.round(performance.now() - started),
      };
    }

    async function runCommand(text: string): Promise<Record<string, unknown>> {
      const match = /^(\/\S+)\s*([\s\S]*)$/.exec(text.trim());
      if (!match) throw new HttpError(400, "a slash command starts with /");
      const [, command = "", args = ""] = match;
      workspace.echoCommand(text.trim());
      if (command !== "/brief") {
        workspace.slackbotSays(`\`${command}\` is not a valid command. In this workspace, try \`/brief help\`.`);
        return { ok: false, status: 0 };
      }
      const form = new URLSearchParams({
        token: "local-verification-token",
        team_id: IDENTITY.team.id,
        team_domain: IDENTITY.team.domain,
        channel_id: IDENTITY.channel.id,
        channel_name: IDENTITY.channel.name,
        user_id: IDENTITY.user.id,
        user_name: IDENTITY.user.name,
        command,
        text: args,
        api_app_id: IDENTITY.appId,
        is_enterprise_install: "false",
        response_url: workspace.responseUrl(),
        trigger_id: `${Date.now()}.${randomBytes(6).toString("hex")}`,
      });
      const reply = await deliver(form.toString());
      workspace.acknowledged(reply, { deadlineMs, command });
      return { ok: reply.status === 200, status: reply.status, ackMs: reply.ms };
    }

    async function runAction(messageId: string, block: number, element: number): Promise<Record<string, unknown>> {
      const found = workspace.actionFor(messageId, block, element);
      if (!found) throw new HttpError(404, "that button is no longer there");
      const payload = {
        type: "block_actions",
        user: { id: IDENTITY.user.id, username: IDENTITY.user.name, name: IDENTITY.user.name, team_id: IDENTITY.team.id },
        api_app_id: IDENTITY.appId,
        token: "local-verification-token",
        container: {
          type: "message",
          message_ts: found.message.ts,
          channel_id: IDENTITY.channel.id,
          is_ephemeral: found.message.kind === "ephemeral",
        },
        trigger_id: `${Date.now()}.${randomBytes(6).toString("hex")}`,
        team: { id: IDENTITY.team.id, domain: IDENTITY.team.domain },
        enterprise: null,
        is_enterprise_install: false,
        channel: { id: IDENTITY.channel.id, name: IDENTITY.channel.name },
        // Slack sends the message itself only for messages everyone can see; an ephemeral one is referred to by ts.
        ...(found.message.kind === "ephemeral"
          ? {}
          : { message: { type: "message", ts: found.message.ts, text: found.message.text ?? "", blocks: found.message.blocks ?? [] } }),
        state: { values: {} },
        response_url: workspace.responseUrl(found.message.ts),
        actions: [{ ...found.action, action_ts: `${(Date.now() / 1000).toFixed(6)}` }],
      };
      const reply = await deliver(new URLSearchParams({ payload: JSON.stringify(payload) }).toString());
      workspace.acknowledged(reply, { deadlineMs, command: "button" });
      return { ok: reply.status === 200, status: reply.status, ackMs: reply.ms };
    }

    async function serveStatic(path: string, response: ServerResponse): Promise<boolean> {
      if (path === "/page/render.js") {
        // One module for the page and the unit tests: render.ts, stripped of its types.
        renderJs ??= (await transform(await readFile(join(here, "render.ts"), "utf8"), { loader: "ts", format: "esm", target: "es2022" })).code;
        response.writeHead(200, { "content-type": "text/javascript; charset=utf-8", "cache-control": "no-store" });
        response.end(renderJs);
        return true;
      }
      const entry = STATIC[path];
      if (!entry) return false;
      const content = await readFile(join(here, entry.file));
      response.writeHead(200, { "content-type": entry.type, "cache-control": "no-store" });
      response.end(content);
      return true;
    }

    async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
      const url = new URL(request.url ?? "/", "http://localhost");
      const method = request.method ?? "GET";
      if (url.pathname === functionPath) return invokeFunctionUrl(request, response);
      if (method === "GET" && (await serveStatic(url.pathname, response))) return;
      if (method === "GET" && url.pathname === "/api/state") {
        const after = Number(url.searchParams.get("after") ?? "0");
        const state = await workspace.stateAfter(Number.isFinite(after) ? after : 0, 20_000, request);
        return sendJson(response, 200, state);
      }
      if (method === "POST" && url.pathname === "/api/command") {
        const { text } = await readJson(request);
        if (typeof text !== "string" || text.trim() === "") throw new HttpError(400, "text is required");
        return sendJson(response, 200, await runCommand(text));
      }
      if (method === "POST" && url.pathname === "/api/action") {
        const { messageId, block, element } = await readJson(request);
        if (typeof messageId !== "string" || typeof block !== "number" || typeof element !== "number") {
          throw new HttpError(400, "messageId, block and element are required");
        }
        return sendJson(response, 200, await runAction(messageId, block, element));
      }
      if (method === "POST" && url.pathname === "/api/message") {
        const { text } = await readJson(request);
        if (typeof text !== "string" || text.trim() === "") throw new HttpError(400, "text is required");
        workspace.userSays(text.trim());
        return sendJson(response, 200, { ok: true });
      }
      if (method === "POST" && url.pathname === "/api/dismiss") {
        const { messageId } = await readJson(request);
        if (typeof messageId !== "string") throw new HttpError(400, "messageId is required");
        workspace.dismiss(messageId);
        return sendJson(response, 200, { ok: true });
      }
      if (method === "POST" && url.pathname === "/api/digest") {
        return sendJson(response, 200, await runDigestNow());
      }
      throw new HttpError(404, `no route for ${method} ${url.pathname}`);
    }

    /**
     * Invokes the real digest function the way an operator re-runs it (`{ now, channels }`): as of this channel's
     * next slot, so the press shows tomorrow morning's digest now. Pressing again runs the slot after that.
     * Without a subscription it is a plain cron tick at the current time, which has nothing due.
     */
    async function runDigestNow(): Promise<Record<string, unknown>> {
      const channel = IDENTITY.channel.id;
      const subscription = await subscriptions.get(channel);
      if (!subscription) {
        const report = await digestHandler({ channels: [channel] });
        return {
          ok: true,
          report,
          summary: `#${IDENTITY.channel.name} has no digest subscription (${describeDigest(report)}). Type /brief subscribe 07:00 Europe/Paris first.`,
        };
      }
      const at = nextSlot(subscription, Math.max(Date.parse(subscription.createdAt) || Date.now(), lastDigestAt + 60_000));
      lastDigestAt = at.getTime();
      const report = await digestHandler({ now: at.toISOString(), channels: [channel] });
      return { ok: true, report, summary: `Digest as of ${at.toISOString()} (${subscription.time} ${subscription.timeZone}): ${describeDigest(report)}` };
    }

    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(options.port ?? 3000, options.host ?? "127.0.0.1", () => {
        server.off("error", reject);
        resolve();
      });
    });
    const { port } = server.address() as AddressInfo;
    baseUrl = `http://127.0.0.1:${port}`;
    cleanups.push(
      () =>
        new Promise<void>((resolve) => {
          server.close(() => resolve());
          // Long polls and keep-alive sockets would otherwise hold close() open.
          server.closeAllConnections();
        }),
    );
    const host = options.host && options.host !== "127.0.0.1" ? options.host : "localhost";

    let stopping: Promise<void> | undefined;
    return {
      url: `http://${host}:${port}/`,
      functionUrl: `${baseUrl}${functionPath}`,
      dynamoEndpoint: dynamo.endpoint,
      slackApiUrl: slack.url,
      tableName,
      seeded,
      workspace,
      stop: () => (stopping ??= stopAll()),
    };
  } catch (error) {
    await stopAll();
    // Nothing reached the handlers, so a later attempt in this process may still configure them.
    started = false;
    throw error;
  }
}

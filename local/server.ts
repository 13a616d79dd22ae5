import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { transform } from "esbuild";
import { handler as slackHandler } from "#functions/slack.ts";
import { startArchive } from "#local/archive.ts";
import { runDigestNow } from "#local/digest-now.ts";
import { functionUrlEvent, lambdaContext, toHttpAnswer, type HttpAnswer } from "#local/function-url.ts";
import { HttpError, readBody, readJson, sendJson } from "#local/http.ts";
import { FEED_PATH, INGEST_PATH, localNewsroom, PARIS_ID } from "#local/newsroom.ts";
import { startSlackApi } from "#local/slack-api.ts";
import { IDENTITY, runAction, runCommand, type SlackDeliveryOptions } from "#local/slack-delivery.ts";
import { Workspace } from "#local/workspace.ts";
import type { SeedReport } from "#store/seed.ts";
import { DynamoArticleStore } from "#store/dynamo-store.ts";
import { articlePage } from "#local/article-page.ts";

const here = dirname(fileURLToPath(import.meta.url));

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
  /** Port of the embedded DynamoDB (default 0: any free one); when it is taken, a free one is used instead. */
  dynamoPort?: number;
  /**
   * The wall clock (tests pass a fixed one). The seeds are moved so the newest was filed just before it, and
   * "Run digest now" runs the slot due at it, so the demo has stories on any day.
   */
  clock?: () => Date;
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
  /** Where wires and the CMS send stories (signed with `ingestSigningSecret`), and the local feed that is polled. */
  ingestUrl: string;
  ingestSigningSecret: string;
  feedUrl: string;
  stop(): Promise<void>;
}

// The handlers keep their configuration for the life of the process, as a Lambda container does, so one
// process serves one local app.
let started = false;

const ARTICLE_PATH = "/articles/";

const STATIC: Record<string, { file: string; type: string }> = {
  "/": { file: "page/index.html", type: "text/html; charset=utf-8" },
  "/page/app.js": { file: "page/app.js", type: "text/javascript; charset=utf-8" },
  "/page/style.css": { file: "page/style.css", type: "text/css; charset=utf-8" },
};

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
    const clock = options.clock ?? (() => new Date());
    const archive = await startArchive({ ...options, seedsBefore: clock() }, log);
    cleanups.push(() => archive.stop());
    const { dynamo, seeded, tableName } = archive;

    // Generated per run: the stand-in insists on this token, and only this server can sign for the handler.
    const botToken = `xoxb-local-${randomBytes(12).toString("hex")}`;
    const signingSecret = randomBytes(24).toString("hex");
    const slack = await startSlackApi({ token: botToken });
    cleanups.push(() => slack.stop());
    const newsroom = localNewsroom(log, clock);
    const workspace = new Workspace(IDENTITY, slack);
    cleanups.push(() => workspace.close());

    // The handlers read their configuration from the environment, exactly as on Lambda; only the values are local.
    const env: Record<string, string> = {
      NUTGRAF_TABLE: tableName,
      DYNAMODB_ENDPOINT: dynamo.endpoint,
      SLACK_BOT_TOKEN: botToken,
      SLACK_SIGNING_SECRET: signingSecret,
      SLACK_API_URL: slack.url,
      INGEST_SIGNING_SECRET: newsroom.signingSecret,
      // Set once the port is known (newsroom.demo); listed here so stopping restores the caller's value.
      NUTGRAF_FEEDS: "",
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
    const delivery: SlackDeliveryOptions = { functionUrl: () => `${baseUrl}${functionPath}`, signingSecret, workspace, deadlineMs };

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

    // Stored stories as pages: where a bullet's "in story" link goes when the story has no url of its own.
    const articles = new DynamoArticleStore({ client: archive.client, tableName });
    async function serveArticle(id: string, response: ServerResponse): Promise<void> {
      const article = /^[A-Za-z0-9_.-]{1,64}$/.test(id) ? await articles.get(id) : undefined;
      if (!article) throw new HttpError(404, `no story ${id}`);
      response.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
      response.end(articlePage(article));
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
      if (await newsroom.route(request, response, url.pathname)) return;
      if (method === "GET" && (await serveStatic(url.pathname, response))) return;
      if (method === "GET" && url.pathname === "/api/state") {
        const after = Number(url.searchParams.get("after") ?? "0");
        const state = await workspace.stateAfter(Number.isFinite(after) ? after : 0, 20_000, request);
        return sendJson(response, 200, state);
      }
      if (method === "POST" && url.pathname === "/api/command") {
        const { text } = await readJson(request);
        if (typeof text !== "string" || text.trim() === "") throw new HttpError(400, "text is required");
        return sendJson(response, 200, await runCommand(delivery, text));
      }
      if (method === "POST" && url.pathname === "/api/action") {
        const { messageId, block, element } = await readJson(request);
        if (typeof messageId !== "string" || typeof block !== "number" || typeof element !== "number") {
          throw new HttpError(400, "messageId, block and element are required");
        }
        return sendJson(response, 200, await runAction(delivery, messageId, block, element));
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
        return sendJson(response, 200, { ok: true, ...(await runDigestNow(IDENTITY.channel, clock())) });
      }
      if (method === "GET" && url.pathname.startsWith(ARTICLE_PATH)) return serveArticle(decodeURIComponent(url.pathname.slice(ARTICLE_PATH.length)), response);
      throw new HttpError(404, `no route for ${method} ${url.pathname}`);
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
    // Known only now that the port is: the Slack handler reads it on its first request, as it reads the rest.
    saved.set("NUTGRAF_ARTICLE_URL", process.env.NUTGRAF_ARTICLE_URL);
    process.env.NUTGRAF_ARTICLE_URL = `${baseUrl}${ARTICLE_PATH}{id}`;
    cleanups.push(
      () =>
        new Promise<void>((resolve) => {
          server.close(() => resolve());
          // Long polls and keep-alive sockets would otherwise hold close() open.
          server.closeAllConnections();
        }),
    );
    const host = options.host && options.host !== "127.0.0.1" ? options.host : "localhost";
    const demo = await newsroom.demo(baseUrl, await new DynamoArticleStore({ client: archive.client, tableName }).get(PARIS_ID));
    if (demo.rewrite) log(`Demo: the Paris story's rewrite sent to ${INGEST_PATH}: ${demo.rewrite.status}, version ${demo.rewrite.version ?? "-"}`);
    log(`Demo: local feed ${FEED_PATH} polled: ${demo.feed}`);

    let stopping: Promise<void> | undefined;
    return {
      url: `http://${host}:${port}/`,
      functionUrl: `${baseUrl}${functionPath}`,
      dynamoEndpoint: dynamo.endpoint,
      slackApiUrl: slack.url,
      tableName,
      seeded,
      workspace,
      ingestUrl: `http://${host}:${port}${INGEST_PATH}`,
      ingestSigningSecret: newsroom.signingSecret,
      feedUrl: `http://${host}:${port}${FEED_PATH}`,
      stop: () => (stopping ??= stopAll()),
    };
  } catch (error) {
    await stopAll();
    // Nothing reached the handlers, so a later attempt in this process may still configure them.
    started = false;
    throw error;
  }
}

import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { slotInstant } from "#digest/slots.ts";
import { DynamoSubscriptionStore } from "#store/dynamo-subscriptions.ts";
import { createDynamoClient } from "#store/dynamo-client.ts";
import { main } from "#local/start.ts";
import { startArchive } from "#local/archive.ts";
import { functionUrlEvent, toHttpAnswer } from "#local/function-url.ts";
import { startLocal } from "#local/server.ts";
import { slackSignature } from "#local/slack-signature.ts";
import type { LocalApp } from "#local/server.ts";
import { startSlackApi } from "#local/slack-api.ts";
import { Workspace } from "#local/workspace.ts";
import type { PageState } from "#local/workspace.ts";

describe("Function URL plumbing", () => {
  it("signs like Slack (the example from Slack's request-verification docs)", () => {
    const body =
      "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    expect(slackSignature("8f742231b10e8888abcd99yyyzzz85a5", "1531420618", body)).toBe(
      "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503",
    );
  });

  it("builds the payload-2.0 event AWS builds, base64-encoding form bodies", async () => {
    const events: unknown[] = [];
    const server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (c: Buffer) => chunks.push(c));
      request.on("end", () => {
        events.push(functionUrlEvent(request, Buffer.concat(chunks), new Date("2026-11-25T07:00:00Z")));
        response.end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      await fetch(`${base}/slack/events?a=1&a=2`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", "X-Slack-Signature": "v0=abc", cookie: "x=1; y=2" },
        body: "text=caf%C3%A9&command=%2Fbrief",
      });
      await fetch(`${base}/json`, { method: "POST", headers: { "content-type": "application/json" }, body: '{"é":1}' });
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    const [form, json] = events as Array<Record<string, unknown> & { headers: Record<string, string>; requestContext: Record<string, unknown> }>;
    expect(form).toMatchObject({
      version: "2.0",
      routeKey: "$default",
      rawPath: "/slack/events",
      rawQueryString: "a=1&a=2",
      queryStringParameters: { a: "1,2" },
      cookies: ["x=1", "y=2"],
      isBase64Encoded: true,
    });
    expect(form?.headers["x-slack-signature"]).toBe("v0=abc");
    expect(Buffer.from(String(form?.body), "base64").toString("utf8")).toBe("text=caf%C3%A9&command=%2Fbrief");
    expect(form?.requestContext).toMatchObject({ http: { method: "POST", path: "/slack/events" }, timeEpoch: Date.parse("2026-11-25T07:00:00Z") });
    expect(json).toMatchObject({ isBase64Encoded: false, body: '{"é":1}' });
  });

  it("turns what a handler returns into the HTTP answer a Function URL gives", () => {
    expect(toHttpAnswer({ statusCode: 401, headers: { "X-A": 1 }, body: "" })).toEqual({ statusCode: 401, headers: { "x-a": "1" }, body: "" });
    expect(toHttpAnswer({ statusCode: 200, body: Buffer.from("hé").toString("base64"), isBase64Encoded: true }).body).toBe("hé");
    expect(toHttpAnswer({ ok: true })).toEqual({ statusCode: 200, headers: { "content-type": "application/json" }, body: '{"ok":true}' });
    expect(toHttpAnswer(undefined)).toEqual({ statusCode: 200, headers: {}, body: "" });
  });
});

describe("what Slack shows for the HTTP answer to a command", () => {
  const identity = {
    team: { id: "T0LOCAL", domain: "local" },
    user: { id: "U0EDITOR", name: "editor" },
    channel: { id: "C0LOCAL", name: "newsroom" },
    bot: { id: "U0NUTGRAF", botId: "B0NUTGRAF", name: "nutgraf" },
    appId: "A0",
  };
  const context = { deadlineMs: 3000, command: "/brief" };

  it("turns late, failed, empty and message answers into what a Slack client shows", async () => {
    const slack = await startSlackApi();
    const workspace = new Workspace(identity, slack);
    try {
      workspace.acknowledged({ status: 200, body: '{"text":"late"}', contentType: "application/json", ms: 3001 }, context);
      workspace.acknowledged({ status: 401, body: "", contentType: "", ms: 5 }, context);
      workspace.acknowledged({ status: 200, body: "", contentType: "", ms: 5 }, context);
      workspace.acknowledged({ status: 200, body: "plain words", contentType: "text/plain", ms: 5 }, context);
      workspace.acknowledged(
        { status: 200, body: JSON.stringify({ response_type: "in_channel", text: "t", blocks: [{ type: "divider" }] }), contentType: "application/json", ms: 5 },
        context,
      );
      const shown = workspace.messages().map((m) => ({ kind: m.kind, author: m.author.kind, text: m.text, blocks: m.blocks }));
      expect(shown).toEqual([
        { kind: "ephemeral", author: "slackbot", text: expect.stringContaining('"operation_timeout"'), blocks: undefined },
        { kind: "ephemeral", author: "slackbot", text: expect.stringContaining('"dispatch_failed"'), blocks: undefined },
        { kind: "ephemeral", author: "bot", text: "plain words", blocks: undefined },
        { kind: "channel", author: "bot", text: "t", blocks: [{ type: "divider", block_id: "local-0" }] },
      ]);
    } finally {
      workspace.close();
      await slack.stop();
    }
  });

  it("shows the stand-in's messages for this editor and channel only, in arrival order", async () => {
    const slack = await startSlackApi();
    const workspace = new Workspace(identity, slack);
    try {
      const post = (path: string, body: unknown) =>
        fetch(path, { method: "POST", headers: { "content-type": "application/json", authorization: "Bearer xoxb-t" }, body: JSON.stringify(body) });
      await post(`${slack.url}chat.postMessage`, { channel: "C0LOCAL", text: "one" });
      await post(`${slack.url}chat.postMessage`, { channel: "C0OTHER", text: "elsewhere" });
      await post(`${slack.url}chat.postEphemeral`, { channel: "C0LOCAL", user: "U0SOMEONE", text: "not for us" });
      workspace.userSays("two");
      await post(workspace.responseUrl(), { text: "three" });
      expect(workspace.messages().map((m) => [m.kind, m.text])).toEqual([
        ["channel", "one"],
        ["channel", "two"],
        ["ephemeral", "three"],
      ]);
    } finally {
      workspace.close();
      await slack.stop();
    }
  });
});

const NEWEST_SEED = readFileSync(new URL("../seeds/025_d989eee6c262.txt", import.meta.url), "utf8").split("\n")[0]!.trim();

describe("the local app", () => {
  let app: LocalApp;
  let base: string;

  const api = async (path: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> => {
    const response = await fetch(`${base}${path}`, {
      method: body === undefined ? "GET" : "POST",
      headers: { "content-type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, json: (await response.json()) as Record<string, unknown> };
  };
  const state = async () => (await api("/api/state?after=-1")).json as unknown as PageState;

  beforeAll(async () => {
    app = await startLocal({ port: 0, slackDeadlineMs: 60_000 });
    base = app.url.replace("localhost", "127.0.0.1").replace(/\/$/, "");
  });
  afterAll(async () => {
    await app?.stop();
  });

  it("loads the seeds into a fresh table", () => {
    expect(app.seeded.loaded.length).toBeGreaterThan(0);
    expect(app.seeded.rejected).toEqual([]);
  });

  it("serves the page, its script and the renderer as a browser module", async () => {
    const html = await fetch(`${base}/`);
    expect(html.headers.get("content-type")).toContain("text/html");
    expect(await html.text()).toContain('id="message-input"');
    const renderer = await (await fetch(`${base}/page/render.js`)).text();
    // The served module is render.ts without its types: load it as the browser would and use it.
    const module = (await import(`data:text/javascript,${encodeURIComponent(renderer)}`)) as { renderMrkdwn(text: string): string };
    expect(module.renderMrkdwn("*129* <people>")).toBe("<b>129</b> &lt;people&gt;");
    expect((await fetch(`${base}/page/nope.js`)).status).toBe(404);
  });

  it("the Function URL rejects a request Slack did not sign, through the real handler", async () => {
    const timestamp = String(Math.floor(Date.now() / 1000));
    const body = "command=%2Fbrief&text=help&user_id=U1&channel_id=C1&response_url=http%3A%2F%2F127.0.0.1%3A9%2Fx";
    const forged = await fetch(app.functionUrl, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        "x-slack-request-timestamp": timestamp,
        "x-slack-signature": slackSignature("not-the-secret", timestamp, body),
      },
      body,
    });
    expect(forged.status).toBe(401);
  });

  it("a command from the page is signed, answered by the handler, and shown only to the editor", async () => {
    const before = (await state()).messages.length;
    const sent = await api("/api/command", { text: "/brief help" });
    expect(sent.json).toMatchObject({ ok: true, status: 200 });
    const messages = (await state()).messages.slice(before);
    expect(messages.map((m) => [m.kind, m.author.kind])).toEqual([
      ["command", "user"],
      ["ephemeral", "bot"],
    ]);
    expect(messages[1]?.via).toBe("response_url");
    expect(JSON.stringify(messages[1]?.blocks)).toContain("/brief latest");
  });

  it("buttons send the interactive payload; a card shared from the page lands in the channel", async () => {
    await api("/api/command", { text: "/brief latest 1" });
    await api("/api/command", { text: "/brief france" });
    const card = (await state()).messages.findLast((m) => m.kind === "ephemeral" && JSON.stringify(m.blocks).includes("Post to channel"));
    expect(card).toBeDefined();
    const blockIndex = card!.blocks!.findIndex((b) => (b as { type?: string }).type === "actions");
    // Only what this click adds counts: other tests (in any order) post digests to the same channel.
    const seen = new Set((await state()).messages.map((m) => m.id));
    const clicked = await api("/api/action", { messageId: card!.id, block: blockIndex, element: 0 });
    expect(clicked.json).toMatchObject({ ok: true, status: 200 });
    const after = (await state()).messages;
    expect(after.some((m) => m.id === card!.id)).toBe(false);
    const shared = after.filter((m) => !seen.has(m.id) && m.kind === "channel" && m.via === "chat.postMessage");
    expect(shared).toHaveLength(1);
    expect(JSON.stringify(shared[0]?.blocks)).toContain("<@U0EDITOR>");
    expect((await api("/api/action", { messageId: card!.id, block: blockIndex, element: 0 })).status).toBe(404);
  });

  it("a long poll returns as soon as something changes", async () => {
    const { version } = await state();
    const waiting = fetch(`${base}/api/state?after=${version}`).then((r) => r.json() as Promise<PageState>);
    await api("/api/message", { text: "hello <b>team</b> & all" });
    const next = await waiting;
    expect(next.version).toBeGreaterThan(version);
    expect(next.messages.at(-1)).toMatchObject({ kind: "channel", author: { kind: "user" }, text: "hello &lt;b&gt;team&lt;/b&gt; &amp; all" });
    await api("/api/dismiss", { messageId: next.messages.at(-1)!.id });
    expect((await state()).messages.some((m) => m.id === next.messages.at(-1)!.id)).toBe(false);
  });

  it("commands Slack does not know, and bad API calls, get clear answers", async () => {
    expect((await api("/api/command", { text: "/breif paris" })).json).toMatchObject({ ok: false });
    expect((await state()).messages.at(-1)).toMatchObject({ author: { kind: "slackbot" }, kind: "ephemeral" });
    expect((await api("/api/command", { text: "no slash" })).status).toBe(400);
    expect((await api("/api/command", {})).status).toBe(400);
    expect((await api("/api/action", { messageId: "nope", block: 0, element: 0 })).status).toBe(404);
    const notJson = await fetch(`${base}/api/command`, { method: "POST", body: "{" });
    expect(notJson.status).toBe(400);
  });

  it("Run digest now: a hint without a subscription; with one, the slot due now, with stories, posted once", async () => {
    const none = await api("/api/digest", {});
    expect(none.json.summary).toContain("/brief subscribe");
    expect(none.json.report).toMatchObject({ due: 0 });

    const client = createDynamoClient({ endpoint: app.dynamoEndpoint });
    const subscriptions = new DynamoSubscriptionStore({ client, tableName: app.tableName });
    // Subscribed just now, after this morning's slot: the button still runs the slot that is due now.
    await subscriptions.subscribe({
      channelId: "C0LOCAL",
      time: "07:00",
      timeZone: "Europe/Paris",
      quietWhenEmpty: false,
      createdBy: "U0EDITOR",
      createdAt: new Date().toISOString(),
    });
    try {
      const seen = new Set((await state()).messages.map((m) => m.id));
      const first = await api("/api/digest", {});
      expect(first.json.report).toMatchObject({ due: 1, posted: 1 });
      const result = (first.json.report as { results: Array<{ slot: string; stories: number }> }).results[0]!;
      // The seeds were moved up to now, so the slot's 24 hours hold stories whatever today's date is.
      expect(result.stories).toBeGreaterThan(0);
      const slotAt = slotInstant(result.slot.slice(0, 10), "07:00", "Europe/Paris").getTime();
      expect(slotAt).toBeLessThanOrEqual(Date.now());
      expect(slotAt).toBeGreaterThan(Date.now() - 24 * 3600_000);
      const digests = (await state()).messages.filter((m) => !seen.has(m.id) && m.kind === "channel" && m.via === "chat.postMessage");
      expect(digests).toHaveLength(1);
      // A second press is a second run at the same slot: already posted, nothing more in the channel.
      const second = await api("/api/digest", {});
      expect(second.json.report).toMatchObject({ due: 1, posted: 0, results: [{ slot: result.slot, outcome: "skipped", reason: "already-posted" }] });
    } finally {
      await subscriptions.unsubscribe("C0LOCAL");
      client.destroy();
    }
  });

  it("/brief latest and /brief digest show today's stories: the seeds were moved up to now", async () => {
    const seen = new Set((await state()).messages.map((m) => m.id));
    await api("/api/command", { text: "/brief digest" });
    await api("/api/command", { text: "/brief latest 3" });
    const answers = (await state()).messages.filter((m) => !seen.has(m.id) && m.kind === "ephemeral");
    expect(answers).toHaveLength(2);
    const [digest, latest] = answers.map((m) => JSON.stringify(m.blocks));
    expect(digest).not.toContain("No new stories");
    // "Top 5 of 16 stories published in the 24 hours to …": half the seeds' 48 hours, on any day.
    expect(Number(/of (\d+) stor(?:y|ies) published in the 24 hours/.exec(digest!)?.[1])).toBeGreaterThan(0);
    // The newest seed story (25/11/2026 07:35 in its file) heads the latest list.
    expect(latest).toContain(NEWEST_SEED);
    // The newest seed was filed ten minutes before the app started: its Slack date token is within the last hour.
    const stamps = [...latest!.matchAll(/<!date\^(\d+)\^/g)].map((m) => Number(m[1]) * 1000);
    expect(stamps.length).toBeGreaterThan(0);
    expect(Math.max(...stamps)).toBeGreaterThan(Date.now() - 3600_000);
    expect(Math.max(...stamps)).toBeLessThanOrEqual(Date.now());
  });

  it("runs once per process, since the handlers keep their first configuration", async () => {
    await expect(startLocal({ port: 0 })).rejects.toThrow(/once per process/);
  });
});

describe("--data keeps the archive between runs", () => {
  it("a second start finds the seeds already stored", async () => {
    const dir = await mkdtemp(join(tmpdir(), "nutgraf-data-"));
    try {
      const first = await startArchive({ dataDir: dir });
      await first.stop();
      const second = await startArchive({ dataDir: dir });
      await second.stop();
      expect(first.seeded.loaded.length).toBeGreaterThan(0);
      expect(second.seeded.loaded).toEqual([]);
      expect(second.seeded.unchanged.length).toBe(first.seeded.loaded.length);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("npm start", () => {
  it("explains its flags and refuses bad ones", async () => {
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (l: string) => out.push(l), err: (l: string) => err.push(l), stopSignal: new Promise<string>(() => undefined) };
    expect(await main(["--help"], io)).toBe(0);
    expect(out.join("\n")).toContain("--data DIR");
    expect(await main(["--port", "70000"], io)).toBe(2);
    expect(await main(["--engine", "mysql"], io)).toBe(2);
    expect(await main(["--bogus"], io)).toBe(2);
    expect(err.join("\n")).toMatch(/--port must be[\s\S]*--engine must be[\s\S]*bogus/);
  });

  it("prints the URL, serves the page, and stops cleanly on SIGTERM", async () => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "--input-type=module", "-e", "import { main } from '#local/start.ts'; process.exitCode = await main(['--port', '0', '--dynamo-port', '0']);"],
      { env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" }, stdio: ["ignore", "pipe", "pipe"] },
    );
    let stdout = "";
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on("data", (chunk: Buffer) => {
          stdout += chunk.toString();
          const match = /running locally: (http:\/\/localhost:\d+\/)[\s\S]*Ctrl-C stops everything/.exec(stdout);
          if (match?.[1]) resolve(match[1]);
        });
        void exited.then((code) => reject(new Error(`exited ${code} before printing a URL:\n${stdout}\n${stderr}`)));
      });
      expect(stdout).toContain("/brief latest");
      const page = await fetch(url.replace("localhost", "127.0.0.1"));
      expect(page.status).toBe(200);
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
      expect(stdout).toContain("Stopped.");
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
    }
  });
});

import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadConfig } from "#lib/config.ts";
import { createLogger } from "#lib/log.ts";
import { createSlackHandler } from "#slack/app.ts";
import type { FunctionUrlHandler } from "#test/helpers/slack-request.ts";
import { story } from "#test/helpers/digest-fixtures.ts";
import { signedEvent, slashCommandBody } from "#test/helpers/slack-request.ts";
import { startSlackFaultProxy, type SlackFaultProxy } from "#test/helpers/slack-fault-proxy.ts";
import { startSlackStack, type SlackStack } from "#test/helpers/slack-stack.ts";

// The answer to a signed `/brief` (functions/slack.ts's handler) when Slack's response_url fails it: a 5xx or a
// connection dropped before Slack took it is retried once, so a passing blip does not leave the editor with silence;
// what Slack refuses for good (404 used or expired, 400 bad blocks) is not, and a second failure is the last.

const SECRET = "respond-retry-signing-secret";
const TOKEN = "xoxb-respond-retry";
const harbour = story("Harbour reopens after storm", "2026-05-01T08:00:00Z", ["The harbour reopened on Monday after a storm damaged 14 boats."]);

let stack: SlackStack;
let proxy: SlackFaultProxy;
/** The same app as the Lambda's, from the same environment, its log lines kept (the Lambda's handler logs errors only). */
let logged: FunctionUrlHandler;
const lines: string[] = [];
beforeAll(async () => {
  stack = await startSlackStack({ secret: SECRET, token: TOKEN, stories: [harbour] });
  proxy = await startSlackFaultProxy(stack.api.url);
  logged = createSlackHandler(loadConfig({ ...process.env }), { store: stack.articles, log: createLogger({ level: "info", sink: (line) => lines.push(line) }) });
  // Warm: a retry is made only while it fits inside Slack's 3 s, and a cold first brief (models loading on a busy
  // machine) can take most of them. The cases below are about what fails, not about a slow start.
  await stack.handler(signedEvent(slashCommandBody({ text: "harbour", responseUrl: stack.api.responseUrl("warm-up") }), { secret: SECRET }));
});
afterAll(async () => {
  await proxy?.close();
  await stack?.stop();
});
beforeEach(() => {
  stack.api.reset();
  proxy.heal();
  lines.length = 0;
});

let seq = 0;

/**
 * `/brief harbour` whose response_url goes through the fault proxy (its path's last part is the url's id); `inAck`:
 * the HTTP ack carries the answer response_url was sent (Slack shows a command's ack body as its reply).
 */
async function slash(handler: FunctionUrlHandler = stack.handler): Promise<{ status: number | undefined; statuses: number[]; shown: number; inAck: boolean }> {
  const id = `respond-${++seq}`;
  const direct = stack.api.responseUrl(id, { channel: "C0NEWS", user: "U0EDITOR" });
  const responseUrl = direct.replace(new URL(stack.api.url).origin, new URL(proxy.url).origin);
  const response = await handler(signedEvent(slashCommandBody({ text: "harbour", responseUrl }), { secret: SECRET }));
  const calls = stack.api.calls.filter((c) => c.responseUrlId === id);
  const acked = response.body ? (JSON.parse(String(response.body)) as { text?: unknown }) : undefined;
  const sent = calls[0]?.body.text;
  return {
    status: response.statusCode,
    statuses: calls.map((c) => c.status),
    shown: stack.api.messages("C0NEWS").filter((m) => m.via === "response_url").length,
    inAck: typeof sent === "string" && sent.includes("Harbour reopens") && acked?.text === sent,
  };
}

describe("answering through a failing response_url", () => {
  it("a 503 before Slack took the answer: retried once, and the editor sees it", async () => {
    stack.api.inject("response_url", { status: 503 });
    expect(await slash()).toEqual({ status: 200, statuses: [503, 200], shown: 1, inAck: false });
  });

  it("a 500 (the lowest 5xx) before Slack took the answer: retried once, and the editor sees it", async () => {
    stack.api.inject("response_url", { status: 500 });
    expect(await slash()).toEqual({ status: 200, statuses: [500, 200], shown: 1, inAck: false });
  });

  it("an answer Slack took but held past the timeout: not sent again, nor in the ack, so the editor sees it once", async () => {
    // The handler's response_url calls give up after 1 s; this one is stored, then answered after 1.5 s.
    proxy.fail(`respond-${seq + 1}`, { kind: "slow-after-accept", ms: 1500 });
    expect(await slash()).toEqual({ status: 200, statuses: [200], shown: 1, inAck: false });
  });

  it("a connection dropped before Slack took the answer: retried once, and the editor sees it", async () => {
    proxy.fail(`respond-${seq + 1}`, { kind: "reset", afterAccept: false });
    expect(await slash()).toEqual({ status: 200, statuses: [200], shown: 1, inAck: false });
  });

  it("a 200 whose connection drops before its body is read: Slack took the answer, so it is not sent again", async () => {
    proxy.fail(`respond-${seq + 1}`, { kind: "cut-body-after-accept" });
    expect(await slash()).toEqual({ status: 200, statuses: [200], shown: 1, inAck: false });
  });

  it("a 200 whose body is held past the timeout: Slack took the answer, so it is logged as answered, not as 'no answer in time'", async () => {
    // The status came at once and the body 1.5 s later, past the handler's 1 s: the log said "could not answer
    // command via response_url: no answer in time" for an answer the editor had.
    proxy.fail(`respond-${seq + 1}`, { kind: "slow-body-after-accept", ms: 1500 });
    expect(await slash(logged)).toEqual({ status: 200, statuses: [200], shown: 1, inAck: false });
    const said = lines.map((line) => JSON.parse(line) as { level: string; msg: string });
    expect(said.filter((l) => l.level === "error")).toEqual([]);
    expect(said.map((l) => l.msg)).toContain("command answered");
  });

  it("a 502 whose body is cut off: its status said Slack failed, so retried once (a second copy if it had stored it)", async () => {
    proxy.fail(`respond-${seq + 1}`, { kind: "cut-body-after-accept", status: 502 });
    expect(await slash()).toEqual({ status: 200, statuses: [200, 200], shown: 2, inAck: false });
  });

  it("a 5xx twice: two attempts in all, then the answer goes in the ack instead (still a 200), never silence", async () => {
    stack.api.inject("response_url", { status: 502 }, 3);
    expect(await slash()).toEqual({ status: 200, statuses: [502, 502], shown: 0, inAck: true });
  });

  it("a response_url past its uses (404): not retried; the answer goes in the ack", async () => {
    stack.api.inject("response_url", { status: 404 });
    expect(await slash()).toEqual({ status: 200, statuses: [404], shown: 0, inAck: true });
  });
});

import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createLogger } from "#lib/log.ts";
import { startSlackApi, type SlackApi } from "#local/slack-api.ts";

const TOKEN = "xoxb-stand-in";
let api: SlackApi;

const post = (method: string, body: Record<string, unknown>, token: string | null = TOKEN) =>
  fetch(`${api.url}${method}`, {
    method: "POST",
    headers: { "content-type": "application/json; charset=utf-8", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });

const section = (text: string) => ({ type: "section", text: { type: "mrkdwn", text } });

beforeAll(async () => {
  api = await startSlackApi({ token: TOKEN });
});
afterAll(async () => {
  await api.stop();
});
beforeEach(() => api.reset());

describe("Slack Web API stand-in", () => {
  it("answers like Slack: auth, posting, errors in ok:false with HTTP 200", async () => {
    expect(await (await post("auth.test", {})).json()).toMatchObject({ ok: true, user_id: "U0NUTGRAF" });
    expect(await (await post("auth.test", {}, null)).json()).toEqual({ ok: false, error: "not_authed" });
    expect(await (await post("auth.test", {}, "xoxb-wrong")).json()).toEqual({ ok: false, error: "invalid_auth" });
    const posted = (await (await post("chat.postMessage", { channel: "C1", text: "hi", blocks: [section("hi")] })).json()) as { ok: boolean; ts: string };
    expect(posted.ok).toBe(true);
    expect(api.messages("C1").map((m) => m.ts)).toEqual([posted.ts]);
    expect(await (await post("chat.postMessage", { channel: "C1" })).json()).toEqual({ ok: false, error: "no_text" });
    expect(await (await post("chat.nope", {})).json()).toEqual({ ok: false, error: "unknown_method" });
    expect(api.calls.every((c) => !JSON.stringify(c).includes(TOKEN))).toBe(true);
  });

  it("parses form bodies as the Web API client sends them (blocks as a JSON string)", async () => {
    const body = new URLSearchParams({ channel: "C1", text: "t", blocks: JSON.stringify([section("x")]) }).toString();
    const response = await fetch(`${api.url}chat.postMessage`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", authorization: `Bearer ${TOKEN}` },
      body,
    });
    expect(((await response.json()) as { ok: boolean }).ok).toBe(true);
    expect(api.calls[0]!.body.blocks).toEqual([section("x")]);
  });

  it("rejects messages over Block Kit's limits as Slack does", async () => {
    const tooLong = await (await post("chat.postMessage", { channel: "C1", text: "t", blocks: Array.from({ length: 5 }, () => section("x".repeat(2900))) })).json();
    expect(tooLong).toMatchObject({ ok: false, error: "msg_blocks_too_long" });
    const invalid = await (await post("chat.postMessage", { channel: "C1", text: "t", blocks: [section("x".repeat(3001))] })).json();
    expect(invalid).toMatchObject({ ok: false, error: "invalid_blocks" });
    expect(api.messages()).toEqual([]);
  });

  it("answers 429 with Retry-After, and a chosen error for a chosen channel", async () => {
    api.rateLimit("chat.postMessage", 3, 1);
    const limited = await post("chat.postMessage", { channel: "C1", text: "t" });
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("3");
    expect((await post("chat.postMessage", { channel: "C1", text: "t" })).status).toBe(200);
    api.failChannel("C9", "channel_not_found");
    expect(await (await post("chat.postMessage", { channel: "C9", text: "t" })).json()).toEqual({ ok: false, error: "channel_not_found" });
  });

  it("serves response_url: ephemeral by default, replace and delete the original, five uses at most", async () => {
    const send = (id: string, body: Record<string, unknown>) =>
      fetch(api.responseUrl(id), { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    api.responseUrl("cmd", { channel: "C1", user: "U1" });
    expect((await send("cmd", { text: "only you", blocks: [section("only you")] })).status).toBe(200);
    const [ephemeral] = api.messages("C1");
    expect(ephemeral).toMatchObject({ ephemeralTo: "U1", via: "response_url" });
    api.responseUrl("act", { channel: "C1", user: "U1", messageTs: ephemeral!.ts });
    await send("act", { replace_original: true, text: "replaced", blocks: [section("replaced")] });
    expect(api.messages("C1").map((m) => m.text)).toEqual(["replaced"]);
    await send("act", { delete_original: true });
    expect(api.messages("C1")).toEqual([]);
    for (let i = 0; i < 3; i++) expect((await send("act", { text: "again" })).status).toBe(200);
    const sixth = await send("act", { text: "one too many" });
    expect(sixth.status).toBe(404);
    expect(await sixth.json()).toEqual({ ok: false, error: "used_url" });
  });

  it("refuses response_urls it never issued, and ones past their 30 minutes", async () => {
    let now = Date.parse("2026-01-01T09:00:00Z");
    const clocked = await startSlackApi({ token: TOKEN, clock: () => now });
    try {
      const send = (url: string) => fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text: "hi" }) });
      const forged = clocked.responseUrl("issued").replace(/issued$/, "never-issued");
      expect(await (await send(forged)).json()).toEqual({ ok: false, error: "no_such_url" });
      const url = clocked.responseUrl("issued", { channel: "C1", user: "U1" });
      expect((await send(url)).status).toBe(200);
      now += 30 * 60_000 + 1;
      const late = await send(url);
      expect(late.status).toBe(404);
      expect(await late.json()).toEqual({ ok: false, error: "expired_url" });
      expect(clocked.messages("C1")).toHaveLength(1);
    } finally {
      await clocked.stop();
    }
  });

  it("returns channel history newest first, with metadata only when include_all_metadata is set", async () => {
    const metadata = { event_type: "nutgraf_share", event_payload: { key: "k1" } };
    const first = (await (await post("chat.postMessage", { channel: "C1", text: "one", metadata })).json()) as { ts: string };
    const second = (await (await post("chat.postMessage", { channel: "C1", text: "two" })).json()) as { ts: string };
    await post("chat.postMessage", { channel: "C2", text: "elsewhere" });
    const plain = (await (await post("conversations.history", { channel: "C1" })).json()) as { messages: Array<Record<string, unknown>> };
    expect(plain.messages.map((m) => m.ts)).toEqual([second.ts, first.ts]);
    expect(plain.messages.some((m) => "metadata" in m)).toBe(false);
    const full = (await (await post("conversations.history", { channel: "C1", include_all_metadata: true, limit: 1, cursor: "1" })).json()) as {
      messages: Array<Record<string, unknown>>;
    };
    expect(full.messages).toEqual([expect.objectContaining({ ts: first.ts, metadata })]);
    const recent = (await (await post("conversations.history", { channel: "C1", oldest: second.ts })).json()) as { messages: unknown[] };
    expect(recent.messages).toEqual([]);
  });

  it("injects Slack's faults: a 500 before or after the message is stored, a chosen error, a revoked token", async () => {
    api.inject("chat.postMessage", { status: 500 });
    expect((await post("chat.postMessage", { channel: "C1", text: "lost" })).status).toBe(500);
    expect(api.messages("C1")).toEqual([]);
    api.inject("chat.postMessage", { status: 500, afterAccept: true });
    expect((await post("chat.postMessage", { channel: "C1", text: "stored" })).status).toBe(500);
    expect(api.messages("C1").map((m) => m.text)).toEqual(["stored"]);
    api.inject("chat.postMessage", { error: "invalid_blocks" });
    expect(await (await post("chat.postMessage", { channel: "C1", text: "x" })).json()).toEqual({ ok: false, error: "invalid_blocks" });
    api.failChannel("CARCHIVED", "is_archived");
    expect(await (await post("chat.postMessage", { channel: "CARCHIVED", text: "x" })).json()).toEqual({ ok: false, error: "is_archived" });
    api.revokeToken(true);
    expect(await (await post("auth.test", {})).json()).toEqual({ ok: false, error: "token_revoked" });
  });

  it("lets a page follow calls: onCall, callsSince, GET /_calls", async () => {
    const seen: number[] = [];
    const off = api.onCall((c) => seen.push(c.seq));
    await post("auth.test", {});
    await post("auth.test", {});
    off();
    await post("auth.test", {});
    expect(seen).toEqual([1, 2]);
    expect(api.callsSince(2).map((c) => c.seq)).toEqual([3]);
    const polled = (await (await fetch(api.url.replace(/api\/$/, "_calls?since=1"))).json()) as { calls: Array<{ seq: number }> };
    expect(polled.calls.map((c) => c.seq)).toEqual([2, 3]);
    await expect(api.waitForCalls(3)).resolves.toHaveLength(3);
  });
});

describe("JSON logger", () => {
  it("writes one JSON line per event with the child's fields, redacting secrets and eliding article text", () => {
    const lines: string[] = [];
    const log = createLogger({ sink: (l) => lines.push(l), level: "info" }).child({ correlationId: "abcd1234" });
    log.debug("hidden");
    log.info("shared", {
      botToken: "xoxb-secret",
      headers: { authorization: "Bearer x", "x-slack-signature": "v0=abc" },
      article: { id: "a1", headline: "H", paragraphs: ["body text"], text: "t".repeat(500) },
      query: "q".repeat(300),
      error: Object.assign(new Error("boom"), { code: "E1" }),
    });
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(line).toMatchObject({ level: "info", msg: "shared", correlationId: "abcd1234", botToken: "[redacted]" });
    expect(line.headers).toEqual({ authorization: "[redacted]", "x-slack-signature": "[redacted]" });
    expect(line.article).toEqual({ id: "a1", headline: "H" });
    expect(String(line.query)).toMatch(/…\(300 chars\)$/);
    expect(line.error).toEqual({ name: "Error", message: "boom", code: "E1" });
    expect(lines[0]).not.toContain("xoxb-secret");
    expect(lines[0]).not.toContain("body text");
  });

  it("masks Slack tokens inside free text: messages and error messages from libraries", () => {
    const lines: string[] = [];
    const log = createLogger({ sink: (l) => lines.push(l), level: "info" });
    log.warn("bolt: token xoxb-1234-5678-abcdEFGH was rejected", { error: new Error("invalid_auth for xapp-1-A0-99-zz") });
    expect(lines[0]).not.toMatch(/xoxb-|xapp-/);
    expect(JSON.parse(lines[0]!)).toMatchObject({ msg: "bolt: token [redacted] was rejected", error: { message: "invalid_auth for [redacted]" } });
  });
});

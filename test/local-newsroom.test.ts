import { createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocal, type LocalApp } from "#local/server.ts";
import { PARIS_ID } from "#local/newsroom.ts";

// `npm start`'s newsroom side: the signed ingest endpoint, the local feed, and the demo's Paris rewrite, checked
// over HTTP against the running local stack.

let app: LocalApp;

beforeAll(async () => {
  app = await startLocal({ port: 0 });
});

afterAll(async () => {
  await app?.stop();
});

async function command(text: string): Promise<string> {
  const base = app.url.replace(/\/$/, "");
  const sent = await fetch(`${base}/api/command`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text }) });
  expect(sent.status).toBe(200);
  const state = (await (await fetch(`${base}/api/state?after=0`)).json()) as { messages: Array<{ blocks?: unknown; text: string }> };
  return JSON.stringify(state.messages.at(-1));
}

describe("npm start: the newsroom wired in", () => {
  it("the demo rewrote the Paris story through /ingest, so /brief changes paris has something to show", async () => {
    const answer = await command("/brief changes paris");
    expect(answer).toContain("people killed: at least 129 → 132");
    expect(answer).toContain(PARIS_ID);
  });

  it("took in the local feed's stories through the real poller", async () => {
    expect(await command("/brief night bus")).toContain("Night bus routes cut");
  });

  it("the ingest endpoint takes a signed story and refuses an unsigned one", async () => {
    const body = JSON.stringify({ id: "local-desk-9", headline: "Harbour tunnel closes for repairs", publishedAt: "2015-11-18T11:00:00Z", text: "The harbour tunnel closed for 3 weeks." });
    const timestamp = String(Math.floor(Date.now() / 1000));
    const signature = `v0=${createHmac("sha256", app.ingestSigningSecret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
    const signed = await fetch(app.ingestUrl, {
      method: "POST",
      headers: { "content-type": "application/json", "x-nutgraf-request-timestamp": timestamp, "x-nutgraf-signature": signature },
      body,
    });
    expect(await signed.json()).toMatchObject({ ok: true, items: [{ status: "stored", id: "local-desk-9" }] });
    expect((await fetch(app.ingestUrl, { method: "POST", body })).status).toBe(401);
    const feed = await fetch(app.feedUrl);
    expect(feed.headers.get("content-type")).toMatch(/rss/);
    expect(await feed.text()).toContain("<guid isPermaLink=\"false\">local-desk-1001</guid>");
  });
});

import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { WebClient } from "@slack/web-api";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, onTestFinished } from "vitest";
import { briefArticle } from "#brief/brief.ts";
import { runDigest, type DigestRunDeps } from "#digest/run.ts";
import { digestWebClient, slackPoster, type PostFn } from "#slack/digest-poster.ts";
import { DynamoArticleStore } from "#store/dynamo-store.ts";
import { DynamoSubscriptionStore } from "#store/dynamo-subscriptions.ts";
import { startSlackApi, type SlackApi } from "#local/slack-api.ts";
import { startTestServer, type TestServer, type TestTable } from "#test/helpers/dynamo.ts";
import { startSlackFaultProxy, type SlackFaultProxy } from "#test/helpers/slack-fault-proxy.ts";
import { startFaultProxy } from "#test/helpers/fault-proxy.ts";
import { createDynamoClient } from "#store/dynamo-client.ts";
import type { SubscriptionStore } from "#digest/subscriptions.ts";
import { SLOT, SLOT_AT, STORIES, subscription } from "#test/helpers/digest-fixtures.ts";

/**
 * The digest under Slack faults, through a real proxy in front of the Slack stand-in: one post per channel per slot
 * whatever happens to Slack's answer, and a run report that says what happened. Slack calls time out after 1 s,
 * so an "11 s slow" answer costs this suite about a second.
 */
const TOKEN = "xoxb-digest-faults";
let server: TestServer;
let slack: SlackApi;
let proxy: SlackFaultProxy;
let table: TestTable;
let subscriptions: DynamoSubscriptionStore;
let articles: DynamoArticleStore;
let pauses: number[];

beforeAll(async () => {
  [server, slack] = await Promise.all([startTestServer(), startSlackApi({ token: TOKEN })]);
  proxy = await startSlackFaultProxy(slack.url);
});
afterAll(async () => {
  await table?.stop();
  await proxy?.close();
  await Promise.all([server?.stop(), slack?.stop()]);
});
beforeEach(async () => {
  await table?.stop();
  table = await server.table();
  subscriptions = new DynamoSubscriptionStore({ client: table.client, tableName: table.tableName });
  articles = new DynamoArticleStore({ client: table.client, tableName: table.tableName });
  for (const a of STORIES) await articles.put(a);
  for (const c of ["CPARIS", "CLYON"]) await subscriptions.subscribe(subscription(c));
  slack.reset();
  pauses = [];
});
afterEach(() => proxy.heal());

function deps(extra: Partial<DigestRunDeps> = {}): DigestRunDeps {
  return {
    articles,
    subscriptions,
    post: slackPoster(digestWebClient(TOKEN, proxy.url, { timeoutMs: 1000 }), { sleep: async (ms) => void pauses.push(ms) }),
    brief: (a) => briefArticle(a, { bullets: 2, figures: 1 }),
    ...extra,
  };
}

const postsIn = (channel: string) => slack.messages(channel).filter((m) => m.via === "chat.postMessage");

describe("Slack's answer lost after it accepted the digest", () => {
  it.each([
    ["a 500", { kind: "status-after-accept", status: 500 }],
    ["an answer held for 11 s", { kind: "slow-after-accept", ms: 11_000 }],
    ["a connection reset", { kind: "reset", afterAccept: true }],
    ["a 200 whose body (and its ok) is cut off", { kind: "cut-body-after-accept" }],
  ] as const)("%s: one post per channel, the lost one found in history and reported so", async (_name, fault) => {
    proxy.fail("chat.postMessage", fault);
    const report = await runDigest(deps({ runId: "run-1" }), SLOT_AT);
    expect(report).toMatchObject({ due: 2, posted: 2, failed: 0 });
    expect(postsIn("CPARIS")).toHaveLength(1);
    expect(postsIn("CLYON")).toHaveLength(1);
    // The faulted post, at least (on a loaded machine another may time out too, and is found the same way).
    expect(report.results.filter((r) => r.outcome === "posted" && r.foundInHistory).length).toBeGreaterThanOrEqual(1);
    for (const channel of ["CPARIS", "CLYON"]) {
      const [message] = postsIn(channel);
      expect(message!.metadata).toEqual({ event_type: "nutgraf_digest", event_payload: { key: `${channel}/${SLOT}` } });
      expect(await subscriptions.getClaim(channel, SLOT)).toMatchObject({ status: "posted", ts: message!.ts });
    }
    // The next cron tick has nothing to do.
    const again = await runDigest(deps(), new Date(SLOT_AT.getTime() + 15 * 60_000));
    expect(again.posted).toBe(0);
    expect(postsIn("CPARIS")).toHaveLength(1);
  });
});

describe("Slack refused or never saw the digest", () => {
  it("a connection reset before Slack saw it: not in history, posted again, once", async () => {
    proxy.fail("chat.postMessage", { kind: "reset", afterAccept: false });
    const report = await runDigest(deps(), SLOT_AT);
    expect(report).toMatchObject({ posted: 2, failed: 0 });
    expect(postsIn("CPARIS")).toHaveLength(1);
    expect(postsIn("CLYON")).toHaveLength(1);
  });

  it("Slack unreachable (connection refused): nothing can have been posted, so the claim is released and the next tick posts", async () => {
    // A port nothing listens on: every request is refused before it leaves.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const unreachable = slackPoster(digestWebClient(TOKEN, `http://127.0.0.1:${port}/api/`, { timeoutMs: 1000 }));
    const report = await runDigest(deps({ channels: ["CPARIS"], post: unreachable }), SLOT_AT);
    // Not "unconfirmed" (which keeps the claim until it goes stale, half an hour of two ticks): released at once.
    expect(report.results).toEqual([{ channel: "CPARIS", slot: SLOT, outcome: "failed", reason: expect.not.stringMatching(/^unconfirmed/), permanent: false }]);
    expect(await subscriptions.getClaim("CPARIS", SLOT)).toBeUndefined();
    const next = await runDigest(deps({ channels: ["CPARIS"] }), new Date(SLOT_AT.getTime() + 15 * 60_000));
    expect(next.results).toEqual([expect.objectContaining({ outcome: "posted", recovered: false })]);
    expect(postsIn("CPARIS")).toHaveLength(1);
  });

  it("a 429 with Retry-After: waits as told, then posts once", async () => {
    proxy.fail("chat.postMessage", { kind: "rate-limit", retryAfter: 2 });
    const report = await runDigest(deps(), SLOT_AT);
    expect(report).toMatchObject({ posted: 2, failed: 0 });
    expect(pauses).toEqual([2000]);
    expect(postsIn("CPARIS")).toHaveLength(1);
    expect(postsIn("CLYON")).toHaveLength(1);
  });

  it("a channel given up on while it waits out a 429 never posts after that: the run that takes its slot over posts once", async () => {
    // The wait ends only when the test says: a Lambda frozen mid-wait resumes it when thawed for a later invocation.
    let waiting = false;
    let wake = (): void => undefined;
    const woken = new Promise<void>((resolve) => (wake = resolve));
    const inner = slackPoster(digestWebClient(TOKEN, proxy.url, { timeoutMs: 1000 }), { sleep: () => ((waiting = true), woken) });
    let done = (): void => undefined;
    const abandonedDone = new Promise<void>((resolve) => (done = resolve));
    const post: PostFn = (...args) => inner(...args).finally(done);
    proxy.fail("chat.postMessage", { kind: "rate-limit", retryAfter: 1 });
    // The channel's time must run out in the wait, not before the post: the part-of-speech model loaded first (a
    // file's first brief), and 10 s for a claim, a read and five briefs on a loaded box. The test idles through it.
    briefArticle(STORIES[0]!, { bullets: 2, figures: 1 });
    const first = await runDigest(deps({ runId: "run-1", post, channels: ["CPARIS"], channelTimeoutMs: 10_000 }), SLOT_AT);
    expect(first.results).toEqual([expect.objectContaining({ outcome: "failed", reason: "TimeoutError: channel CPARIS: no answer within 10000 ms" })]);
    // Premise: the channel timed out in the 429's wait (not before the post, which the run checks for itself).
    expect(waiting).toBe(true);
    // 16 minutes on the claim is stale: the run that takes it over finds no post in history and posts.
    const later = await runDigest(deps({ runId: "run-2", channels: ["CPARIS"] }), new Date(SLOT_AT.getTime() + 16 * 60_000));
    expect(later.results).toEqual([expect.objectContaining({ outcome: "posted", recovered: true })]);
    wake();
    await abandonedDone;
    expect(postsIn("CPARIS")).toHaveLength(1);
  });

  it("a 429 with Retry-After 0: still waits a second before the next try, never hammers Slack at once", async () => {
    proxy.fail("chat.postMessage", { kind: "rate-limit", retryAfter: 0 });
    const report = await runDigest(deps({ channels: ["CPARIS"] }), SLOT_AT);
    expect(report).toMatchObject({ posted: 1, failed: 0 });
    expect(pauses).toEqual([1000]);
  });

  it("Slack limiting every try: three posts at most (the first and two retries), then the slot is given back", async () => {
    // The proxy's count runs over the whole file: what this test adds is what counts.
    const before = proxy.applied["chat.postMessage"] ?? 0;
    proxy.fail("chat.postMessage", { kind: "rate-limit", retryAfter: 1 }, 10);
    const report = await runDigest(deps({ channels: ["CPARIS"] }), SLOT_AT);
    expect(report.results).toEqual([{ channel: "CPARIS", slot: SLOT, outcome: "failed", reason: "ratelimited (Retry-After 1s)", permanent: false }]);
    expect((proxy.applied["chat.postMessage"] ?? 0) - before).toBe(3);
    expect(pauses).toEqual([1000, 1000]);
    expect(await subscriptions.getClaim("CPARIS", SLOT)).toBeUndefined();
  });

  it("an HTTP 408 (Slack timed the request out): not permanent; history read, posted again, once", async () => {
    slack.inject("chat.postMessage", { status: 408 });
    const report = await runDigest(deps({ channels: ["CPARIS"] }), SLOT_AT);
    expect(report.results).toEqual([expect.objectContaining({ channel: "CPARIS", outcome: "posted", recovered: false })]);
    expect(slack.calls.filter((c) => c.method === "chat.postMessage")).toHaveLength(2);
    expect(slack.calls.filter((c) => c.method === "conversations.history").length).toBeGreaterThanOrEqual(1);
    expect(postsIn("CPARIS")).toHaveLength(1);
    expect(await subscriptions.getClaim("CPARIS", SLOT)).toMatchObject({ status: "posted", ts: postsIn("CPARIS")[0]!.ts });
  });

  it("a 'ratelimited' error in an ok:false answer is waited out like a 429, then posted once", async () => {
    slack.inject("chat.postMessage", { error: "ratelimited" });
    const report = await runDigest(deps({ channels: ["CPARIS"] }), SLOT_AT);
    expect(report).toMatchObject({ posted: 1, failed: 0 });
    expect(pauses).toEqual([1000]);
    expect(postsIn("CPARIS")).toHaveLength(1);
  });

  it("blocks refused: the text-only fallback is posted once, and the report says so", async () => {
    slack.inject("chat.postMessage", { error: "msg_blocks_too_long" });
    const report = await runDigest(deps({ channels: ["CPARIS"] }), SLOT_AT);
    expect(report.results).toEqual([expect.objectContaining({ outcome: "posted", textOnly: true })]);
    const [message] = postsIn("CPARIS");
    expect(postsIn("CPARIS")).toHaveLength(1);
    expect(message!.blocks).toEqual([]);
    expect(message!.text).toContain("Attacks in Paris kill at least 129");
  });
});

describe("Slack refuses even the text-only fallback", () => {
  it("the slot is failed for good after the two posts (blocks, then text), not released to be refused every 15 minutes", async () => {
    slack.inject("chat.postMessage", { error: "msg_too_long" }, 2);
    const report = await runDigest(deps({ channels: ["CPARIS"] }), SLOT_AT);
    expect(report.results).toEqual([{ channel: "CPARIS", slot: SLOT, outcome: "failed", reason: "msg_too_long", permanent: true }]);
    expect(slack.calls.filter((c) => c.method === "chat.postMessage")).toHaveLength(2);
    expect(postsIn("CPARIS")).toEqual([]);
    expect(await subscriptions.getClaim("CPARIS", SLOT)).toMatchObject({ status: "failed", error: "msg_too_long" });
    const next = await runDigest(deps({ channels: ["CPARIS"] }), new Date(SLOT_AT.getTime() + 15 * 60_000));
    expect(next.results).toEqual([expect.objectContaining({ outcome: "skipped", reason: "failed-earlier" })]);
  });
});

describe("when even history cannot be read", () => {
  it("reports the slot unconfirmed and keeps its claim; the run that takes it over finds the post and does not repeat it", async () => {
    proxy.fail("chat.postMessage", { kind: "status-after-accept", status: 502 });
    proxy.fail("conversations.history", { kind: "status-after-accept", status: 503 });
    const first = await runDigest(deps({ runId: "run-1", channels: ["CPARIS"] }), SLOT_AT);
    expect(first.results).toEqual([{ channel: "CPARIS", slot: SLOT, outcome: "failed", reason: expect.stringMatching(/^unconfirmed: /), permanent: false }]);
    expect(await subscriptions.getClaim("CPARIS", SLOT)).toMatchObject({ status: "claimed", runId: "run-1" });
    expect(postsIn("CPARIS")).toHaveLength(1);

    // A tick within the stale window leaves the slot alone…
    const soon = await runDigest(deps({ runId: "run-2", channels: ["CPARIS"] }), new Date(SLOT_AT.getTime() + 60_000));
    expect(soon.results[0]).toMatchObject({ outcome: "skipped", reason: "claimed-by-another-run" });
    // …and the one after it takes the claim over, looks first, and finds the post.
    const later = await runDigest(deps({ runId: "run-3", channels: ["CPARIS"] }), new Date(SLOT_AT.getTime() + 16 * 60_000));
    expect(later.results[0]).toMatchObject({ outcome: "posted", recovered: true, foundInHistory: true, ts: postsIn("CPARIS")[0]!.ts });
    expect(postsIn("CPARIS")).toHaveLength(1);
  });

  it("a run that died after posting and before recording: its successor finds the post instead of posting again", async () => {
    // The dead run: claimed 20 minutes ago, posted with the slot's key, never recorded.
    await subscriptions.claim("CPARIS", SLOT, { runId: "crashed", now: new Date(SLOT_AT.getTime() - 20 * 60_000), staleAfterMs: 0 });
    const posted = await deps().post("CPARIS", { text: "digest", blocks: [] }, { key: `CPARIS/${SLOT}` });
    expect(posted.ok).toBe(true);
    const report = await runDigest(deps({ channels: ["CPARIS"] }), SLOT_AT);
    expect(report.results[0]).toMatchObject({ outcome: "posted", recovered: true, foundInHistory: true });
    expect(postsIn("CPARIS")).toHaveLength(1);
  });

  it("a busy channel: the dead run's post lies under 250 newer messages, and its successor pages history to find it", async () => {
    await subscriptions.claim("CPARIS", SLOT, { runId: "crashed", now: new Date(SLOT_AT.getTime() - 20 * 60_000), staleAfterMs: 0 });
    expect((await deps().post("CPARIS", { text: "digest", blocks: [] }, { key: `CPARIS/${SLOT}` })).ok).toBe(true);
    // The newsroom talks on: more messages than one page of history (200) holds, all newer than the digest.
    const chatter = new WebClient(TOKEN, { slackApiUrl: slack.url });
    for (let i = 0; i < 250; i++) await chatter.chat.postMessage({ channel: "CPARIS", text: `chatter ${i}` });
    const report = await runDigest(deps({ channels: ["CPARIS"] }), SLOT_AT);
    expect(report.results[0]).toMatchObject({ outcome: "posted", recovered: true, foundInHistory: true });
    expect(postsIn("CPARIS").filter((m) => m.metadata !== undefined)).toHaveLength(1);
  });

  it("a channel busier than the search reads: the dead run's post under 650 newer messages is never taken as absent, so it is not posted twice", async () => {
    await subscriptions.claim("CPARIS", SLOT, { runId: "crashed", now: new Date(SLOT_AT.getTime() - 20 * 60_000), staleAfterMs: 0 });
    expect((await deps().post("CPARIS", { text: "digest", blocks: [] }, { key: `CPARIS/${SLOT}` })).ok).toBe(true);
    // More messages since the post than three pages of 200: the search stops before it reaches the digest.
    const chatter = new WebClient(TOKEN, { slackApiUrl: slack.url });
    for (let batch = 0; batch < 13; batch++) {
      await Promise.all(Array.from({ length: 50 }, (_, i) => chatter.chat.postMessage({ channel: "CPARIS", text: `chatter ${batch}.${i}` })));
    }
    const report = await runDigest(deps({ channels: ["CPARIS"] }), SLOT_AT);
    // A search cut short cannot say "not there": the slot is unconfirmed and its claim kept, as when history fails.
    expect(report.results).toEqual([{ channel: "CPARIS", slot: SLOT, outcome: "failed", reason: expect.stringMatching(/^unconfirmed: /), permanent: false }]);
    expect(postsIn("CPARIS").filter((m) => m.metadata !== undefined)).toHaveLength(1);
    expect(await subscriptions.getClaim("CPARIS", SLOT)).toMatchObject({ status: "claimed" });
  });

  it("an operator re-runs a slot hours after its run died between post and record: the post is found, not repeated", async () => {
    // Slack's clock, three hours back while the dead run posts; the digest's claims use the wall clock, as on Lambda.
    let offsetMs = -3 * 3600_000;
    const slow = await startSlackApi({ token: TOKEN, clock: () => Date.now() + offsetMs });
    onTestFinished(() => slow.stop());
    const post = slackPoster(digestWebClient(TOKEN, slow.url, { timeoutMs: 1000 }), { sleep: async () => undefined });
    await subscriptions.claim("CPARIS", SLOT, { runId: "crashed", now: new Date(Date.now() + offsetMs), staleAfterMs: 0 });
    expect((await post("CPARIS", { text: "digest", blocks: [] }, { key: `CPARIS/${SLOT}` })).ok).toBe(true);
    offsetMs = 0;
    // README, "Re-running a digest": invoke with the slot's `now`; the claim is long stale, so this run takes it over.
    const report = await runDigest(deps({ channels: ["CPARIS"], post, clock: () => new Date() }), new Date(SLOT_AT.getTime() + 10 * 60_000));
    expect(report.results[0]).toMatchObject({ outcome: "posted", recovered: true, foundInHistory: true });
    expect(slow.messages("CPARIS").filter((m) => m.via === "chat.postMessage")).toHaveLength(1);
  });

  /** The Slack stand-in with its clock `hours` behind ours until `setHoursBehind` moves it, as a story's days go by. */
  async function slackBehind(hours: number) {
    let offsetMs = -hours * 3600_000;
    const api = await startSlackApi({ token: TOKEN, clock: () => Date.now() + offsetMs });
    onTestFinished(() => api.stop());
    return { api, setHoursBehind: (h: number) => void (offsetMs = -h * 3600_000) };
  }

  /** `count` messages of newsroom chatter in CPARIS, posted through `api` (whose clock says when). */
  async function chatter(api: SlackApi, count: number): Promise<void> {
    const client = new WebClient(TOKEN, { slackApiUrl: api.url });
    for (let done = 0; done < count; done += 50) {
      await Promise.all(Array.from({ length: Math.min(50, count - done) }, (_, i) => client.chat.postMessage({ channel: "CPARIS", text: `chatter ${done + i}` })));
    }
  }

  /** The operator's re-run of the slot (README, "Re-running a digest"), its claims stamped by the wall clock. */
  const rerun = (post: DigestRunDeps["post"]) => runDigest(deps({ channels: ["CPARIS"], post, clock: () => new Date() }), new Date(SLOT_AT.getTime() + 10 * 60_000));
  const keyedPosts = (api: SlackApi) => api.messages("CPARIS").filter((m) => m.metadata !== undefined);

  it("an operator re-runs an old slot whose run died after posting, in a channel busy since: the post is found, not repeated", async () => {
    // Three hours ago by Slack's clock, a run claimed the slot, posted it and died; the newsroom talked on an hour later.
    const { api, setHoursBehind } = await slackBehind(3);
    const post = slackPoster(digestWebClient(TOKEN, api.url, { timeoutMs: 1000 }), { sleep: async () => undefined });
    await subscriptions.claim("CPARIS", SLOT, { runId: "crashed", now: new Date(Date.now() - 3 * 3600_000), staleAfterMs: 0 });
    expect((await post("CPARIS", { text: "digest", blocks: [] }, { key: `CPARIS/${SLOT}` })).ok).toBe(true);
    setHoursBehind(2);
    await chatter(api, 650);
    setHoursBehind(0);
    // Searched from the slot back then up to now, history held more messages than a search reads: "unconfirmed",
    // every time. The dead run's claim says when it could have posted: history is read again up to there only.
    expect((await rerun(post)).results[0]).toMatchObject({ outcome: "posted", recovered: true, foundInHistory: true });
    expect(keyedPosts(api)).toHaveLength(1);
  });

  it("an old slot re-run whose post never reached Slack, in a channel busy since the slot: looked for where it can be, then posted once", async () => {
    const { api, setHoursBehind } = await slackBehind(1);
    const faulty = await startSlackFaultProxy(api.url);
    onTestFinished(() => faulty.close());
    await chatter(api, 650);
    setHoursBehind(0);
    // The connection drops before Slack has the message: the run cannot know, and looks in history before posting again.
    faulty.fail("chat.postMessage", { kind: "reset", afterAccept: false });
    // A post of this run's own is no older than the run: read back from the slot instead, the search gave up in the
    // chatter and called the slot unconfirmed (kept unposted until a takeover a quarter of an hour later, or never).
    const report = await rerun(slackPoster(digestWebClient(TOKEN, faulty.url, { timeoutMs: 1000 }), { sleep: async () => undefined }));
    expect(report.results[0]).toMatchObject({ outcome: "posted", recovered: false });
    expect(report.results[0]).not.toHaveProperty("foundInHistory");
    expect(keyedPosts(api)).toHaveLength(1);
  });

  it("a fresh slot is never looked up first: history is read only after a lost answer or a takeover", async () => {
    await runDigest(deps(), SLOT_AT);
    expect(slack.calls.filter((c) => c.method === "conversations.history")).toEqual([]);
  });
});

describe("a paused table", () => {
  it("a run whose subscription list does not come back fails within its timeout instead of hanging", async () => {
    const tableProxy = await startFaultProxy(table.endpoint);
    const client = createDynamoClient({ endpoint: tableProxy.endpoint });
    try {
      tableProxy.pause();
      const stuck = new DynamoSubscriptionStore({ client, tableName: table.tableName });
      await expect(runDigest(deps({ subscriptions: stuck, channelTimeoutMs: 600 }), SLOT_AT)).rejects.toThrow(/the subscription list: no answer within 300 ms/);
      expect(slack.calls).toEqual([]);
    } finally {
      tableProxy.heal();
      client.destroy();
      await tableProxy.close();
    }
  });

  it("claims that do not come back: each channel reported timed out, nothing posted; a later run posts each once", async () => {
    const tableProxy = await startFaultProxy(table.endpoint);
    const client = createDynamoClient({ endpoint: tableProxy.endpoint });
    try {
      // The list is read directly; every claim, record and release goes through the paused proxy.
      const paused = new DynamoSubscriptionStore({ client, tableName: table.tableName });
      const split: SubscriptionStore = {
        subscribe: (s) => subscriptions.subscribe(s),
        unsubscribe: (c) => subscriptions.unsubscribe(c),
        get: (c) => subscriptions.get(c),
        list: () => subscriptions.list(),
        listWithDamaged: () => subscriptions.listWithDamaged(),
        claim: (c, slot, o) => paused.claim(c, slot, o),
        recordPosted: (c, slot, r, ts, now) => paused.recordPosted(c, slot, r, ts, now),
        recordFailed: (c, slot, r, e, now) => paused.recordFailed(c, slot, r, e, now),
        release: (c, slot, r) => paused.release(c, slot, r),
        getClaim: (c, slot) => paused.getClaim(c, slot),
        claimsBetween: (c, from, to) => paused.claimsBetween(c, from, to),
        lastPosted: (c) => paused.lastPosted(c),
      };
      tableProxy.pause();
      const report = await runDigest(deps({ runId: "run-1", subscriptions: split, channelTimeoutMs: 600 }), SLOT_AT);
      expect(report.results.map((r) => [r.channel, r.outcome, r.outcome === "failed" ? r.reason : ""])).toEqual([
        ["CLYON", "failed", "TimeoutError: channel CLYON: no answer within 600 ms"],
        ["CPARIS", "failed", "TimeoutError: channel CPARIS: no answer within 600 ms"],
      ]);
      expect(slack.calls).toEqual([]);
      tableProxy.heal();
      // Whatever the abandoned claims came to (landed and released, or landed and left), the run after the stale
      // window posts each slot once and the abandoned run never posts behind its report's back.
      const later = await runDigest(deps({ runId: "run-2" }), new Date(SLOT_AT.getTime() + 16 * 60_000));
      expect(later.results.map((r) => r.outcome)).toEqual(["posted", "posted"]);
      expect(postsIn("CPARIS")).toHaveLength(1);
      expect(postsIn("CLYON")).toHaveLength(1);
    } finally {
      tableProxy.heal();
      client.destroy();
      await tableProxy.close();
    }
  });
});

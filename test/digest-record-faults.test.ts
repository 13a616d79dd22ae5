import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { briefArticle } from "#brief/brief.ts";
import { runDigest, type DigestRunDeps } from "#digest/run.ts";
import { startSlackApi, type SlackApi } from "#local/slack-api.ts";
import { digestWebClient, slackPoster } from "#slack/digest-poster.ts";
import { createDynamoClient } from "#store/dynamo-client.ts";
import { DynamoArticleStore } from "#store/dynamo-store.ts";
import { DynamoSubscriptionStore } from "#store/dynamo-subscriptions.ts";
import { SLOT, SLOT_AT, STORIES, subscription } from "#test/helpers/digest-fixtures.ts";
import { type Engine } from "#test/helpers/dynamo.ts";
import { useEngineSuite } from "#test/helpers/engine-suite.ts";
import { startFaultProxy, type FaultProxy, type RequestMatch } from "#test/helpers/fault-proxy.ts";

/**
 * The write that records a posted digest (the claim's UpdateItem to "posted"), held or answered into the void by a
 * real proxy in front of the local DynamoDB: the digest is in Slack once, the run says what happened, and a retried
 * run neither posts again nor loses the slot. The claim goes through the proxy; stories are read directly.
 */
const TOKEN = "xoxb-digest-record";
let slack: SlackApi;

beforeAll(async () => {
  slack = await startSlackApi({ token: TOKEN });
});
afterAll(async () => {
  await slack?.stop();
});

/** The UpdateItem that settles `channel`'s claim (record posted / failed): the only UpdateItem on a DIGEST# key. */
const settleOf =
  (channel: string): RequestMatch =>
  (operation, body) =>
    operation === "UpdateItem" && (body.Key as { pk?: { S?: string } } | undefined)?.pk?.S === `DIGEST#${channel}`;
/** The conditional PutItem that claims `channel`'s slot. */
const claimOf =
  (channel: string): RequestMatch =>
  (operation, body) =>
    operation === "PutItem" && (body.Item as { pk?: { S?: string } } | undefined)?.pk?.S === `DIGEST#${channel}`;

const MINUTE = 60_000;
const posts = (channel: string) => slack.messages(channel).filter((m) => m.via === "chat.postMessage");

describe.each<Engine>(["dynalite", "dynamodb-local"])("recording a posted digest under a faulty table (%s)", (engine) => {
  const suite = useEngineSuite(engine);

  /** A table with the day's stories and CPARIS subscribed; `faulty` reaches it through `proxy`, `direct` does not. */
  async function setUp(clientOptions: { requestTimeoutMs?: number; maxAttempts?: number } = {}) {
    const table = await suite.server.table();
    suite.open.push(table);
    const proxy: FaultProxy = await startFaultProxy(suite.server.endpoint);
    suite.open.push(proxy);
    const client = createDynamoClient({ endpoint: proxy.endpoint, ...clientOptions });
    suite.open.push(client);
    const articles = new DynamoArticleStore({ client: table.client, tableName: table.tableName });
    const direct = new DynamoSubscriptionStore({ client: table.client, tableName: table.tableName });
    const faulty = new DynamoSubscriptionStore({ client, tableName: table.tableName });
    for (const story of STORIES) await articles.put(story);
    await direct.subscribe(subscription("CPARIS"));
    slack.reset();
    const deps = (extra: Partial<DigestRunDeps> = {}): DigestRunDeps => ({
      articles,
      subscriptions: faulty,
      post: slackPoster(digestWebClient(TOKEN, slack.url)),
      brief: (a) => briefArticle(a, { bullets: 2, figures: 1 }),
      // Pauses between record attempts are not what is tested: none.
      sleep: async () => undefined,
      ...extra,
    });
    return { proxy, direct, deps };
  }

  it("the record lands but its answer is lost: the SDK's resend finds it done, and the run reports a clean post", async () => {
    const { proxy, direct, deps } = await setUp();
    proxy.loseAnswer(settleOf("CPARIS"));
    const report = await runDigest(deps({ runId: "run-1" }), SLOT_AT);
    // The answer was lost and the write sent again (or the fault never happened and this test proves nothing).
    expect(proxy.seen.UpdateItem).toBe(2);
    const [message] = posts("CPARIS");
    // Exactly this: no `claimLost` (an alarm that a second post is possible), no `unrecorded`.
    expect(report.results).toEqual([{ channel: "CPARIS", slot: SLOT, outcome: "posted", ts: message!.ts, stories: 3, recovered: false }]);
    expect(await direct.getClaim("CPARIS", SLOT)).toMatchObject({ status: "posted", runId: "run-1", ts: message!.ts });

    // The run retried (a Lambda retry of the same event, then the next cron tick): nothing posted again.
    for (const at of [SLOT_AT, new Date(SLOT_AT.getTime() + 15 * MINUTE)]) {
      const again = await runDigest(deps(), at);
      expect(again.results).toEqual([expect.objectContaining({ outcome: "skipped", reason: "already-posted", detail: `ts ${message!.ts}` })]);
    }
    expect(posts("CPARIS")).toHaveLength(1);
  });

  it("the claim lands but its answer is lost: the run knows the claim is its own and posts now, once", async () => {
    const { proxy, direct, deps } = await setUp();
    proxy.loseAnswer(claimOf("CPARIS"));
    const report = await runDigest(deps({ runId: "run-1" }), SLOT_AT);
    expect(proxy.seen.PutItem).toBe(2);
    const [message] = posts("CPARIS");
    // Not skipped as "claimed by another run" (itself), which left the slot unposted until its claim went stale.
    // Whether the lost put took over a dead run's claim cannot be known, so it is treated as taken over: history
    // is searched first (nothing there) and the digest posted.
    // The report says which: the claim's own answer was lost, not a dead run's claim taken over.
    expect(report.results).toEqual([{ channel: "CPARIS", slot: SLOT, outcome: "posted", ts: message!.ts, stories: 3, recovered: true, claimAnswerLost: true }]);
    expect(slack.calls.filter((c) => c.method === "conversations.history")).toHaveLength(1);
    expect(posts("CPARIS")).toHaveLength(1);
    expect(await direct.getClaim("CPARIS", SLOT)).toMatchObject({ status: "posted", runId: "run-1", ts: message!.ts });
  });

  it("the record is held and never answered: the channel times out, and the run that takes the claim over finds the post", async () => {
    // Long client timeouts: the run's own channel timeout is what gives up on the held write.
    const { proxy, direct, deps } = await setUp({ requestTimeoutMs: 20_000, maxAttempts: 1 });
    const held = proxy.hold(settleOf("CPARIS"));
    const first = await runDigest(deps({ runId: "run-1", channelTimeoutMs: 1500 }), SLOT_AT);
    await held.reached;
    expect(first.results).toEqual([
      { channel: "CPARIS", slot: SLOT, outcome: "failed", reason: "TimeoutError: channel CPARIS: no answer within 1500 ms", permanent: false },
    ]);
    const [message] = posts("CPARIS");
    expect(message).toBeDefined();
    // Kept, not released: released, the next tick would post the slot again without looking.
    expect(await direct.getClaim("CPARIS", SLOT)).toMatchObject({ status: "claimed", runId: "run-1" });

    // A retry within the stale window leaves the slot to run-1…
    const soon = await runDigest(deps({ runId: "run-2", subscriptions: direct }), new Date(SLOT_AT.getTime() + MINUTE));
    expect(soon.results).toEqual([expect.objectContaining({ outcome: "skipped", reason: "claimed-by-another-run" })]);
    // …the one after it takes the claim over, finds run-1's post in the channel's history, and records it.
    const later = await runDigest(deps({ runId: "run-3", subscriptions: direct }), new Date(SLOT_AT.getTime() + 16 * MINUTE));
    expect(later.results).toEqual([expect.objectContaining({ outcome: "posted", recovered: true, foundInHistory: true, ts: message!.ts })]);
    // A dead run's claim taken over, not this run's own lost answer: the report does not say the latter.
    expect(later.results[0]).not.toHaveProperty("claimAnswerLost");
    expect(posts("CPARIS")).toHaveLength(1);
    expect(await direct.getClaim("CPARIS", SLOT)).toMatchObject({ status: "posted", runId: "run-3", ts: message!.ts });
  });

  it("the record is held while a later run takes the claim over: that run finds the post, and the first reports the claim lost", async () => {
    const { proxy, direct, deps } = await setUp({ requestTimeoutMs: 20_000, maxAttempts: 1 });
    const held = proxy.hold(settleOf("CPARIS"));
    const first = runDigest(deps({ runId: "run-1" }), SLOT_AT);
    await held.reached;
    const [message] = posts("CPARIS");
    // Past the stale window, run-1's claim is taken over while its record is still on the way.
    const later = await runDigest(deps({ runId: "run-2", subscriptions: direct }), new Date(SLOT_AT.getTime() + 16 * MINUTE));
    expect(later.results).toEqual([expect.objectContaining({ outcome: "posted", recovered: true, foundInHistory: true, ts: message!.ts })]);
    held.release();
    // run-1's record lands on a claim that is no longer its own: refused, and said so (a second post was possible).
    expect((await first).results).toEqual([{ channel: "CPARIS", slot: SLOT, outcome: "posted", ts: message!.ts, stories: 3, recovered: false, claimLost: true }]);
    expect(await direct.getClaim("CPARIS", SLOT)).toMatchObject({ status: "posted", runId: "run-2", ts: message!.ts });
    expect(posts("CPARIS")).toHaveLength(1);
  });

  it("a claim that lands after its channel timed out: the abandoned run gives the slot back instead of posting behind its report", async () => {
    const { proxy, direct, deps } = await setUp({ requestTimeoutMs: 20_000, maxAttempts: 1 });
    const held = proxy.hold(claimOf("CPARIS"));
    const first = await runDigest(deps({ runId: "run-1", channelTimeoutMs: 500 }), SLOT_AT);
    expect(first.results).toEqual([expect.objectContaining({ outcome: "failed", reason: "TimeoutError: channel CPARIS: no answer within 500 ms" })]);
    await held.reached;
    held.release();
    // The claim lands; the abandoned run reads the stories, sees it was given up on, and releases the claim (its last
    // write: a DeleteItem; posting would have ended with the record's UpdateItem instead).
    await expect.poll(() => (proxy.seen.DeleteItem ?? 0) + (proxy.seen.UpdateItem ?? 0), { timeout: 10_000 }).toBe(1);
    await expect.poll(async () => (await direct.getClaim("CPARIS", SLOT))?.status ?? "released", { timeout: 5_000 }).toBe("released");
    expect(posts("CPARIS")).toEqual([]);
    // So the next tick posts it, once.
    const next = await runDigest(deps({ runId: "run-2", subscriptions: direct }), new Date(SLOT_AT.getTime() + 15 * MINUTE));
    expect(next.results).toEqual([expect.objectContaining({ outcome: "posted", recovered: false })]);
    expect(posts("CPARIS")).toHaveLength(1);
  });
});

// The handler keeps its dependencies per container (module state): one test, on one engine, in this file.
describe("functions/digest.ts: a held brief write-back and a lost record answer", () => {
  const suite = useEngineSuite("dynalite");

  it("posts once, reports it clean, returns only once the write-backs are done; its retry posts nothing", async () => {
    const table = await suite.server.table();
    suite.open.push(table);
    const proxy = await startFaultProxy(suite.server.endpoint);
    suite.open.push(proxy);
    // Stored without briefs (no briefer): the digest computes each story's and writes it back, through the proxy.
    const articles = new DynamoArticleStore({ client: table.client, tableName: table.tableName });
    for (const story of STORIES) await articles.put(story);
    const direct = new DynamoSubscriptionStore({ client: table.client, tableName: table.tableName });
    await direct.subscribe(subscription("CPARIS"));
    slack.reset();

    const env = {
      NUTGRAF_TABLE: table.tableName,
      DYNAMODB_ENDPOINT: proxy.endpoint,
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_SIGNING_SECRET: "unused-by-the-digest",
      SLACK_API_URL: slack.url,
    };
    const before = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
    Object.assign(process.env, env);
    try {
      const { handler, digestDeps } = await import("#functions/digest.ts");
      const writeBack = proxy.hold((operation, body) => operation === "UpdateItem" && String((body.Key as { pk?: { S?: string } }).pk?.S).startsWith("ART#"));
      proxy.loseAnswer(settleOf("CPARIS"));
      let settled = false;
      const run = handler({ now: SLOT_AT.toISOString() }).finally(() => (settled = true));
      await writeBack.reached;
      // Three write-backs (one held), the record whose answer is lost and its resend: runDigest ends with the resend.
      await expect.poll(() => proxy.seen.UpdateItem ?? 0, { timeout: 10_000 }).toBe(5);
      expect(posts("CPARIS")).toHaveLength(1);
      // Well inside the client's 2.5 s request timeout on the held write: the handler is still waiting for it.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(settled).toBe(false);
      writeBack.release();
      const report = await run;
      const [message] = posts("CPARIS");
      expect(report.results).toEqual([{ channel: "CPARIS", slot: SLOT, outcome: "posted", ts: message!.ts, stories: 3, recovered: false }]);
      // Returned after the write-backs, the held one included: every story of the digest has its brief stored.
      expect(digestDeps().briefs.counts).toEqual({ stored: 0, computed: 3, written: 3 });
      for (const story of STORIES.slice(0, 3)) expect((await articles.get(story.id))?.brief, story.headline).toMatchObject({ generation: expect.any(Number) });

      // The scheduler retries the same event: nothing posted again.
      const retried = await handler({ now: SLOT_AT.toISOString() });
      expect(retried.results).toEqual([expect.objectContaining({ outcome: "skipped", reason: "already-posted", detail: `ts ${message!.ts}` })]);
      expect(posts("CPARIS")).toHaveLength(1);
      expect(await direct.getClaim("CPARIS", SLOT)).toMatchObject({ status: "posted", ts: message!.ts });
    } finally {
      for (const [k, v] of Object.entries(before)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  });
});

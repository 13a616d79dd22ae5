import { DynamoDBDocumentClient, PutCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { briefArticle } from "#brief/brief.ts";
import { DynamoArticleStore } from "#store/dynamo-store.ts";
import { DynamoSubscriptionStore } from "#store/dynamo-subscriptions.ts";
import { runDigest, type DigestRunDeps } from "#digest/run.ts";
import { checkSlackMessage } from "#local/block-kit.ts";
import { digestWebClient, slackPoster } from "#slack/digest-poster.ts";
import type { Subscription } from "#digest/subscriptions.ts";
import { createLogger } from "#lib/log.ts";
import { runCommand, type CommandDeps } from "#slack/commands.ts";
import { StoreError } from "#store/store.ts";
import { TABLE_KEYS } from "#store/table.ts";
import "#slack/subscription-commands.ts";
import { startSlackApi, type SlackApi } from "#local/slack-api.ts";
import { startTestServer, type Engine, type TestServer, type TestTable } from "#test/helpers/dynamo.ts";
import { startFaultProxy } from "#test/helpers/fault-proxy.ts";
import { SLOT, SLOT_AT, STORIES, story, subscription } from "#test/helpers/digest-fixtures.ts";

const TOKEN = "xoxb-test-digest";
let server: TestServer;
let slack: SlackApi;
let table: TestTable;
let subscriptions: DynamoSubscriptionStore;
let articles: DynamoArticleStore;

/** A server of `engine` and a Slack stand-in for the enclosing block; a fresh table and a clean Slack per test. */
function useTable(engine: Engine): void {
  beforeAll(async () => {
    [server, slack] = await Promise.all([startTestServer(engine), startSlackApi({ token: TOKEN })]);
  });

  afterAll(async () => {
    await table?.stop();
    await Promise.all([server?.stop(), slack?.stop()]);
  });

  beforeEach(async () => {
    await table?.stop();
    table = await server.table();
    subscriptions = new DynamoSubscriptionStore({ client: table.client, tableName: table.tableName });
    articles = new DynamoArticleStore({ client: table.client, tableName: table.tableName });
    slack.reset();
  });
}

function deps(extra: Partial<DigestRunDeps> = {}): DigestRunDeps {
  return {
    articles,
    subscriptions,
    post: slackPoster(digestWebClient(TOKEN, slack.url)),
    brief: (a) => briefArticle(a, { bullets: 2, figures: 1 }),
    ...extra,
  };
}

const posts = () => slack.calls.filter((c) => c.method === "chat.postMessage" && c.status === 200 && c.response.ok === true);

async function seed(...subs: Subscription[]) {
  for (const a of STORIES) await articles.put(a);
  for (const s of subs) await subscriptions.subscribe(s);
}

// Claims and subscriptions are conditional writes whose expressions dynalite and AWS's engine may read differently:
// every test here runs on both.
describe.each<Engine>(["dynalite", "dynamodb-local"])("digest and subscriptions on %s", (engine) => {
  useTable(engine);

  describe("runDigest: posting", () => {
    it("posts each due channel's digest of the last 24 hours, ranked, within Block Kit limits, and records the ts", async () => {
      await seed(subscription("CPARIS"), subscription("CNY", { timeZone: "America/New_York" }));
      const report = await runDigest(deps({ runId: "run-1" }), SLOT_AT);

      expect(report).toMatchObject({ due: 1, posted: 1, skipped: 0, failed: 0 });
      expect(report.results).toEqual([
        { channel: "CPARIS", slot: SLOT, outcome: "posted", ts: expect.any(String), stories: 3, recovered: false },
      ]);
      const [message] = slack.messages("CPARIS");
      expect(message).toBeDefined();
      expect(checkSlackMessage(message).problems).toEqual([]);
      const text = JSON.stringify(message!.blocks);
      expect(text.indexOf("Attacks in Paris")).toBeLessThan(text.indexOf("$2bn budget"));
      expect(text).toContain("At least 129 people were killed");
      expect(text).not.toContain("Old news from last week");
      expect(slack.messages("CNY")).toEqual([]);
      expect(await subscriptions.getClaim("CPARIS", SLOT)).toMatchObject({ status: "posted", runId: "run-1", ts: message!.ts });
    });

    it("never posts twice when the cron runs again, later in the catch-up window too", async () => {
      await seed(subscription("CPARIS"));
      await runDigest(deps(), SLOT_AT);
      const again = await runDigest(deps(), SLOT_AT);
      const later = await runDigest(deps(), new Date(SLOT_AT.getTime() + 15 * 60_000));
      expect(again.results).toEqual([
        { channel: "CPARIS", slot: SLOT, outcome: "skipped", reason: "already-posted", detail: expect.stringMatching(/^ts /) },
      ]);
      expect(later.results[0]).toMatchObject({ outcome: "skipped", reason: "already-posted" });
      expect(posts()).toHaveLength(1);
    });

    it("posts nothing twice when the cron re-runs through the catch-up hour: +15, +30, +45 and +60 minutes", async () => {
      await seed(subscription("CPARIS"), subscription("CGONE"));
      slack.failChannel("CGONE", "channel_not_found");
      const first = await runDigest(deps({ runId: "first" }), SLOT_AT);
      expect(first).toMatchObject({ posted: 1, failed: 1 });
      const posted = await subscriptions.getClaim("CPARIS", SLOT);
      // Past the 15-minute stale window a claim is only taken over while it is still unposted (status "claimed"):
      // a posted or failed slot stays settled however old it is.
      for (const minutes of [15, 30, 45, 60]) {
        const rerun = await runDigest(deps({ runId: `rerun-${minutes}` }), new Date(SLOT_AT.getTime() + minutes * 60_000));
        expect(rerun.posted, `re-run at +${minutes} min`).toBe(0);
      }
      expect(posts()).toHaveLength(1);
      expect(slack.calls.filter((c) => c.method === "chat.postMessage" && c.body.channel === "CGONE")).toHaveLength(1);
      expect(await subscriptions.getClaim("CPARIS", SLOT)).toEqual(posted);
      expect(await subscriptions.getClaim("CGONE", SLOT)).toMatchObject({ status: "failed", runId: "first" });
    });

    it("posts once when two runs race for the same slots", async () => {
      await seed(...["C1", "C2", "C3", "C4", "C5", "C6"].map((c) => subscription(c)));
      const [a, b, c] = await Promise.all([
        runDigest(deps({ runId: "run-a" }), SLOT_AT),
        runDigest(deps({ runId: "run-b" }), SLOT_AT),
        runDigest(deps({ runId: "run-c" }), SLOT_AT),
      ]);
      expect(a.posted + b.posted + c.posted).toBe(6);
      expect(a.failed + b.failed + c.failed).toBe(0);
      expect(posts()).toHaveLength(6);
      expect(new Set(posts().map((p) => p.body.channel)).size).toBe(6);
      for (const r of [...a.results, ...b.results, ...c.results].filter((x) => x.outcome === "skipped")) {
        expect(["already-posted", "claimed-by-another-run"]).toContain(r.outcome === "skipped" ? r.reason : "");
      }
    });

    it("retries a slot whose run died between claim and post, and leaves a live run's fresh claim alone", async () => {
      await seed(subscription("CDEAD"), subscription("CBUSY"));
      // A run that crashed 20 minutes ago, and one that claimed a minute ago and is still posting.
      await subscriptions.claim("CDEAD", SLOT, { runId: "crashed", now: new Date(SLOT_AT.getTime() - 20 * 60_000), staleAfterMs: 0 });
      await subscriptions.claim("CBUSY", SLOT, { runId: "busy", now: new Date(SLOT_AT.getTime() - 60_000), staleAfterMs: 0 });

      const report = await runDigest(deps({ runId: "next" }), SLOT_AT);
      const byChannel = Object.fromEntries(report.results.map((r) => [r.channel, r]));
      expect(byChannel.CDEAD).toMatchObject({ outcome: "posted", recovered: true });
      expect(byChannel.CBUSY).toMatchObject({ outcome: "skipped", reason: "claimed-by-another-run", detail: expect.stringContaining("busy") });
      expect(posts().map((p) => p.body.channel)).toEqual(["CDEAD"]);
      // The crashed run wakes up and tries to record a post: it no longer holds the claim.
      expect(await subscriptions.recordPosted("CDEAD", SLOT, "crashed", "1.2", SLOT_AT)).toBe(false);
      expect(await subscriptions.getClaim("CDEAD", SLOT)).toMatchObject({ status: "posted", runId: "next" });
    });
  });

  describe("runDigest: failures stay in their channel", () => {
    it("honours a 429's Retry-After and posts once", async () => {
      await seed(subscription("CLIMITED"));
      slack.rateLimit("chat.postMessage", 1, 1);
      const report = await runDigest(deps(), SLOT_AT);
      expect(report.results[0]).toMatchObject({ outcome: "posted" });
      const attempts = slack.calls.filter((c) => c.method === "chat.postMessage");
      expect(attempts.map((c) => c.status)).toEqual([429, 200]);
      expect(slack.messages("CLIMITED")).toHaveLength(1);
    });

    it("gives a slot back when Slack keeps limiting past the wait budget, and the next run posts it", async () => {
      await seed(subscription("CLIMITED"));
      slack.rateLimit("chat.postMessage", 30, 1);
      const first = await runDigest(deps({ post: slackPoster(digestWebClient(TOKEN, slack.url), { maxWaitMs: 5_000 }) }), SLOT_AT);
      expect(first.results[0]).toMatchObject({ outcome: "failed", permanent: false, reason: expect.stringContaining("Retry-After 30") });
      expect(await subscriptions.getClaim("CLIMITED", SLOT)).toBeUndefined();
      const next = await runDigest(deps(), new Date(SLOT_AT.getTime() + 15 * 60_000));
      expect(next.results[0]).toMatchObject({ outcome: "posted" });
      expect(slack.messages("CLIMITED")).toHaveLength(1);
    });

    it("reports channel_not_found and not_in_channel, posts to the others, and does not retry the failed slots", async () => {
      await seed(subscription("CGONE"), subscription("COK"), subscription("COUT"));
      slack.failChannel("CGONE", "channel_not_found");
      slack.failChannel("COUT", "not_in_channel");
      const report = await runDigest(deps(), SLOT_AT);
      const byChannel = Object.fromEntries(report.results.map((r) => [r.channel, r]));
      expect(byChannel.CGONE).toEqual({ channel: "CGONE", slot: SLOT, outcome: "failed", reason: "channel_not_found", permanent: true });
      expect(byChannel.COUT).toEqual({ channel: "COUT", slot: SLOT, outcome: "failed", reason: "not_in_channel", permanent: true });
      expect(byChannel.COK).toMatchObject({ outcome: "posted" });
      expect(report).toMatchObject({ due: 3, posted: 1, failed: 2 });
      expect(await subscriptions.getClaim("CGONE", SLOT)).toMatchObject({ status: "failed", error: "channel_not_found" });

      const before = slack.calls.length;
      const again = await runDigest(deps(), new Date(SLOT_AT.getTime() + 15 * 60_000));
      expect(again.results.map((r) => (r.outcome === "skipped" ? r.reason : r.outcome))).toEqual(["failed-earlier", "already-posted", "failed-earlier"]);
      expect(slack.calls.length).toBe(before);
    });

    it("reports a hand-edited subscription with an unusable zone or time, and still posts to the others", async () => {
      await seed(subscription("CPARIS"), subscription("CMARS", { timeZone: "Mars/Olympus" }), subscription("CLATE", { time: "25:00" }));
      const report = await runDigest(deps(), SLOT_AT);
      const byChannel = Object.fromEntries(report.results.map((r) => [r.channel, r]));
      expect(byChannel.CPARIS).toMatchObject({ outcome: "posted" });
      expect(byChannel.CMARS).toMatchObject({ outcome: "failed", permanent: true, reason: expect.stringContaining('unknown time zone "Mars/Olympus"') });
      expect(byChannel.CLATE).toMatchObject({ outcome: "failed", permanent: true, reason: expect.stringContaining('time "25:00"') });
      expect(report).toMatchObject({ due: 3, posted: 1, failed: 2 });
    });

    it("keeps a posted digest's claim when recording its ts is throttled: retries the record, never posts twice", async () => {
      await seed(subscription("CPARIS"), subscription("CLYON"));
      const proxy = await startFaultProxy(table.endpoint);
      // One SDK attempt per call, so each throttled answer is one failed recordPosted the run must survive.
      const flaky = await server.table({ maxAttempts: 1, endpoint: proxy.endpoint });
      try {
        const store = new DynamoSubscriptionStore({ client: flaky.client, tableName: table.tableName });
        const slackPost = slackPoster(digestWebClient(TOKEN, slack.url));
        const pauses: number[] = [];
        // Slack accepts the post, then the table throttles the next `throttled` requests.
        const run = (channel: string, throttled: number, at: Date, s: DynamoSubscriptionStore) => {
          const post: DigestRunDeps["post"] = async (c, message, request) => {
            const result = await slackPost(c, message, request);
            proxy.throttle(throttled);
            return result;
          };
          const sleep = async (ms: number) => void pauses.push(ms);
          return runDigest(deps({ subscriptions: s, post, sleep, channels: [channel] }), at);
        };

        // A passing throttle: the record is retried and lands.
        const lyon = await run("CLYON", 1, SLOT_AT, store);
        expect(lyon.results).toEqual([expect.objectContaining({ outcome: "posted" })]);
        expect(lyon.results[0]).not.toHaveProperty("unrecorded");
        expect(pauses).toHaveLength(1);
        expect(await subscriptions.getClaim("CLYON", SLOT)).toMatchObject({ status: "posted" });

        // A throttle that outlasts every retry: reported, and the claim is kept, not released.
        const paris = await run("CPARIS", Infinity, SLOT_AT, store);
        proxy.heal();
        expect(paris.results).toEqual([expect.objectContaining({ outcome: "posted", unrecorded: true })]);
        expect(await subscriptions.getClaim("CPARIS", SLOT)).toMatchObject({ status: "claimed" });
        // So the next cron tick leaves the slot alone instead of posting it again.
        const next = await runDigest(deps({ channels: ["CPARIS", "CLYON"] }), new Date(SLOT_AT.getTime() + 15 * 60_000));
        expect(next.posted).toBe(0);
        expect(slack.messages("CPARIS")).toHaveLength(1);
        expect(slack.messages("CLYON")).toHaveLength(1);
      } finally {
        await flaky.stop();
        await proxy.close();
      }
    });

    it("releases the claim when the archive cannot be read, so the next run retries", async () => {
      await seed(subscription("CPARIS"));
      const broken = new DynamoArticleStore({ client: table.client, tableName: "no-such-table" });
      const report = await runDigest(deps({ articles: broken }), SLOT_AT);
      expect(report.results[0]).toMatchObject({ outcome: "failed", permanent: false });
      expect(await subscriptions.getClaim("CPARIS", SLOT)).toBeUndefined();
      expect(posts()).toHaveLength(0);
    });

    it("does not keep a failed archive read for the slot: a channel that needs it later reads again and posts", async () => {
      const channels = ["C1", "C2", "C3", "C4", "C5"];
      await seed(...channels.map((c) => subscription(c)));
      const proxy = await startFaultProxy(table.endpoint);
      // One SDK attempt, so the one throttled answer fails the first read of the slot's stories.
      const flaky = await server.table({ maxAttempts: 1, endpoint: proxy.endpoint });
      try {
        proxy.throttle(1);
        const report = await runDigest(deps({ articles: new DynamoArticleStore({ client: flaky.client, tableName: table.tableName }) }), SLOT_AT);
        expect(proxy.throttled).toBe(1);
        // Four channels run at once and may all share the failed read; the fifth starts only after one of them is
        // done, so it reads again instead of inheriting the failure.
        expect(report.posted).toBeGreaterThanOrEqual(1);
        expect(report.posted + report.failed).toBe(5);
        for (const r of report.results.filter((x) => x.outcome === "failed")) expect(r).toMatchObject({ permanent: false, reason: expect.stringContaining("throttling") });
        const next = await runDigest(deps(), new Date(SLOT_AT.getTime() + 15 * 60_000));
        expect(next.posted).toBe(report.failed);
        for (const c of channels) expect(slack.messages(c)).toHaveLength(1);
      } finally {
        await flaky.stop();
        await proxy.close();
      }
    });
  });

  describe("runDigest: empty days", () => {
    it("posts a 'no new stories' line, or nothing for a quiet subscription", async () => {
      await subscriptions.subscribe(subscription("CLOUD"));
      await subscriptions.subscribe(subscription("CQUIET", { quietWhenEmpty: true }));
      const report = await runDigest(deps(), SLOT_AT);
      const byChannel = Object.fromEntries(report.results.map((r) => [r.channel, r]));
      expect(byChannel.CLOUD).toMatchObject({ outcome: "posted", stories: 0 });
      expect(byChannel.CQUIET).toEqual({ channel: "CQUIET", slot: SLOT, outcome: "skipped", reason: "quiet-empty-day" });
      expect(slack.messages("CLOUD")[0]?.text).toMatch(/no new stories/i);
      expect(slack.messages("CQUIET")).toEqual([]);
      // The quiet day is settled too: a re-run does not reconsider it.
      const again = await runDigest(deps(), SLOT_AT);
      expect(again.results.every((r) => r.outcome === "skipped" && r.reason === "already-posted")).toBe(true);
    });

    it("channels of one slot share a digest only when their filters match: a section filter gets its own", async () => {
      await seed(subscription("CALL"), subscription("CBIZ", { section: "business" }), subscription("CALL2"));
      await articles.put({ ...story("Markets rally as rates hold", "2024-07-01T15:00:00Z", ["Shares rose 2% on Monday after the central bank held rates."]), section: "business" });
      await articles.put({ ...story("Summit opens in Geneva", "2024-07-01T16:00:00Z", ["Leaders of 40 nations met in Geneva on Monday."]), section: "world" });
      const report = await runDigest(deps(), SLOT_AT);
      const stories = Object.fromEntries(report.results.map((r) => [r.channel, r.outcome === "posted" ? r.stories : -1]));
      expect(stories).toEqual({ CALL: 5, CALL2: 5, CBIZ: 1 });
      expect(slack.messages("CBIZ")[0]!.text).toContain("Markets rally as rates hold");
      expect(slack.messages("CBIZ")[0]!.text).not.toContain("Attacks in Paris");
      expect(slack.messages("CALL")[0]!.text).toBe(slack.messages("CALL2")[0]!.text);
    });

    it("a quiet subscription is quiet on empty days only: on a day with stories it gets its digest", async () => {
      await seed(subscription("CQUIET", { quietWhenEmpty: true }));
      const report = await runDigest(deps(), SLOT_AT);
      expect(report.results).toEqual([expect.objectContaining({ channel: "CQUIET", outcome: "posted", stories: 3 })]);
      expect(slack.messages("CQUIET")).toHaveLength(1);
      expect(slack.messages("CQUIET")[0]!.text).toContain("Attacks in Paris kill at least 129");
    });
  });

  describe("runDigest: racing runs meet a 429, a dead run and a gone channel", () => {
    it("claims, records, fails, releases and recovers exactly once", async () => {
      const store = subscriptions;
      const archive = articles;
      for (const a of STORIES) await archive.put(a);
      for (const c of ["C1", "C2", "CGONE", "CLIMITED", "CDEAD"]) await store.subscribe(subscription(c));
      slack.failChannel("CGONE", "channel_not_found");
      slack.rateLimit("chat.postMessage", 30, 1);
      await store.claim("CDEAD", SLOT, { runId: "crashed", now: new Date(SLOT_AT.getTime() - 20 * 60_000), staleAfterMs: 0 });
      const localDeps = (runId: string) => deps({ articles: archive, subscriptions: store, runId, post: slackPoster(digestWebClient(TOKEN, slack.url), { maxWaitMs: 0 }) });

      const [a, b] = await Promise.all([runDigest(localDeps("run-a"), SLOT_AT), runDigest(localDeps("run-b"), SLOT_AT)]);
      // The first post of the two runs, whichever channel it was for (the runs race), met the 429 and was released;
      // every other slot went out once or failed for good.
      expect([...a.results, ...b.results].filter((r) => r.outcome === "failed" && !r.permanent)).toHaveLength(1);
      const later = await runDigest(localDeps("run-c"), new Date(SLOT_AT.getTime() + 15 * 60_000));
      const all = [...a.results, ...b.results, ...later.results];
      // Four reachable channels, each posted exactly once across the three runs; the gone one failed for good.
      expect(all.filter((r) => r.outcome === "posted").map((r) => r.channel).sort()).toEqual(["C1", "C2", "CDEAD", "CLIMITED"]);
      expect(await store.getClaim("CGONE", SLOT)).toMatchObject({ status: "failed", error: "channel_not_found" });
      for (const c of ["C1", "C2", "CLIMITED", "CDEAD"]) {
        expect(slack.messages(c)).toHaveLength(1);
        expect(await store.getClaim(c, SLOT)).toMatchObject({ status: "posted", ts: slack.messages(c)[0]!.ts });
      }
      expect(slack.messages("CGONE")).toEqual([]);
    }, 20_000);
  });

  describe("DynamoSubscriptionStore", () => {
    it("subscribes, updates, lists in channel order across pages, and unsubscribes", async () => {
      expect(await subscriptions.subscribe(subscription("CB"))).toEqual({ status: "created" });
      const updated = await subscriptions.subscribe(subscription("CB", { time: "08:30" }));
      expect(updated).toMatchObject({ status: "updated", previous: { time: "07:00" } });
      // Enough items (with padding) to need more than one 1 MB query page.
      const padding = "x".repeat(300_000);
      for (const c of ["CA", "CC", "CD", "CE"]) await subscriptions.subscribe({ ...subscription(c), createdBy: `U${padding}`.slice(0, 300_000) });
      expect((await subscriptions.list()).map((s) => s.channelId)).toEqual(["CA", "CB", "CC", "CD", "CE"]);
      expect(await subscriptions.get("CB")).toMatchObject({ time: "08:30", timeZone: "Europe/Paris" });
      expect(await subscriptions.unsubscribe("CB")).toMatchObject({ channelId: "CB" });
      expect(await subscriptions.unsubscribe("CB")).toBeUndefined();
      expect((await subscriptions.list()).map((s) => s.channelId)).toEqual(["CA", "CC", "CD", "CE"]);
    });
  });

  describe("DynamoSubscriptionStore: a command's unsubscribe", () => {
    it("leaves a marker every reader passes over, unreported as damage; a subscribe after it is a new subscription", async () => {
      const reported: StoreError[] = [];
      const store = new DynamoSubscriptionStore({ client: table.client, tableName: table.tableName, onMalformed: (error) => reported.push(error) });
      const at = (minute: number) => ({ requestedAt: new Date(SLOT_AT.getTime() + minute * 60_000) });
      await store.subscribe(subscription("CMARK"), at(0));
      expect(await store.unsubscribe("CMARK", at(1))).toMatchObject({ channelId: "CMARK", time: "07:00" });
      expect(await store.get("CMARK")).toBeUndefined();
      expect((await store.list()).map((s) => s.channelId)).not.toContain("CMARK");
      expect((await store.listWithDamaged()).map((s) => s.channelId)).not.toContain("CMARK");
      expect(await store.unsubscribe("CMARK", at(2))).toBeUndefined();
      // An unsubscribe typed before that one, written after it: the channel has none either way.
      expect(await store.unsubscribe("CMARK", at(1.7))).toBeUndefined();
      // Typed before the unsubscribe, written after it: not written.
      expect(await store.subscribe(subscription("CMARK"), at(1.5))).toEqual({ status: "superseded", byUnsubscribe: true });
      expect(await store.subscribe(subscription("CMARK"), at(3))).toEqual({ status: "created" });
      expect(reported).toEqual([]);
    });
  });

  describe("DynamoSubscriptionStore claims", () => {
    it("a claim exactly staleAfterMs old is still held; a millisecond older, a later run may take it over", async () => {
      // The edge itself: a live run keeps its slot for the whole of staleAfterMs, never a millisecond less.
      const stale = 15 * 60_000;
      const t0 = SLOT_AT.getTime();
      await subscriptions.claim("CEDGE", SLOT, { runId: "first", now: new Date(t0), staleAfterMs: stale });
      expect(await subscriptions.claim("CEDGE", SLOT, { runId: "second", now: new Date(t0 + stale), staleAfterMs: stale })).toMatchObject({ status: "held", runId: "first" });
      expect(await subscriptions.claim("CEDGE", SLOT, { runId: "second", now: new Date(t0 + stale + 1), staleAfterMs: stale })).toEqual({ status: "claimed", retried: true, previousClaimedAt: new Date(t0) });
    });

    it("a run whose claim was taken over cannot release it: the slot stays with the run that holds it", async () => {
      // The first run wakes after its claim went stale, meets a transient failure and gives the slot 'back': were
      // that to delete the second run's claim, a third run could claim the slot and post it again.
      await subscriptions.claim("CBACK", SLOT, { runId: "first", now: new Date(SLOT_AT.getTime() - 20 * 60_000), staleAfterMs: 0 });
      expect(await subscriptions.claim("CBACK", SLOT, { runId: "second", now: SLOT_AT, staleAfterMs: 15 * 60_000 })).toEqual({ status: "claimed", retried: true, previousClaimedAt: new Date(SLOT_AT.getTime() - 20 * 60_000) });
      expect(await subscriptions.release("CBACK", SLOT, "first")).toBe(false);
      expect(await subscriptions.getClaim("CBACK", SLOT)).toMatchObject({ status: "claimed", runId: "second" });
      expect(await subscriptions.claim("CBACK", SLOT, { runId: "third", now: SLOT_AT, staleAfterMs: 15 * 60_000 })).toMatchObject({ status: "held", runId: "second" });
    });
  });

  describe("DynamoSubscriptionStore reading hand-edited items", () => {
    const put = (item: Record<string, unknown>) =>
      DynamoDBDocumentClient.from(table.client).send(new PutCommand({ TableName: table.tableName, Item: item }));
    const subPk = `${TABLE_KEYS.prefixes.subscription}ALL`;
    const rejected = async (read: Promise<unknown>): Promise<StoreError> => {
      const error = await read.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(StoreError);
      expect((error as StoreError).code).toBe("MALFORMED_ITEM");
      return error as StoreError;
    };

    it("rejects a subscription or claim missing a field, or with an unknown status, naming the item and the field", async () => {
      const { createdBy: _omit, ...noAuthor } = subscription("CNOAUTHOR");
      await put({ pk: subPk, sk: "CNOAUTHOR", ...noAuthor });
      await put({ pk: subPk, sk: "CNUMBER", ...subscription("CNUMBER"), time: 700 });
      expect((await rejected(subscriptions.get("CNOAUTHOR"))).message).toBe(`item ${subPk} / CNOAUTHOR: field "createdBy" is missing`);
      expect((await rejected(subscriptions.get("CNUMBER"))).message).toBe(`item ${subPk} / CNUMBER: field "time" must be a string`);
      const claimPk = `${TABLE_KEYS.prefixes.digest}CPARIS`;
      await put({ pk: claimPk, sk: SLOT, channelId: "CPARIS", slot: SLOT, status: "lost", runId: "r1", claimedAt: "2024-07-02T05:00:00.000Z" });
      expect((await rejected(subscriptions.getClaim("CPARIS", SLOT))).message).toBe(
        `item ${claimPk} / ${SLOT}: field "status" must be claimed, posted, failed (got lost)`,
      );
    });

    it("lists past a damaged subscription, reporting it: every other channel still gets its digest", async () => {
      await seed(subscription("CPARIS"));
      const { createdBy: _omit, ...noAuthor } = subscription("CBROKEN");
      await put({ pk: subPk, sk: "CBROKEN", ...noAuthor });
      const reported: StoreError[] = [];
      const reading = new DynamoSubscriptionStore({ client: table.client, tableName: table.tableName, onMalformed: (error) => reported.push(error) });
      expect((await reading.list()).map((s) => s.channelId)).toEqual(["CPARIS"]);
      expect(reported.map((e) => [e.code, e.message])).toEqual([["MALFORMED_ITEM", `item ${subPk} / CBROKEN: field "createdBy" is missing`]]);
      // One hand-edited item threw out of list() and took the whole run, every channel's digest, down with it.
      const report = await runDigest(deps({ subscriptions: reading }), SLOT_AT);
      expect(report.results).toMatchObject([{ channel: "CPARIS", outcome: "posted" }]);
      // The damaged channel is still there to repair: subscribing again replaces the item.
      await reading.subscribe(subscription("CBROKEN"));
      expect((await reading.list()).map((s) => s.channelId)).toEqual(["CBROKEN", "CPARIS"]);
    });

    it("reads odd optional extras as absent: a non-true quiet flag posts, a non-string team id is dropped", async () => {
      await put({ pk: subPk, sk: "CODD", ...subscription("CODD"), quietWhenEmpty: "yes", teamId: 42 });
      const read = await subscriptions.get("CODD");
      expect(read).toStrictEqual(subscription("CODD"));
    });
  });

  describe("/brief subscribe, unsubscribe, subscriptions", () => {
    const invocation = { userId: "U0EDITOR", channelId: "CNEWS", teamId: "T1", correlationId: "test" };
    const commandDeps = (now: string): CommandDeps => ({
      store: articles,
      log: createLogger({ sink: () => undefined }),
      now: () => new Date(now),
      subscriptions,
      defaultTimeZone: "Europe/London",
    });
    const said = (m: { text: string; blocks: unknown[] }) => JSON.stringify(m.blocks);

    it("subscribes this channel at 07:00 in the workspace zone by default, and the next run posts there", async () => {
      const reply = await runCommand("subscribe", invocation, commandDeps("2024-07-01T12:00:00Z"));
      expect(checkSlackMessage(reply).problems).toEqual([]);
      expect(said(reply)).toContain("07:00 Europe/London");
      expect(said(reply)).toContain("Next: Tue 2 Jul, 07:00 Europe/London");
      expect(await subscriptions.get("CNEWS")).toEqual({
        channelId: "CNEWS",
        teamId: "T1",
        time: "07:00",
        timeZone: "Europe/London",
        quietWhenEmpty: false,
        createdBy: "U0EDITOR",
        createdAt: "2024-07-01T12:00:00.000Z",
      });
      for (const a of STORIES) await articles.put(a);
      // 07:00 BST is 06:00Z.
      const report = await runDigest(deps(), new Date("2024-07-02T06:00:00Z"));
      expect(report.results).toMatchObject([{ channel: "CNEWS", slot: "2024-07-02T07:00", outcome: "posted" }]);
    });

    it("names the right day for the next digest when today's late slot has just passed", async () => {
      // 23:45 BST on Mon 1 Jul.
      const reply = await runCommand("subscribe 23:30", invocation, commandDeps("2024-07-01T22:45:00Z"));
      expect(said(reply)).toContain("Next: Tue 2 Jul, 23:30 Europe/London");
    });

    it("changes the time, lists, and unsubscribes", async () => {
      await runCommand("subscribe", invocation, commandDeps("2024-07-01T12:00:00Z"));
      const changed = await runCommand("subscribe 6:30 america/new_york quiet", invocation, commandDeps("2024-07-01T12:00:00Z"));
      expect(said(changed)).toContain("06:30 America/New_York, quiet on empty days (was 07:00 Europe/London)");
      await runCommand("subscribe 18:00", { ...invocation, channelId: "CSPORT" }, commandDeps("2024-07-01T12:00:00Z"));
      const list = await runCommand("subscriptions", invocation, commandDeps("2024-07-01T12:00:00Z"));
      expect(checkSlackMessage(list).problems).toEqual([]);
      expect(said(list)).toMatch(/<#CNEWS>  06:30 America\/New_York, quiet on empty days.*<#CSPORT>  18:00 Europe\/London/);
      expect(said(await runCommand("unsubscribe", invocation, commandDeps("2024-07-01T12:00:00Z")))).toContain("Unsubscribed");
      expect(said(await runCommand("unsubscribe", invocation, commandDeps("2024-07-01T12:00:00Z")))).toContain("no digest subscription");
      expect((await subscriptions.list()).map((s) => s.channelId)).toEqual(["CSPORT"]);
    });

    it("answers a bad time or zone with the reason and the usage, and stores nothing", async () => {
      const bad = await runCommand("subscribe 25:00 Mars/Olympus", invocation, commandDeps("2024-07-01T12:00:00Z"));
      expect(said(bad)).toContain("25:00");
      expect(said(bad)).toContain("/brief subscribe [HH:MM] [time zone] [quiet]");
      const zone = await runCommand("subscribe 07:00 Mars/Olympus", invocation, commandDeps("2024-07-01T12:00:00Z"));
      expect(said(zone)).toContain("unknown time zone");
      expect(await subscriptions.list()).toEqual([]);
    });
  });
});

// The handler keeps its dependencies per container (module state), so it is tested on one engine.
describe("functions/digest.ts handler", () => {
  useTable("dynalite");

  it("reads its config from the environment (SST links absent) and runs the digest for the instant it is given", async () => {
    await seed(subscription("CPARIS"));
    const env = {
      NUTGRAF_TABLE: table.tableName,
      DYNAMODB_ENDPOINT: table.endpoint,
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_SIGNING_SECRET: "unused-by-the-digest",
      SLACK_API_URL: slack.url,
      NUTGRAF_LOG_LEVEL: "error",
    };
    const before = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
    Object.assign(process.env, env);
    try {
      const { handler } = await import("#functions/digest.ts");
      // An operator re-running one channel's digest by hand: only that channel.
      await subscriptions.subscribe(subscription("CLYON"));
      const one = await handler({ now: SLOT_AT.toISOString(), channels: ["CLYON"] });
      expect(one.results.map((r) => [r.channel, r.outcome])).toEqual([["CLYON", "posted"]]);
      expect(slack.messages("CPARIS")).toEqual([]);
      const report = await handler({ now: SLOT_AT.toISOString() });
      expect(report).toMatchObject({ now: SLOT_AT.toISOString(), due: 2, posted: 1, skipped: 1 });
      expect(slack.messages("CPARIS")).toHaveLength(1);
      expect(slack.messages("CLYON")).toHaveLength(1);
      await expect(handler({ now: "yesterday-ish" })).rejects.toThrow(/not an ISO 8601 time/);
    } finally {
      for (const [k, v] of Object.entries(before)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  });
});

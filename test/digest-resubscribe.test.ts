import { DynamoDBDocumentClient, PutCommand } from "@aws-sdk/lib-dynamodb";
import { describe, expect, it, vi } from "vitest";
import { runDigest } from "#digest/run.ts";
import { digestWebClient, slackPoster } from "#slack/digest-poster.ts";
import { createDynamoClient } from "#store/dynamo-client.ts";
import { DynamoSubscriptionStore } from "#store/dynamo-subscriptions.ts";
import type { SubscribeOutcome, Subscription, SubscriptionStore } from "#digest/subscriptions.ts";
import { TABLE_KEYS } from "#store/table.ts";
import { SLOT, SLOT_AT, story, subscription } from "#test/helpers/digest-fixtures.ts";
import { openDigestChannel } from "#test/helpers/digest-channel.ts";
import { type Engine } from "#test/helpers/dynamo.ts";
import { useEngineSuite } from "#test/helpers/engine-suite.ts";
import { useSlackStandIn } from "#test/helpers/slack-stand-in.ts";
import { startFaultProxy, type RequestMatch } from "#test/helpers/fault-proxy.ts";

/**
 * `/brief subscribe` again in a subscribed channel, then the real digest run: the day's slot is neither lost nor
 * posted twice. Commands and runs on a real local DynamoDB (both engines) and the Slack stand-in.
 */
const TOKEN = "xoxb-digest-resubscribe";
const MINUTE = 60_000;
const stand = useSlackStandIn(TOKEN);

const invocation = { userId: "U0EDITOR", channelId: "CPARIS", teamId: "T1", correlationId: "test" };
const minutesAfterSlot = (minutes: number) => new Date(SLOT_AT.getTime() + minutes * MINUTE);
const posts = () => stand.api.messages("CPARIS").filter((m) => m.via === "chat.postMessage");
const SUB_PK = `${TABLE_KEYS.prefixes.subscription}ALL`;
/** The subscribe's conditional write of the channel's item: an update that keeps the start, or a put that replaces it. */
const subscriptionWrite: RequestMatch = (operation, body) =>
  (operation === "UpdateItem" && (body.Key as { pk?: { S?: string } }).pk?.S === SUB_PK) || (operation === "PutItem" && (body.Item as { pk?: { S?: string } }).pk?.S === SUB_PK);

/** `/brief unsubscribe`'s write of the channel's item: a delete, or the put of the dated marker it leaves. */
const unsubscribeWrite: RequestMatch = (operation, body) =>
  (operation === "DeleteItem" && (body.Key as { pk?: { S?: string } }).pk?.S === SUB_PK) || (operation === "PutItem" && (body.Item as { kind?: { S?: string } }).kind?.S === "unsubscribed");

describe.each<Engine>(["dynalite", "dynamodb-local"])("re-subscribing a channel (%s)", (engine) => {
  const suite = useEngineSuite(engine);

  async function setUp() {
    const { table, articles, subscriptions, brief, deps } = await openDigestChannel(suite, stand.api, TOKEN, invocation);
    /** A run at `at` whose post of today's slot meets a 429 it cannot wait out: the slot is given back, still unposted. */
    const limitedRun = async (at: Date) => {
      stand.api.rateLimit("chat.postMessage", 30, 1);
      const limited = await runDigest(deps({ post: slackPoster(digestWebClient(TOKEN, stand.api.url), { maxWaitMs: 5_000 }) }), at);
      expect(limited.results).toEqual([expect.objectContaining({ slot: SLOT, outcome: "failed", permanent: false })]);
    };
    /** Subscribed at 07:00 in Paris a month before, and this morning's digest (2 July, 05:00 UTC) posted. */
    const parisMorningPosted = async () => {
      await brief("subscribe 07:00 Europe/Paris", new Date("2024-06-01T12:00:00Z"));
      expect((await runDigest(deps(), SLOT_AT)).results).toEqual([expect.objectContaining({ slot: SLOT, outcome: "posted" })]);
    };
    return { table, articles, subscriptions, brief, deps, limitedRun, parisMorningPosted };
  }

  it("at the same time and zone just after the slot, while it waits out a 429: the slot stays due and the next run posts it", async () => {
    const { brief, deps, limitedRun } = await setUp();
    await brief("subscribe 07:00 Europe/Paris", new Date("2024-06-01T12:00:00Z"));
    await limitedRun(SLOT_AT);
    // Only 'quiet' added, five minutes after the slot: the re-subscribe moved the schedule's start past the slot,
    // so no later run found it due and the channel got no digest that day.
    expect(await brief("subscribe 07:00 Europe/Paris quiet", minutesAfterSlot(5))).toContain("(was 07:00 Europe/Paris)");
    const next = await runDigest(deps(), minutesAfterSlot(15));
    expect(next.results).toEqual([expect.objectContaining({ slot: SLOT, outcome: "posted" })]);
    expect(posts()).toHaveLength(1);
  });

  it("at the same time while today's slot is still pending: the reply names today's slot, which the next run posts", async () => {
    const { brief, deps, limitedRun } = await setUp();
    await brief("subscribe 07:00 Europe/Paris", new Date("2024-06-01T12:00:00Z"));
    await limitedRun(SLOT_AT);
    // It said "Next: Wed 3 Jul, 07:00", and the 07:15 run posted today's digest ten minutes later.
    const reply = await brief("subscribe 07:00 Europe/Paris quiet", minutesAfterSlot(5));
    expect(reply).toContain("Next: Tue 2 Jul, 07:00 Europe/Paris (due now: the next digest run, at 07:15, posts it)");
    expect((await runDigest(deps(), minutesAfterSlot(15))).results).toEqual([expect.objectContaining({ slot: SLOT, outcome: "posted" })]);
    // Posted: a re-subscribe now names tomorrow, rightly.
    expect(await brief("subscribe 07:00 Europe/Paris", minutesAfterSlot(20))).toContain("Next: Wed 3 Jul, 07:00 Europe/Paris.");
  });

  it("at the same time while a run that died holds today's claim: the reply names today's slot, which the run that takes the claim over posts", async () => {
    const { subscriptions, brief, deps } = await setUp();
    await brief("subscribe 07:00 Europe/Paris", new Date("2024-06-01T12:00:00Z"));
    // Claimed at 07:00 by a run that died before posting: the claim stays "claimed" until it goes stale (15 minutes).
    expect(await subscriptions.claim("CPARIS", SLOT, { runId: "died", now: SLOT_AT, staleAfterMs: 15 * MINUTE })).toMatchObject({ status: "claimed" });
    const reply = await brief("subscribe 07:00 Europe/Paris quiet", minutesAfterSlot(5));
    expect(reply).toContain("Next: Tue 2 Jul, 07:00 Europe/Paris (due now: a digest run took it at 07:00 and is posting it; if that run stops, the digest run at 07:15 takes it over)");
    // The 07:15 run, a few seconds past the quarter hour as a scheduled run starts, finds the claim stale and posts.
    expect((await runDigest(deps(), minutesAfterSlot(15.1))).results).toEqual([expect.objectContaining({ slot: SLOT, outcome: "posted" })]);
  });

  it("at the same time after the last run that could post today's slot: tomorrow, since no later run will", async () => {
    const { brief, deps, limitedRun } = await setUp();
    await brief("subscribe 07:00 Europe/Paris", new Date("2024-06-01T12:00:00Z"));
    await limitedRun(minutesAfterSlot(45));
    // 07:50: the 08:00 run looks back an hour, to slots after 07:00, so today's slot is gone.
    expect(await brief("subscribe 07:00 Europe/Paris quiet", minutesAfterSlot(50))).toContain("Next: Wed 3 Jul, 07:00 Europe/Paris.");
    expect((await runDigest(deps(), minutesAfterSlot(60))).results).toEqual([]);
  });

  it("at the same time after today's slot failed for good: tomorrow, since no run retries it", async () => {
    const { brief, deps } = await setUp();
    await brief("subscribe 07:00 Europe/Paris", new Date("2024-06-01T12:00:00Z"));
    stand.api.failChannel("CPARIS", "not_in_channel");
    expect((await runDigest(deps(), SLOT_AT)).results).toEqual([expect.objectContaining({ slot: SLOT, outcome: "failed", permanent: true })]);
    expect(await brief("subscribe 07:00 Europe/Paris", minutesAfterSlot(5))).toContain("Next: Wed 3 Jul, 07:00 Europe/Paris.");
  });

  it("at the same time when today's slot has a damaged claim: the subscribe is done, and the reply names tomorrow", async () => {
    const { table, subscriptions, brief } = await setUp();
    await brief("subscribe 07:00 Europe/Paris", new Date("2024-06-01T12:00:00Z"));
    // A claim edited by hand: no run can claim over it, so today's slot will not be posted.
    await DynamoDBDocumentClient.from(table.client).send(
      new PutCommand({ TableName: table.tableName, Item: { pk: `${TABLE_KEYS.prefixes.digest}CPARIS`, sk: SLOT, status: "half-done" } }),
    );
    expect(await brief("subscribe 07:00 Europe/Paris quiet", minutesAfterSlot(5))).toContain("Next: Wed 3 Jul, 07:00 Europe/Paris.");
    expect(await subscriptions.get("CPARIS")).toMatchObject({ quietWhenEmpty: true });
  });

  it("at another time just after the slot: the new time starts from now, the old slot is not posted", async () => {
    const { brief, deps } = await setUp();
    await brief("subscribe 06:45 Europe/Paris", new Date("2024-06-01T12:00:00Z"));
    // The slot it just passed came before the new start: not "due now".
    expect(await brief("subscribe 07:00 Europe/Paris", minutesAfterSlot(5))).toContain("Next: Wed 3 Jul, 07:00 Europe/Paris.");
    expect((await runDigest(deps(), minutesAfterSlot(15))).results).toEqual([]);
    expect(posts()).toEqual([]);
  });

  it("at the same time without the filter it had: the filter goes, the start stays", async () => {
    const { subscriptions, brief } = await setUp();
    await brief("subscribe 07:00 Europe/Paris section:world source:AP", new Date("2024-06-01T12:00:00Z"));
    expect(await brief("subscribe 07:00 Europe/Paris", minutesAfterSlot(5))).toContain("(was 07:00 Europe/Paris, only section world, source AP)");
    expect(await subscriptions.get("CPARIS")).toEqual({ ...subscription("CPARIS", { createdAt: "2024-06-01T12:00:00.000Z" }), teamId: "T1" });
  });

  it("two re-subscribes racing: each replaces what the other wrote, as if one came after the other", async () => {
    const { table, subscriptions, deps } = await setUp();
    const proxy = await startFaultProxy(suite.server.endpoint);
    suite.open.push(proxy);
    const client = createDynamoClient({ endpoint: proxy.endpoint, requestTimeoutMs: 20_000 });
    suite.open.push(client);
    const slow = new DynamoSubscriptionStore({ client, tableName: table.tableName });
    await subscriptions.subscribe(subscription("CPARIS", { time: "18:30" }));
    // A moves the digest to 07:00 and adds quiet; its replacing write is held while B moves it to 07:00 first.
    const quietPut: RequestMatch = (operation, body) => operation === "PutItem" && (body.Item as { quietWhenEmpty?: { BOOL?: boolean } }).quietWhenEmpty?.BOOL === true;
    const held = proxy.hold(quietPut);
    const a = slow.subscribe(subscription("CPARIS", { quietWhenEmpty: true, createdAt: minutesAfterSlot(5).toISOString() }));
    await held.reached;
    const b = await subscriptions.subscribe(subscription("CPARIS", { createdAt: minutesAfterSlot(-1).toISOString() }));
    expect(b.previous).toMatchObject({ time: "18:30" });
    held.release();
    // A replaced B's 07:00 (not the 18:30 it first met): B's start stands, so this morning's slot is still due.
    const outcome = await a;
    expect(outcome.previous).toEqual(subscription("CPARIS", { createdAt: minutesAfterSlot(-1).toISOString() }));
    expect(await subscriptions.get("CPARIS")).toEqual(subscription("CPARIS", { quietWhenEmpty: true, createdAt: minutesAfterSlot(-1).toISOString() }));
    expect((await runDigest(deps(), minutesAfterSlot(15))).results).toEqual([expect.objectContaining({ slot: SLOT, outcome: "posted" })]);
  });

  /** A signed command's subscriptions behind a fault proxy, and each of its writes' outcomes (a write answered "slow" goes on). */
  async function behindProxy(deadlineMs: number) {
    const proxy = await startFaultProxy(suite.server.endpoint);
    suite.open.push(proxy);
    const client = createDynamoClient({ endpoint: proxy.endpoint, requestTimeoutMs: 20_000 });
    suite.open.push(client);
    const writes: Promise<SubscribeOutcome>[] = [];
    const subscriptions = (tableName: string): SubscriptionStore => {
      const store = new DynamoSubscriptionStore({ client, tableName });
      return Object.assign(Object.create(store) as SubscriptionStore, {
        subscribe: (s: Subscription, options?: { requestedAt?: Date }) => {
          const write = store.subscribe(s, options);
          writes.push(write);
          return write;
        },
      });
    };
    return { proxy, writes, channel: await openDigestChannel(suite, stand.api, TOKEN, invocation, { subscriptions, deadlineMs }) };
  }

  it("answered 'slow' while its write still lands, then typed again: one subscription, its first start kept, a reply that says nothing changed; the day posts once", async () => {
    const { proxy, channel } = await behindProxy(1000);
    const { slash, subscriptions, deps } = channel;
    // 06:00: the table takes the subscribe's write only after the request's deadline has been answered.
    const held = proxy.hold(subscriptionWrite);
    const first = slash("subscribe 07:00 Europe/Paris", minutesAfterSlot(-60));
    await held.reached;
    expect(await first).toContain("The archive is slow to answer right now, so I stopped waiting; try again in a moment.");
    held.release();
    await vi.waitFor(async () => expect(await subscriptions.get("CPARIS")).toBeDefined(), { timeout: 20_000 });
    // Typed again a minute later: the same settings, the first start kept, and the reply says it was already so.
    const again = await slash("subscribe 07:00 Europe/Paris", minutesAfterSlot(-59));
    expect(again).toContain("This channel gets the nutgraf digest every day at 07:00 Europe/Paris (as it already was). Next: Tue 2 Jul, 07:00 Europe/Paris.");
    expect(await subscriptions.get("CPARIS")).toEqual({ ...subscription("CPARIS", { createdAt: minutesAfterSlot(-60).toISOString() }), teamId: "T1" });
    expect((await runDigest(deps(), SLOT_AT)).results).toEqual([expect.objectContaining({ slot: SLOT, outcome: "posted" })]);
    expect(posts()).toHaveLength(1);
  });

  it("answered 'slow', then typed again at another time before the first write lands: the later command's time stands", async () => {
    const { proxy, writes, channel } = await behindProxy(1000);
    const held = proxy.hold(subscriptionWrite);
    const first = channel.slash("subscribe 07:00 Europe/Paris", minutesAfterSlot(-60));
    await held.reached;
    expect(await first).toContain("The archive is slow to answer right now");
    expect(await channel.slash("subscribe 07:30 Europe/Paris", minutesAfterSlot(-59))).toContain("every day at 07:30 Europe/Paris. Next: Tue 2 Jul, 07:30 Europe/Paris.");
    // The first command's write lands now: it put 07:00 over 07:30, and the channel's digest came at 07:00.
    held.release();
    expect(await writes[0]).toEqual({ status: "superseded", current: expect.objectContaining({ time: "07:30" }) });
    expect(await channel.subscriptions.get("CPARIS")).toMatchObject({ time: "07:30", createdAt: minutesAfterSlot(-59).toISOString() });
  });

  it("'quiet' added, its write held while the same schedule is typed again without it: the later command stands, and the first is told so", async () => {
    const { proxy, channel } = await behindProxy(20_000);
    await channel.brief("subscribe 07:00 Europe/Paris", new Date("2024-06-01T12:00:00Z"));
    const held = proxy.hold(subscriptionWrite);
    const first = channel.slash("subscribe 07:00 Europe/Paris quiet", minutesAfterSlot(-60));
    await held.reached;
    expect(await channel.slash("subscribe 07:00 Europe/Paris", minutesAfterSlot(-59))).toContain("every day at 07:00 Europe/Paris (as it already was).");
    held.release();
    expect(await first).toContain("Not changed: a later `/brief subscribe` in this channel was stored first (07:00 Europe/Paris), and it stands. Type yours again to replace it.");
    expect(await channel.subscriptions.get("CPARIS")).toMatchObject({ quietWhenEmpty: false, createdAt: "2024-06-01T12:00:00.000Z" });
  });

  it("'quiet' added, its write held while the channel is unsubscribed: the late write does not bring the digest back, and the first is told so", async () => {
    const { proxy, channel } = await behindProxy(20_000);
    await channel.brief("subscribe 07:00 Europe/Paris", new Date("2024-06-01T12:00:00Z"));
    const held = proxy.hold(subscriptionWrite);
    const first = channel.slash("subscribe 07:00 Europe/Paris quiet", minutesAfterSlot(-60));
    await held.reached;
    expect(await channel.slash("unsubscribe", minutesAfterSlot(-59))).toContain("Unsubscribed: no more digests here (it was 07:00 Europe/Paris).");
    held.release();
    // The first command's write landed after the unsubscribe: the editor was told "Unsubscribed", and 07:00 posted.
    expect(await first).toContain("Not changed: a later `/brief unsubscribe` in this channel was stored first, and it stands: no digests here. Type yours again to subscribe.");
    expect(await channel.subscriptions.get("CPARIS")).toBeUndefined();
    expect(await channel.slash("subscriptions", minutesAfterSlot(-58))).toContain("No channel gets the digest yet.");
    expect((await runDigest(channel.deps(), SLOT_AT)).results).toEqual([]);
  });

  it("unsubscribe's write held while the channel is subscribed again at another time: the late unsubscribe leaves the later subscription, and is told so", async () => {
    const { proxy, channel } = await behindProxy(20_000);
    await channel.brief("subscribe 07:00 Europe/Paris", new Date("2024-06-01T12:00:00Z"));
    const held = proxy.hold(unsubscribeWrite);
    const first = channel.slash("unsubscribe", minutesAfterSlot(-60));
    await held.reached;
    expect(await channel.slash("subscribe 07:30 Europe/Paris", minutesAfterSlot(-59))).toContain("every day at 07:30 Europe/Paris (was 07:00 Europe/Paris)");
    held.release();
    // The unsubscribe's delete landed after: the editor was told 07:30, and no digest came.
    expect(await first).toContain("Not changed: a later `/brief subscribe` in this channel was stored first (07:30 Europe/Paris), and it stands. Type `/brief unsubscribe` again to stop it.");
    expect((await runDigest(channel.deps(), minutesAfterSlot(30))).results).toEqual([expect.objectContaining({ slot: "2024-07-02T07:30", outcome: "posted" })]);
  });

  it("to a later time after today's digest posted: no second digest today; the reply names tomorrow and says why", async () => {
    const { brief, deps } = await setUp();
    await brief("subscribe 07:00 Europe/Paris", new Date("2024-06-01T12:00:00Z"));
    // Yesterday's digest and today's: today's is the one that counts.
    await runDigest(deps(), new Date(SLOT_AT.getTime() - 24 * 60 * MINUTE));
    expect((await runDigest(deps(), SLOT_AT)).results).toEqual([expect.objectContaining({ slot: SLOT, outcome: "posted" })]);
    // 14:00 in Paris: the reply said "Next: today 18:30", and the 18:30 run posted the same day's news again.
    const moved = await brief("subscribe 18:30 Europe/Paris", new Date("2024-07-02T12:00:00Z"));
    expect(moved).toContain("Next: Wed 3 Jul, 18:30 Europe/Paris");
    expect(moved).toContain("today's digest already went out at 07:00");
    // Only quiet added afterwards: still tomorrow.
    expect(await brief("subscribe 18:30 Europe/Paris quiet", new Date("2024-07-02T13:00:00Z"))).toContain("Next: Wed 3 Jul, 18:30 Europe/Paris");
    expect((await runDigest(deps(), new Date("2024-07-02T16:30:00Z"))).results).toEqual([]);
    expect(posts()).toHaveLength(2);
    const tomorrow = await runDigest(deps(), new Date("2024-07-03T16:30:00Z"));
    expect(tomorrow.results).toEqual([expect.objectContaining({ slot: "2024-07-03T18:30", outcome: "skipped", reason: "quiet-empty-day" })]);
  });

  // After this morning's digest in Paris (05:00 UTC), a move to another zone: which day it has had its digest in.
  it.each([
    {
      // 08:00 in New York (14:00 in Paris): the morning's digest went out at 01:00 New York time, the same day there.
      name: "another zone and time, the digest already out that day there: the next day",
      command: "subscribe 09:00 America/New_York",
      at: "2024-07-02T12:00:00Z",
      reply: "Next: Wed 3 Jul, 09:00 America/New_York (today's digest already went out at 01:00",
      nothingAt: "2024-07-02T13:00:00Z",
      posts: { at: "2024-07-03T13:00:00Z", slot: "2024-07-03T09:00" },
    },
    {
      // 07:00 in Paris is 22:00 on 1 July in Los Angeles: 2 July there has had no digest yet.
      name: "another zone and time, the last digest out the day before there: today",
      command: "subscribe 08:00 America/Los_Angeles",
      at: "2024-07-02T06:00:00Z",
      reply: "Next: Tue 2 Jul, 08:00 America/Los_Angeles.",
      posts: { at: "2024-07-02T15:00:00Z", slot: "2024-07-02T08:00" },
    },
    {
      // 07:00 on 2 July in Los Angeles bears the name "2024-07-02T07:00" of Paris's posted slot: the reply said "Next:
      // Tue 2 Jul, 07:00", and the run skipped it as already posted. Paris's claim now keeps its instant, so Los
      // Angeles's slot is told apart and claimed under its own (test/digest-claim-names.test.ts; a claim from before
      // that still stops it, as the reply then says).
      name: "another zone at the same time, its slot that day named as the old zone's posted one: today, under its own claim",
      command: "subscribe 07:00 America/Los_Angeles",
      at: "2024-07-02T06:00:00Z",
      reply: "Next: Tue 2 Jul, 07:00 America/Los_Angeles.",
      posts: { at: "2024-07-02T14:00:00Z", slot: "2024-07-02T07:00" },
    },
  ])("to $name", async ({ command, at, reply, nothingAt, posts: next }) => {
    const { brief, deps, parisMorningPosted } = await setUp();
    await parisMorningPosted();
    expect(await brief(command, new Date(at))).toContain(reply);
    if (nothingAt) expect((await runDigest(deps(), new Date(nothingAt))).results).toEqual([]);
    expect((await runDigest(deps(), new Date(next.at))).results).toEqual([expect.objectContaining({ slot: next.slot, outcome: "posted" })]);
    expect(posts()).toHaveLength(2);
  });

  it("to a later time after a digest that Slack took late: the reply says when it went out, not when the run began", async () => {
    // Mutation sweep 47 (T29): the post's own time, not its claim's. The run's clock reads 07:00 until Slack has the
    // message and 07:20 after (a run that waited out rate limits); the reply had said 07:00.
    const { brief, deps } = await setUp();
    await brief("subscribe 07:00 Europe/Paris", new Date("2024-06-01T12:00:00Z"));
    const clock = () => (posts().length > 0 ? minutesAfterSlot(20) : SLOT_AT);
    expect((await runDigest(deps({ clock }), SLOT_AT)).results).toEqual([expect.objectContaining({ slot: SLOT, outcome: "posted" })]);
    expect(await brief("subscribe 18:30 Europe/Paris", new Date("2024-07-02T12:00:00Z"))).toContain("today's digest already went out at 07:20");
  });

  it("to a later time before today's digest: the new time posts today", async () => {
    const { brief, deps } = await setUp();
    await brief("subscribe 07:00 Europe/Paris", new Date("2024-06-01T12:00:00Z"));
    // Yesterday's digest went out; today's 07:00 has not come yet (06:00 in Paris).
    expect((await runDigest(deps(), new Date(SLOT_AT.getTime() - 24 * 60 * MINUTE))).results).toEqual([expect.objectContaining({ outcome: "posted" })]);
    const moved = await brief("subscribe 18:30 Europe/Paris", new Date("2024-07-02T04:00:00Z"));
    expect(moved).toContain("Next: Tue 2 Jul, 18:30 Europe/Paris");
    expect(moved).not.toContain("already went out");
    expect((await runDigest(deps(), new Date("2024-07-02T16:30:00Z"))).results).toEqual([expect.objectContaining({ slot: "2024-07-02T18:30", outcome: "posted" })]);
    expect(posts()).toHaveLength(2);
  });

  it("to a later time after a quiet morning that posted nothing: the new time posts today", async () => {
    const { articles, brief, deps } = await setUp();
    await brief("subscribe 07:00 Europe/Paris quiet", new Date("2024-06-01T12:00:00Z"));
    // 3 July: nothing in the 24 hours before 07:00, so the quiet morning settled its slot without a message.
    const morning = await runDigest(deps(), new Date("2024-07-03T05:00:00Z"));
    expect(morning.results).toEqual([expect.objectContaining({ slot: "2024-07-03T07:00", outcome: "skipped", reason: "quiet-empty-day" })]);
    await articles.put(story("Bridge reopens after repairs", "2024-07-03T10:00:00Z", ["The bridge reopened on Wednesday after two months of repairs."]));
    const moved = await brief("subscribe 18:30 Europe/Paris quiet", new Date("2024-07-03T12:00:00Z"));
    expect(moved).toContain("Next: Wed 3 Jul, 18:30 Europe/Paris");
    expect((await runDigest(deps(), new Date("2024-07-03T16:30:00Z"))).results).toEqual([expect.objectContaining({ slot: "2024-07-03T18:30", outcome: "posted" })]);
  });
});

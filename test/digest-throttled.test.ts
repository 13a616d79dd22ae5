import { describe, expect, it } from "vitest";
import { briefArticle } from "#brief/brief.ts";
import { runDigest, type DigestRunDeps } from "#digest/run.ts";
import { digestWebClient, slackPoster, type PostFn } from "#slack/digest-poster.ts";
import { createDynamoClient } from "#store/dynamo-client.ts";
import { DynamoArticleStore } from "#store/dynamo-store.ts";
import { DynamoSubscriptionStore } from "#store/dynamo-subscriptions.ts";
import { SLOT, SLOT_AT, STORIES, subscription } from "#test/helpers/digest-fixtures.ts";
import { type Engine } from "#test/helpers/dynamo.ts";
import { useEngineSuite } from "#test/helpers/engine-suite.ts";
import { useSlackStandIn } from "#test/helpers/slack-stand-in.ts";
import { startFaultProxy } from "#test/helpers/fault-proxy.ts";

/**
 * The digest run while DynamoDB throttles (ProvisionedThroughputExceeded from a real proxy in front of the local
 * table): no channel's digest is lost, none is posted twice, and the report says what happened. Claims, records
 * and releases go through the proxy; stories are read directly.
 */
const TOKEN = "xoxb-digest-throttled";
const MINUTE = 60_000;
const stand = useSlackStandIn(TOKEN);

const posts = (channel: string) => stand.api.messages(channel).filter((m) => m.via === "chat.postMessage");
const later = (minutes: number) => new Date(SLOT_AT.getTime() + minutes * MINUTE);

describe.each<Engine>(["dynalite", "dynamodb-local"])("the digest run under a throttling table (%s)", (engine) => {
  const suite = useEngineSuite(engine);

  async function setUp() {
    const table = await suite.server.table();
    suite.open.push(table);
    const proxy = await startFaultProxy(suite.server.endpoint);
    suite.open.push(proxy);
    // One SDK attempt per call: each throttled answer reaches the run (the SDK's own retries only delay this).
    const client = createDynamoClient({ endpoint: proxy.endpoint, maxAttempts: 1 });
    suite.open.push(client);
    const articles = new DynamoArticleStore({ client: table.client, tableName: table.tableName });
    const direct = new DynamoSubscriptionStore({ client: table.client, tableName: table.tableName });
    const throttled = new DynamoSubscriptionStore({ client, tableName: table.tableName });
    for (const story of STORIES) await articles.put(story);
    await direct.subscribe(subscription("CPARIS"));
    await direct.subscribe(subscription("CLYON"));
    stand.api.reset();
    const deps = (extra: Partial<DigestRunDeps> = {}): DigestRunDeps => ({
      articles,
      subscriptions: direct,
      post: slackPoster(digestWebClient(TOKEN, stand.api.url)),
      brief: (a) => briefArticle(a, { bullets: 2, figures: 1 }),
      sleep: async () => undefined,
      ...extra,
    });
    return { proxy, direct, throttled, deps };
  }

  it("claims throttled: each channel reported failed (throttled, not permanent), nothing posted or held; the next tick posts each once", async () => {
    const { proxy, throttled, deps } = await setUp();
    // The list is read; the table throttles every request after it (claims, and releases).
    const listThenThrottle = Object.assign(Object.create(throttled) as DynamoSubscriptionStore, {
      list: async () => {
        const listed = await throttled.list();
        proxy.throttle(Infinity);
        return listed;
      },
    });
    const first = await runDigest(deps({ subscriptions: listThenThrottle }), SLOT_AT);
    proxy.heal();
    expect(first.results.map((r) => [r.channel, r.outcome, r.outcome === "failed" && r.permanent, r.outcome === "failed" ? r.reason : ""])).toEqual([
      ["CLYON", "failed", false, expect.stringMatching(/^claim failed: StoreError: .*throttling/)],
      ["CPARIS", "failed", false, expect.stringMatching(/^claim failed: StoreError: .*throttling/)],
    ]);
    expect(stand.api.calls).toEqual([]);
    const next = await runDigest(deps(), later(15));
    expect(next.results.map((r) => [r.channel, r.slot, r.outcome])).toEqual([
      ["CLYON", SLOT, "posted"],
      ["CPARIS", SLOT, "posted"],
    ]);
    expect([posts("CPARIS").length, posts("CLYON").length]).toEqual([1, 1]);
  });

  it("a throttled release after Slack limits the post: Slack's reason is reported, and the slot is posted once later", async () => {
    const { proxy, direct: store, throttled, deps } = await setUp();
    const limited = slackPoster(digestWebClient(TOKEN, stand.api.url), { maxWaitMs: 5_000 });
    // Slack limits past the wait budget; the table throttles from then on, so the claim cannot be given back.
    const post: PostFn = async (channel, message, request) => {
      stand.api.rateLimit("chat.postMessage", 30, 1);
      const result = await limited(channel, message, request);
      proxy.throttle(Infinity);
      return result;
    };
    const first = await runDigest(deps({ subscriptions: throttled, post, channels: ["CPARIS"] }), SLOT_AT);
    proxy.heal();
    expect(first.results).toEqual([{ channel: "CPARIS", slot: SLOT, outcome: "failed", permanent: false, reason: expect.stringContaining("Retry-After 30"), claimKept: true }]);
    expect(posts("CPARIS")).toEqual([]);
    // Not given back: the claim goes stale, and the run that takes it over looks in history first, then posts.
    expect(await store.getClaim("CPARIS", SLOT)).toMatchObject({ status: "claimed" });
    const soon = await runDigest(deps({ channels: ["CPARIS"] }), later(15));
    expect(soon.results).toEqual([expect.objectContaining({ outcome: "skipped", reason: "claimed-by-another-run" })]);
    const taken = await runDigest(deps({ channels: ["CPARIS"] }), later(30));
    expect(taken.results).toEqual([expect.objectContaining({ outcome: "posted", recovered: true })]);
    expect(posts("CPARIS")).toHaveLength(1);
  });
});


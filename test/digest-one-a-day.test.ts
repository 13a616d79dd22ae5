import { describe, expect, it } from "vitest";
import { runDigest } from "#digest/run.ts";
import { digestWebClient, slackPoster, type PostFn } from "#slack/digest-poster.ts";
import { openDigestChannel } from "#test/helpers/digest-channel.ts";
import { SLOT, SLOT_AT } from "#test/helpers/digest-fixtures.ts";
import { type Engine } from "#test/helpers/dynamo.ts";
import { useEngineSuite } from "#test/helpers/engine-suite.ts";
import { useSlackStandIn } from "#test/helpers/slack-stand-in.ts";

/**
 * One digest a day per channel when the schedule moves while a digest of that day is still going out (its run has
 * claimed the slot and not yet posted), or went out after midnight. Commands and runs on a real local DynamoDB (both
 * engines) and the Slack stand-in; the move is made from inside the morning run's post, just before Slack gets it.
 */
const TOKEN = "xoxb-digest-one-a-day";
const MINUTE = 60_000;
const stand = useSlackStandIn(TOKEN);

const invocation = { userId: "U0EDITOR", channelId: "CPARIS", teamId: "T1", correlationId: "test" };
const minutesAfterSlot = (minutes: number) => new Date(SLOT_AT.getTime() + minutes * MINUTE);
const posts = () => stand.api.messages("CPARIS").filter((m) => m.via === "chat.postMessage");

describe.each<Engine>(["dynalite", "dynamodb-local"])("one digest a day across a schedule move (%s)", (engine) => {
  const suite = useEngineSuite(engine);

  async function setUp() {
    const { brief, deps } = await openDigestChannel(suite, stand.api, TOKEN, invocation);
    const slack = (maxWaitMs?: number): PostFn => slackPoster(digestWebClient(TOKEN, stand.api.url), maxWaitMs === undefined ? {} : { maxWaitMs });
    /** A post that first does `meanwhile` (the run has claimed its slot and built its digest), then posts. */
    const postAfter = (meanwhile: () => Promise<void>, post: PostFn = slack()): PostFn => async (channel, message, options) => {
      await meanwhile();
      return post(channel, message, options);
    };
    await brief("subscribe 07:00 Europe/Paris", new Date("2024-06-01T12:00:00Z"));
    return { brief, deps, postAfter, slack };
  }

  it("moved to 07:10 while the 07:00 digest is going out: the 07:10 slot is not posted that day, but is the next", async () => {
    const { brief, deps, postAfter } = await setUp();
    let reply = "";
    const move = async () => {
      reply = await brief("subscribe 07:10 Europe/Paris", minutesAfterSlot(2));
    };
    const morning = await runDigest(deps({ runId: "morning", post: postAfter(move) }), SLOT_AT);
    expect(reply).toContain("Next: Tue 2 Jul, 07:10 Europe/Paris, unless the digest for 2024-07-02 07:00 going out now reaches the channel first");
    expect(morning.results).toEqual([expect.objectContaining({ slot: SLOT, outcome: "posted" })]);
    // The move read no posted claim (07:00's was only claimed), started the new time at once, and 07:10 went out too.
    const next = await runDigest(deps({ runId: "next" }), minutesAfterSlot(15));
    expect(next.results).toEqual([expect.objectContaining({ slot: "2024-07-02T07:10", outcome: "skipped", reason: "day-already-posted", detail: expect.stringContaining(SLOT) })]);
    expect((await runDigest(deps({ runId: "later" }), minutesAfterSlot(30))).results).toEqual([expect.objectContaining({ outcome: "skipped", reason: "failed-earlier" })]);
    expect(posts()).toHaveLength(1);
    const tomorrow = await runDigest(deps({ runId: "tomorrow" }), new Date("2024-07-03T05:15:00Z"));
    expect(tomorrow.results).toEqual([expect.objectContaining({ slot: "2024-07-03T07:10", outcome: "posted" })]);
  });

  it("moved while the 07:00 digest is going out, and its post fails: the 07:10 slot goes out that day", async () => {
    const { brief, deps, postAfter, slack } = await setUp();
    stand.api.rateLimit("chat.postMessage", 30, 1);
    const move = () => brief("subscribe 07:10 Europe/Paris", minutesAfterSlot(2)).then(() => undefined);
    const morning = await runDigest(deps({ runId: "morning", post: postAfter(move, slack(5_000)) }), SLOT_AT);
    expect(morning.results).toEqual([expect.objectContaining({ slot: SLOT, outcome: "failed", permanent: false })]);
    const next = await runDigest(deps({ runId: "next" }), minutesAfterSlot(15));
    expect(next.results).toEqual([expect.objectContaining({ slot: "2024-07-02T07:10", outcome: "posted" })]);
    expect(posts()).toHaveLength(1);
  });

  it("a run at 07:10 (an operator's) comes while the 07:00 digest is still going out: it gives the slot back, and a later run settles it", async () => {
    const { brief, deps, postAfter } = await setUp();
    let meanwhile: Awaited<ReturnType<typeof runDigest>> | undefined;
    const moveThenRun = async () => {
      await brief("subscribe 07:10 Europe/Paris", minutesAfterSlot(2));
      meanwhile = await runDigest(deps({ runId: "meanwhile" }), minutesAfterSlot(10));
    };
    await runDigest(deps({ runId: "morning", post: postAfter(moveThenRun), clock: () => minutesAfterSlot(posts().length > 0 ? 16 : 0) }), SLOT_AT);
    expect(meanwhile?.results).toEqual([expect.objectContaining({ slot: "2024-07-02T07:10", outcome: "skipped", reason: "claimed-by-another-run", detail: expect.stringContaining("run morning") })]);
    // Given back, not settled: the 07:30 run finds the morning's digest out and settles the day.
    const later = await runDigest(deps({ runId: "later" }), minutesAfterSlot(30));
    expect(later.results).toEqual([expect.objectContaining({ slot: "2024-07-02T07:10", outcome: "skipped", reason: "day-already-posted" })]);
    expect(posts()).toHaveLength(1);
  });

  it("a 23:50 digest Slack took at 00:05: a move the next morning still posts that day", async () => {
    const { brief, deps } = await setUp();
    await brief("subscribe 23:50 Europe/Paris", new Date("2024-06-02T12:00:00Z"));
    // 23:50 on 1 July in Paris is 21:50 UTC; the run waited out rate limits and Slack took the post at 00:05 on 2 July.
    const slotAt = new Date("2024-07-01T21:50:00Z");
    const clock = () => (posts().length > 0 ? new Date("2024-07-01T22:05:00Z") : slotAt);
    expect((await runDigest(deps({ clock }), slotAt)).results).toEqual([expect.objectContaining({ slot: "2024-07-01T23:50", outcome: "posted" })]);
    // The rule read the post's date, 2 July, and started the new time on 3 July: 2 July had no digest at all.
    expect(await brief("subscribe 18:30 Europe/Paris", new Date("2024-07-02T08:00:00Z"))).toContain("Next: Tue 2 Jul, 18:30 Europe/Paris.");
    expect((await runDigest(deps(), new Date("2024-07-02T16:30:00Z"))).results).toEqual([expect.objectContaining({ slot: "2024-07-02T18:30", outcome: "posted" })]);
    expect(posts()).toHaveLength(2);
  });
});

import { describe, expect, it } from "vitest";
import { runDigest } from "#digest/run.ts";
import { digestWebClient, slackPoster, type PostFn } from "#slack/digest-poster.ts";
import { openDigestChannel } from "#test/helpers/digest-channel.ts";
import { type Engine } from "#test/helpers/dynamo.ts";
import { useEngineSuite } from "#test/helpers/engine-suite.ts";
import { useSlackStandIn } from "#test/helpers/slack-stand-in.ts";

/**
 * One digest a day when a schedule moves between zones 25 hours apart (Pago Pago, −11:00, and Kiritimati, +14:00)
 * while the old zone's digest is going out: its claim's name is that zone's local date, two days from the new zone's
 * date of the same instant. The run read the names of only the day either side, missed it, and posted the day again.
 * And a zone whose slot has the same local name as the old zone's that day (07:00 on 2 July, Paris then São Paulo):
 * told apart by its instant, the old one is another digest of the day, not this slot's own claim. Real local DynamoDB
 * (both engines), the real command handler and the Slack stand-in.
 */
const TOKEN = "xoxb-digest-far-zones";
const MINUTE = 60_000;
const stand = useSlackStandIn(TOKEN);
const invocation = { userId: "U0EDITOR", channelId: "CFAR", teamId: "T1", correlationId: "test" };
const posts = () => stand.api.messages("CFAR").filter((m) => m.via === "chat.postMessage");

// One instant, 10:30 UTC on 3 July 2024: 23:30 on 2 July in Pago Pago, 00:30 on 4 July in Kiritimati.
const FAR = "2024-07-03T10:30:00Z";

describe.each<Engine>(["dynalite", "dynamodb-local"])("one digest a day across distant zones (%s)", (engine) => {
  const suite = useEngineSuite(engine);

  /** Subscribed at `from`, moved to `to` from inside the run that posts `from`'s slot at `at`; the move's reply. */
  async function moveWhilePosting(from: string, to: string, at: Date) {
    const { brief, deps } = await openDigestChannel(suite, stand.api, TOKEN, invocation);
    await brief(`subscribe ${from}`, new Date("2024-06-01T12:00:00Z"));
    let reply = "";
    const slack = slackPoster(digestWebClient(TOKEN, stand.api.url));
    const post: PostFn = async (channel, message, options) => {
      reply = await brief(`subscribe ${to}`, new Date(at.getTime() + 2 * MINUTE));
      return slack(channel, message, options);
    };
    expect((await runDigest(deps({ runId: "first", post }), at)).results).toEqual([expect.objectContaining({ outcome: "posted" })]);
    return { deps, reply };
  }

  // Each move's later slot falls on the local day (in its new zone) that the first zone's digest, at `posted`, fell on.
  it.each([
    { from: "23:30 Pacific/Pago_Pago", to: "23:00 Pacific/Kiritimati", posted: FAR, first: "2024-07-02 23:30", slot: "2024-07-04T23:00", at: "2024-07-04T09:00:00Z" },
    { from: "00:30 Pacific/Kiritimati", to: "23:45 Pacific/Pago_Pago", posted: FAR, first: "2024-07-04 00:30", slot: "2024-07-02T23:45", at: "2024-07-03T10:45:00Z" },
    // 07:00 in Paris is 02:00 in São Paulo: the same day there, under the same claim name as its own 07:00.
    { from: "07:00 Europe/Paris", to: "07:00 America/Sao_Paulo", posted: "2024-07-02T05:00:00Z", first: "2024-07-02 07:00", slot: "2024-07-02T07:00", at: "2024-07-02T10:00:00Z" },
  ])("moved from $from to $to: that day's later slot there is not posted again", async ({ from, to, posted, first, slot, at }) => {
    const { deps, reply } = await moveWhilePosting(from, to, new Date(posted));
    expect(reply).toContain(`unless the digest for ${first} going out now reaches the channel first`);
    const run = await runDigest(deps({ runId: "second" }), new Date(at));
    expect(run.results).toEqual([expect.objectContaining({ slot, outcome: "skipped", reason: "day-already-posted" })]);
    expect(posts()).toHaveLength(1);
  });

  it("the last digest is the latest by its instant, not by its claim's name: a later digest in a zone a day behind counts", async () => {
    const { brief, deps } = await openDigestChannel(suite, stand.api, TOKEN, invocation);
    await brief("subscribe 00:30 Pacific/Kiritimati", new Date("2024-06-01T12:00:00Z"));
    expect((await runDigest(deps({ runId: "kiritimati" }), new Date(FAR))).results).toEqual([expect.objectContaining({ slot: "2024-07-04T00:30", outcome: "posted" })]);
    // A day on, from Pago Pago: 23:45 on 3 July there is 10:45 UTC on 4 July, a day after the Kiritimati digest, but
    // its claim's name (2024-07-03T23:45) sorts before that one's (2024-07-04T00:30).
    await brief("subscribe 23:45 Pacific/Pago_Pago", new Date("2024-07-03T12:00:00Z"));
    expect((await runDigest(deps({ runId: "pago-pago" }), new Date("2024-07-04T10:45:00Z"))).results).toEqual([expect.objectContaining({ slot: "2024-07-03T23:45", outcome: "posted" })]);
    // Five minutes later the editor moves it to 23:55: today's digest has gone out, so tomorrow, and the reply says so.
    const reply = await brief("subscribe 23:55 Pacific/Pago_Pago", new Date("2024-07-04T10:50:00Z"));
    expect(reply).toContain("today's digest already went out at 23:45");
    expect((await runDigest(deps({ runId: "later" }), new Date("2024-07-04T11:00:00Z"))).results).toEqual([]);
    expect(posts()).toHaveLength(2);
  });
});

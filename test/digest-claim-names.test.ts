import { DynamoDBDocumentClient, PutCommand } from "@aws-sdk/lib-dynamodb";
import { describe, expect, it } from "vitest";
import { DEFAULT_STALE_AFTER_MS, runDigest } from "#digest/run.ts";
import { instantSlotKey } from "#digest/subscriptions.ts";
import { TABLE_KEYS } from "#store/table.ts";
import { openDigestChannel } from "#test/helpers/digest-channel.ts";
import { SLOT, SLOT_AT } from "#test/helpers/digest-fixtures.ts";
import { type Engine } from "#test/helpers/dynamo.ts";
import { useEngineSuite } from "#test/helpers/engine-suite.ts";
import { useSlackStandIn } from "#test/helpers/slack-stand-in.ts";

/**
 * Claims are named by local date and time, so 07:00 in Los Angeles on 2 July bore the name of 07:00 in Paris that
 * day: after a move from Paris to Los Angeles, the run skipped Los Angeles's 2 July as already posted. A claim now
 * keeps its slot's instant, and a slot meeting another instant's claim under its name is claimed under its instant.
 * Claims made before (no instant) still stop a second post under their name for the month they are kept. Real local
 * DynamoDB (both engines), the real command handler and the Slack stand-in.
 */
const TOKEN = "xoxb-digest-claim-names";
const stand = useSlackStandIn(TOKEN);
const invocation = { userId: "U0EDITOR", channelId: "CPARIS", teamId: "T1", correlationId: "test" };
const posts = () => stand.api.messages("CPARIS").filter((m) => m.via === "chat.postMessage");
// 07:00 on 2 July in Los Angeles (PDT, −07:00).
const LA_SLOT_AT = new Date("2024-07-02T14:00:00Z");

describe.each<Engine>(["dynalite", "dynamodb-local"])("claim names across zones (%s)", (engine) => {
  const suite = useEngineSuite(engine);

  async function parisMorningPosted() {
    const channel = await openDigestChannel(suite, stand.api, TOKEN, invocation);
    await channel.brief("subscribe 07:00 Europe/Paris", new Date("2024-06-01T12:00:00Z"));
    expect((await runDigest(channel.deps(), SLOT_AT)).results).toEqual([expect.objectContaining({ slot: SLOT, outcome: "posted" })]);
    return channel;
  }

  it("moved to 07:00 Los Angeles after 07:00 Paris posted: Los Angeles's 2 July, under its own claim, goes out", async () => {
    const { brief, deps, subscriptions } = await parisMorningPosted();
    // 06:00 UTC is 23:00 on 1 July in Los Angeles: its 2 July has had no digest.
    expect(await brief("subscribe 07:00 America/Los_Angeles", new Date("2024-07-02T06:00:00Z"))).toContain("Next: Tue 2 Jul, 07:00 America/Los_Angeles.");
    const run = await runDigest(deps(), LA_SLOT_AT);
    expect(run.results).toEqual([expect.objectContaining({ slot: SLOT, outcome: "posted" })]);
    expect(posts()).toHaveLength(2);
    // Paris's claim is as it was; Los Angeles's is under its instant's name.
    expect(await subscriptions.getClaim("CPARIS", SLOT)).toMatchObject({ status: "posted", slotAt: SLOT_AT.toISOString() });
    expect(await subscriptions.getClaim("CPARIS", instantSlotKey(SLOT, LA_SLOT_AT))).toMatchObject({ status: "posted", slotAt: LA_SLOT_AT.toISOString() });
    // And it is posted once: the next run finds it under that name.
    expect((await runDigest(deps(), new Date(LA_SLOT_AT.getTime() + 15 * 60_000))).results).toEqual([expect.objectContaining({ slot: SLOT, outcome: "skipped", reason: "already-posted" })]);
    expect(posts()).toHaveLength(2);
  });

  it("Paris's 07:00 claim left by a run that died: Los Angeles's 07:00 is claimed under its instant, not over Paris's", async () => {
    const { brief, deps, subscriptions } = await openDigestChannel(suite, stand.api, TOKEN, invocation);
    await brief("subscribe 07:00 Europe/Paris", new Date("2024-06-01T12:00:00Z"));
    await subscriptions.claim("CPARIS", SLOT, { runId: "died", now: SLOT_AT, staleAfterMs: DEFAULT_STALE_AFTER_MS, slotAt: SLOT_AT });
    await brief("subscribe 07:00 America/Los_Angeles", new Date("2024-07-02T06:00:00Z"));
    // Nine hours on, Paris's claim is long stale; it is still Paris's slot's (its run may have posted before dying).
    expect((await runDigest(deps(), LA_SLOT_AT)).results).toEqual([expect.objectContaining({ slot: SLOT, outcome: "posted" })]);
    expect(await subscriptions.getClaim("CPARIS", SLOT)).toMatchObject({ status: "claimed", runId: "died", slotAt: SLOT_AT.toISOString() });
    expect(await subscriptions.getClaim("CPARIS", instantSlotKey(SLOT, LA_SLOT_AT))).toMatchObject({ status: "posted", slotAt: LA_SLOT_AT.toISOString() });
    expect(posts()).toHaveLength(1);
  });

  it("a claim made before claims kept their instant still stops a second post under its name, in any zone", async () => {
    const { table, brief, deps } = await openDigestChannel(suite, stand.api, TOKEN, invocation);
    await brief("subscribe 07:00 Europe/Paris", new Date("2024-06-01T12:00:00Z"));
    // This morning's digest, claimed and posted by the code before: no slotAt.
    await DynamoDBDocumentClient.from(table.client).send(
      new PutCommand({
        TableName: table.tableName,
        Item: { pk: `${TABLE_KEYS.prefixes.digest}CPARIS`, sk: SLOT, kind: "digest-claim", channelId: "CPARIS", slot: SLOT, status: "posted", runId: "old-code", claimedAt: SLOT_AT.toISOString(), claimedAtMs: SLOT_AT.getTime(), ts: "1719896400.000100" },
      }),
    );
    expect((await runDigest(deps(), SLOT_AT)).results).toEqual([expect.objectContaining({ slot: SLOT, outcome: "skipped", reason: "already-posted" })]);
    // Which zone it was for is unknown: Los Angeles's slot of that name waits a day, and the reply says why.
    expect(await brief("subscribe 07:00 America/Los_Angeles", new Date("2024-07-02T06:00:00Z"))).toContain("Next: Wed 3 Jul, 07:00 America/Los_Angeles (Tue 2 Jul, 07:00 America/Los_Angeles was already used");
    expect((await runDigest(deps(), LA_SLOT_AT)).results).toEqual([]);
    expect(posts()).toEqual([]);
  });
});

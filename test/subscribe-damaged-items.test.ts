import { DynamoDBDocumentClient, PutCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createLogger } from "#lib/log.ts";
import { runCommand, type CommandDeps } from "#slack/commands.ts";
import "#slack/subscription-commands.ts";
import { DynamoArticleStore } from "#store/dynamo-store.ts";
import { DynamoSubscriptionStore } from "#store/dynamo-subscriptions.ts";
import { TABLE_KEYS } from "#store/table.ts";
import { startTestTable, type TestTable } from "#test/helpers/dynamo.ts";

// `/brief subscribe` reads the channel's last posted digest (its newest posted claim) for the one-a-day rule, and may
// keep the stored subscription's start. An item hand-edited or half-written must not stop the channel from
// subscribing: claims live a month, and a throw there answered every subscribe in the channel with a failure until it
// expired. Real handler, real local DynamoDB.

let table: TestTable;
let doc: DynamoDBDocumentClient;
let deps: (now: Date) => CommandDeps;
const invocation = { userId: "U0EDITOR", channelId: "C0CLAIMS", teamId: "T1", correlationId: "test" };
let counter = 0;

beforeAll(async () => {
  table = await startTestTable();
  doc = DynamoDBDocumentClient.from(table.client);
  const store = new DynamoArticleStore({ client: table.client, tableName: table.tableName });
  const subscriptions = new DynamoSubscriptionStore({ client: table.client, tableName: table.tableName, onMalformed: () => undefined });
  deps = (now) => ({ store, log: createLogger({ sink: () => undefined }), now: () => now, subscriptions });
});

afterAll(async () => {
  await table.stop();
});

beforeEach(() => {
  // A channel of its own per test: claims of one test never reach another's.
  invocation.channelId = `C0CLAIMS${++counter}`;
});

/** A claim item of this test's channel as stored, with `fields` over a digest posted at 07:00 Paris on 2 July. */
async function claim(slot: string, fields: Record<string, unknown> = {}): Promise<void> {
  const channelId = invocation.channelId;
  const item = { pk: `${TABLE_KEYS.prefixes.digest}${channelId}`, sk: slot, kind: "digest-claim", channelId, slot, status: "posted", runId: "r1", claimedAt: "2024-07-02T05:00:00.000Z", ts: "1.1", postedAt: "2024-07-02T05:00:02.000Z", ...fields };
  await doc.send(new PutCommand({ TableName: table.tableName, Item: item }));
}

const subscribe = async (text: string, now: Date) => JSON.stringify((await runCommand(text, invocation, deps(now))).blocks);

describe("/brief subscribe over a channel's damaged digest claims and subscription item", () => {
  it("a damaged claim newer than the last posted one is passed over: the posted one still keeps today's second digest away", async () => {
    await claim("2024-07-02T07:00");
    await claim("2024-07-03T07:00", { status: "lost", ts: 5 });
    const reply = await subscribe("subscribe 18:30 Europe/Paris", new Date("2024-07-02T12:00:00Z"));
    expect(reply).toContain("Next: Wed 3 Jul, 18:30 Europe/Paris");
    expect(reply).toContain("today's digest already went out at 07:00");
  });

  it("a posted claim whose post time does not read as a time: read from its claim time instead", async () => {
    await claim("2024-07-02T07:00", { postedAt: "sometime this morning" });
    const reply = await subscribe("subscribe 18:30 Europe/Paris", new Date("2024-07-02T12:00:00Z"));
    expect(reply).toContain("Next: Wed 3 Jul, 18:30 Europe/Paris");
    expect(reply).toContain("today's digest already went out at 07:00");
  });

  it("a re-subscribe at the same time over a start that is not a time: kept as stored (the run reads it as no start), Next from the clock", async () => {
    // The same-schedule write keeps any string start; the reply's Next took it with Math.max and threw on NaN.
    const channelId = invocation.channelId;
    const item = { pk: `${TABLE_KEYS.prefixes.subscription}ALL`, sk: channelId, kind: "subscription", channelId, time: "07:00", timeZone: "Europe/Paris", quietWhenEmpty: false, createdBy: "U0X", createdAt: "a while ago" };
    await doc.send(new PutCommand({ TableName: table.tableName, Item: item }));
    const reply = await subscribe("subscribe 07:00 Europe/Paris quiet", new Date("2024-07-02T12:00:00Z"));
    expect(reply).toContain("Next: Wed 3 Jul, 07:00 Europe/Paris");
    expect(reply).not.toContain("already went out");
  });

  it("a posted claim with neither time readable says nothing of when it went out: the channel subscribes, from now", async () => {
    await claim("2024-07-02T07:00", { postedAt: "sometime this morning", claimedAt: "early" });
    const reply = await subscribe("subscribe 18:30 Europe/Paris", new Date("2024-07-02T12:00:00Z"));
    expect(reply).toContain("This channel gets the nutgraf digest every day at 18:30 Europe/Paris");
    expect(reply).toContain("Next: Tue 2 Jul, 18:30 Europe/Paris");
  });
});

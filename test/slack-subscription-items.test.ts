import { DeleteCommand, DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { TABLE_KEYS } from "#store/table.ts";
import { shownText } from "#test/helpers/slack-request.ts";
import { slashInto, startSlackStack, type SlackStack } from "#test/helpers/slack-stack.ts";

// `/brief unsubscribe` and `/brief subscribe` over what is stored for the channel: a damaged subscription item, and
// a subscription at another time. Signed slash commands into the real handler, on a real local DynamoDB.

const SECRET = "test-signing-secret-subscription-items";
const SUB_PK = `${TABLE_KEYS.prefixes.subscription}ALL`;

let stack: SlackStack;
let doc: DynamoDBDocumentClient;

beforeAll(async () => {
  stack = await startSlackStack({ secret: SECRET, token: "xoxb-subscription-items", stories: [] });
  doc = DynamoDBDocumentClient.from(stack.table.client);
});

afterAll(async () => {
  await stack.stop();
});

beforeEach(() => stack.api.reset());

/** `/brief <text>` from C0NEWS: HTTP 200 and exactly one ephemeral answer, its text. */
async function brief(text: string): Promise<string> {
  const { status, answers } = await slashInto(stack, SECRET, text);
  expect(status).toBe(200);
  expect(answers).toHaveLength(1);
  return shownText(answers[0]!);
}

const channelItem = async () => (await doc.send(new GetCommand({ TableName: stack.table.tableName, Key: { pk: SUB_PK, sk: "C0NEWS" }, ConsistentRead: true }))).Item;

describe("/brief unsubscribe and subscribe over the channel's stored subscription", () => {
  it("unsubscribe of a damaged subscription removes it and says so, not 'a stored story is damaged'", async () => {
    // Hand-edited, half-written: the digest run already skips it, so the channel gets no digest.
    await doc.send(new PutCommand({ TableName: stack.table.tableName, Item: { pk: SUB_PK, sk: "C0NEWS", channelId: "C0NEWS", time: 700 } }));
    const answer = await brief("unsubscribe");
    expect(answer).toContain("Unsubscribed");
    expect(answer).not.toContain("story");
    // Gone: only the unsubscribe's dated marker is left in its place.
    expect(await channelItem()).toMatchObject({ kind: "unsubscribed" });
    expect(await channelItem()).not.toHaveProperty("time");
    expect(await brief("unsubscribe")).toContain("no digest subscription");
  });

  it("unsubscribe of a damaged subscription says why nothing had come, never settings it cannot read", async () => {
    // Mutation sweep 47 (T15): described like a readable one, the reply read "(it was undefined undefined)".
    await doc.send(new PutCommand({ TableName: stack.table.tableName, Item: { pk: SUB_PK, sk: "C0NEWS", channelId: "C0NEWS", time: 700 } }));
    const answer = await brief("unsubscribe");
    expect(answer).toContain("its stored settings were damaged, so it had not been posting");
    expect(answer).not.toContain("undefined");
  });

  it("subscribing again at another time moves the digest: one subscription item for the channel, the old time named", async () => {
    expect(await brief("subscribe 07:00 Europe/Paris")).toContain("every day at 07:00 Europe/Paris");
    const moved = await brief("subscribe 18:30 Europe/Paris section:world");
    expect(moved).toContain("every day at 18:30 Europe/Paris, only section world");
    expect(moved).toContain("(was 07:00 Europe/Paris)");
    const items = (await doc.send(new QueryCommand({ TableName: stack.table.tableName, KeyConditionExpression: "pk = :pk", ExpressionAttributeValues: { ":pk": SUB_PK }, ConsistentRead: true }))).Items ?? [];
    expect(items.map((i) => [i.sk, i.time, i.section])).toEqual([["C0NEWS", "18:30", "world"]]);
    await brief("unsubscribe");
  });

  it("unsubscribe leaves only its time, reaped after a day by the table's TTL, which no reader takes for a subscription; a subscribe after it replaces it whole", async () => {
    await brief("subscribe 07:00 Europe/Paris");
    expect(await brief("unsubscribe")).toContain("Unsubscribed: no more digests here (it was 07:00 Europe/Paris).");
    const marker = await channelItem();
    expect(marker).toEqual({ pk: SUB_PK, sk: "C0NEWS", kind: "unsubscribed", requestedAt: expect.any(String), expiresAt: Math.floor(Date.parse(String(marker?.requestedAt)) / 1000) + 24 * 3600 });
    expect(await brief("subscriptions")).not.toContain("C0NEWS");
    expect(await brief("unsubscribe")).toContain("This channel has no digest subscription.");
    expect(await brief("subscribe 07:30 Europe/Paris")).toMatch(/every day at 07:30 Europe\/Paris\. Next:/);
    // The TTL is the marker's alone: a subscription that kept it would vanish a day later.
    expect(await channelItem()).toMatchObject({ kind: "subscription", time: "07:30" });
    expect(await channelItem()).not.toHaveProperty("expiresAt");
    await brief("unsubscribe");
  });

  it("an item stored without a command's time (before round 53's stamps, or by a direct store call) is replaced by any command", async () => {
    // Nothing to compare: its createdAt is the schedule's start, not when a command was typed (a kept start is weeks
    // old, a start that skips a taken day is tomorrow), and a command of the code before stamps ended long ago.
    const unstamped = { pk: SUB_PK, sk: "C0NEWS", kind: "subscription", channelId: "C0NEWS", time: "07:00", timeZone: "Europe/Paris", createdBy: "U0X", createdAt: "2099-01-01T00:00:00.000Z", quietWhenEmpty: false };
    await doc.send(new PutCommand({ TableName: stack.table.tableName, Item: unstamped }));
    expect(await brief("subscribe 18:30 Europe/Paris")).toContain("every day at 18:30 Europe/Paris (was 07:00 Europe/Paris)");
    expect(await channelItem()).toMatchObject({ time: "18:30", requestedAt: expect.any(String) });
    await doc.send(new PutCommand({ TableName: stack.table.tableName, Item: unstamped }));
    expect(await brief("unsubscribe")).toContain("Unsubscribed: no more digests here (it was 07:00 Europe/Paris).");
  });

  it("subscribe in Etc/GMT+5 is refused, ephemerally, with the offset it is (UTC-05:00) and the name of the one likely meant; nothing stored", async () => {
    await doc.send(new DeleteCommand({ TableName: stack.table.tableName, Key: { pk: SUB_PK, sk: "C0NEWS" } }));
    // A valid IANA zone, POSIX-signed: it was stored as typed and the digest came ten hours off for an editor at UTC+5.
    const { status, answers } = await slashInto(stack, SECRET, "subscribe 07:00 Etc/GMT+5");
    expect(status).toBe(200);
    expect(answers).toHaveLength(1);
    expect(answers[0]!.body.response_type).toBe("ephemeral");
    expect(shownText(answers[0]!)).toContain('"Etc/GMT+5" is UTC-05:00, not UTC+05:00: Etc/GMT names count the other way (UTC+05:00 is Etc/GMT-5)');
    expect(await channelItem()).toBeUndefined();
  });

  it("subscriptions lists a damaged item as damaged, ephemerally: the digest skips it, and the list hid it", async () => {
    const put = (item: Record<string, unknown>) => doc.send(new PutCommand({ TableName: stack.table.tableName, Item: { pk: SUB_PK, ...item } }));
    await put({ sk: "C0NEWS", channelId: "C0NEWS", time: 700 });
    await put({ sk: "C0OTHER", channelId: "C0OTHER", time: "07:00", timeZone: "Europe/Paris", createdAt: "2024-06-01T00:00:00Z", teamId: "T0OTHERTEAM" });
    await put({ sk: "C0SPORT", channelId: "C0SPORT", time: "18:00", timeZone: "Europe/London", createdBy: "U0X", createdAt: "2024-06-01T00:00:00Z" });
    try {
      const { status, answers } = await slashInto(stack, SECRET, "subscriptions");
      expect(status).toBe(200);
      expect(answers).toHaveLength(1);
      expect(answers[0]!.body.response_type).toBe("ephemeral");
      const shown = shownText(answers[0]!);
      expect(shown).toContain("Digest subscriptions (2)");
      expect(shown).toMatch(/<#C0NEWS>  damaged — re-subscribe to repair\n.*<#C0SPORT>  18:00 Europe\/London/);
      // A damaged item of another workspace is not this one's to list.
      expect(shown).not.toContain("C0OTHER");
    } finally {
      for (const sk of ["C0NEWS", "C0OTHER", "C0SPORT"]) await doc.send(new DeleteCommand({ TableName: stack.table.tableName, Key: { pk: SUB_PK, sk } }));
    }
  });
});

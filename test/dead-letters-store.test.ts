import { DeleteCommand, DynamoDBDocumentClient, ScanCommand } from "@aws-sdk/lib-dynamodb";
import { describe, expect, it } from "vitest";
import { deadLetter, MAX_RAW_BYTES } from "#ingest/dead-letters.ts";
import { DynamoDeadLetterStore } from "#store/dynamo-dead-letters.ts";
import type { Engine, TestTable } from "#test/helpers/dynamo.ts";
import { useEngineSuite } from "#test/helpers/engine-suite.ts";

// The dead-letter store against a real local DynamoDB, on both engines: what `nutgraf deadletters` lists.

/** A letter received `minute` minutes into 1 March 2024, its raw item `bytes` long. */
const letter = (minute: number, bytes: number) =>
  deadLetter({ raw: String(minute % 10).repeat(bytes), origin: "endpoint", code: "TOO_LARGE", reason: "too large", receivedAt: new Date(Date.UTC(2024, 2, 1, 0, minute)) });

describe.each<Engine>(["dynalite", "dynamodb-local"])("DynamoDeadLetterStore on %s", (engine) => {
  const suite = useEngineSuite(engine);

  async function freshLetters() {
    const table = await suite.server.table();
    suite.open.push(table);
    return new DynamoDeadLetterStore({ client: table.client, tableName: table.tableName });
  }

  /**
   * DynamoDB's TTL, which neither local engine runs: deletes every item whose `expiresAt` has passed at `now`. The
   * store's items are its letters and what finds them; each must live as long as what it stands for.
   */
  async function expireAt(table: TestTable, now: Date): Promise<void> {
    const doc = DynamoDBDocumentClient.from(table.client);
    const items = (await doc.send(new ScanCommand({ TableName: table.tableName }))).Items ?? [];
    const gone = items.filter((item) => typeof item.expiresAt === "number" && item.expiresAt < now.getTime() / 1000);
    for (const item of gone) await doc.send(new DeleteCommand({ TableName: table.tableName, Key: { pk: item.pk, sk: item.sk } }));
  }

  it("lists `limit` letters newest first, reading past DynamoDB's 1 MB query page when letters are large", async () => {
    const letters = await freshLetters();
    // Six letters near the largest kept (a refused 350 KB story): a query page stops at 1 MB, after the fourth.
    const sent = Array.from({ length: 6 }, (_, minute) => letter(minute, MAX_RAW_BYTES - 80_000));
    for (const l of sent) await letters.put(l);
    const newestFirst = sent.map((l) => l.id).reverse();
    expect((await letters.list(50)).map((l) => l.id)).toEqual(newestFirst);
    expect((await letters.list(5)).map((l) => l.id)).toEqual(newestFirst.slice(0, 5));
    expect((await letters.list(1)).map((l) => l.id)).toEqual(newestFirst.slice(0, 1));
  });

  it("keeps an item refused again (a batch resent after a 503) in its first letter, refreshed, not in a second one", async () => {
    const letters = await freshLetters();
    const refused = (minute: number, origin: string, reason: string) =>
      deadLetter({ raw: '{"uri":"urn:x"}', origin, code: "NO_HEADLINE", reason, receivedAt: new Date(Date.UTC(2024, 2, 1, 0, minute)) });
    const first = refused(0, "endpoint", "no headline");
    expect(await letters.put(first)).toBe(first.id);
    // Half an hour on, the sender resends: a letter of its own id (its time), answered with the first letter's.
    const again = refused(30, "endpoint", "no headline (headline or headlines[].value)");
    expect(again.id).not.toBe(first.id);
    expect(await letters.put(again)).toBe(first.id);
    expect(await letters.list()).toEqual([{ ...first, reason: again.reason, expiresAt: again.expiresAt }]);
    // The same raw item from another origin is another item.
    const fromFeed = refused(31, "feed https://news.example/rss", "no headline");
    expect(await letters.put(fromFeed)).toBe(fromFeed.id);
    expect((await letters.list()).map((l) => l.id)).toEqual([fromFeed.id, first.id]);
    // Once its letter is gone (sent again with --retry, or expired), a new refusal is a new letter.
    await letters.remove(first.id);
    const later = refused(45, "endpoint", "no headline");
    expect(await letters.put(later)).toBe(later.id);
    expect((await letters.list()).map((l) => l.id)).toEqual([later.id, fromFeed.id]);
  });

  it("an item refused again over weeks keeps one letter: its refreshed expiry holds for whatever finds the letter too", async () => {
    const table = await suite.server.table();
    suite.open.push(table);
    const letters = new DynamoDeadLetterStore({ client: table.client, tableName: table.tableName });
    const day = (n: number) => new Date(Date.UTC(2024, 2, 1 + n));
    const refused = (n: number) => deadLetter({ raw: '{"uri":"urn:y"}', origin: "endpoint", code: "NO_HEADLINE", reason: "no headline", receivedAt: day(n) });
    const first = refused(0);
    await letters.put(first);
    // Resent on day 10: the letter now lives to day 24. On day 15 the TTL removes what expired on day 14, if anything.
    expect(await letters.put(refused(10))).toBe(first.id);
    await expireAt(table, day(15));
    expect((await letters.list()).map((l) => l.id)).toEqual([first.id]);
    // Resent on day 16: still the first letter, not a second one beside it.
    expect(await letters.put(refused(16))).toBe(first.id);
    expect((await letters.list()).map((l) => l.id)).toEqual([first.id]);
  });
});

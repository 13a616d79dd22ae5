import { createHash } from "node:crypto";
import { DeleteCommand, DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { describe, expect, it } from "vitest";
import type { FeedCursor } from "#ingest/poll.ts";
import { DynamoFeedCursorStore } from "#store/dynamo-feed-cursors.ts";
import { itemBytes, MAX_ITEM_BYTES } from "#store/item-size.ts";
import type { Engine } from "#test/helpers/dynamo.ts";
import { useEngineSuite } from "#test/helpers/engine-suite.ts";

// The feed cursor store against a real local DynamoDB, on both engines: cursors of feeds too big, or at URLs too
// long, for DynamoDB's limits (400 KB an item, 1,024 bytes a sort key).

const hex = (text: string, length: number) => createHash("sha256").update(text).digest("hex").slice(0, length);

/** `seen` as pollFeed writes it for a feed of `entries` stories: story id → content fingerprint, in the feed's order. */
const seenOf = (entries: number): Record<string, string> => Object.fromEntries(Array.from({ length: entries }, (_, n) => [hex(`story ${n}`, 12), hex(`text ${n}`, 16)]));

const cursorOf = (url: string, seen: Record<string, string>): FeedCursor => ({
  url,
  seen,
  etag: '"a1"',
  lastCheckedAt: "2024-03-12T20:00:00.000Z",
  lastSuccessAt: "2024-03-12T20:00:00.000Z",
  lastStatus: "ok",
  consecutiveFailures: 0,
  lastCounts: { stored: 20_000, "new-version": 0, unchanged: 0, rejected: 0, duplicates: 0 },
});

describe.each<Engine>(["dynalite", "dynamodb-local"])("DynamoFeedCursorStore on %s", (engine) => {
  const suite = useEngineSuite(engine);

  async function fresh() {
    const table = await suite.server.table();
    suite.open.push(table);
    return { table, cursors: new DynamoFeedCursorStore({ client: table.client, tableName: table.tableName }), doc: DynamoDBDocumentClient.from(table.client) };
  }

  it("writes the cursor of a feed listing 20,000 entries with the first entries that fit, where the write was refused", async () => {
    const { cursors, doc, table } = await fresh();
    const url = "https://archive.example/all.xml";
    // ~29 bytes an entry: 20,000 of them are 580 KB, and the cursor's write failed with a raw ValidationException
    // on every poll (the feed's poll unrecorded, its refused entries dead-lettered again each time).
    const seen = seenOf(20_000);
    await cursors.put(cursorOf(url, seen));
    const back = await cursors.get(url);
    expect(back).toMatchObject({ url, etag: '"a1"', lastStatus: "ok", lastCounts: { stored: 20_000 } });
    const kept = Object.keys(back!.seen);
    // The newest entries (a feed lists them first), as many as fit: the rest of 400 KB is the cursor's other fields.
    expect(kept.length).toBeGreaterThan(13_000);
    expect(kept.length).toBeLessThan(20_000);
    expect(new Set(kept)).toEqual(new Set(Object.keys(seen).slice(0, kept.length)));
    expect(kept.every((key) => back!.seen[key] === seen[key])).toBe(true);
    const item = (await doc.send(new GetCommand({ TableName: table.tableName, Key: { pk: "FEED", sk: url } }))).Item!;
    expect(itemBytes(item)).toBeLessThanOrEqual(MAX_ITEM_BYTES);
    expect(itemBytes(item)).toBeGreaterThan(MAX_ITEM_BYTES - 100);
  });

  it("keeps the whole `seen` of a cursor that fits", async () => {
    const { cursors } = await fresh();
    const seen = seenOf(40);
    await cursors.put(cursorOf("https://news.example/rss", seen));
    expect((await cursors.get("https://news.example/rss"))?.seen).toEqual(seen);
  });

  it("keys the cursor of a feed URL over 1,024 bytes by its hash, where every read and write of it was refused", async () => {
    const { cursors, doc, table } = await fresh();
    const at = (bytes: number) => {
      const base = "https://wire.example/feed?token=";
      return `${base}${"t".repeat(bytes - base.length)}`;
    };
    // The longest URL a sort key holds is still the key itself (a cursor written before keeps being found).
    const longest = at(1024);
    const tooLong = at(1025);
    await cursors.put(cursorOf(longest, seenOf(3)));
    await cursors.put(cursorOf(tooLong, seenOf(2)));
    expect(await cursors.get(longest)).toMatchObject({ url: longest, seen: seenOf(3) });
    expect(await cursors.get(tooLong)).toMatchObject({ url: tooLong, seen: seenOf(2) });
    const keys = (await doc.send(new QueryCommand({ TableName: table.tableName, KeyConditionExpression: "pk = :pk", ExpressionAttributeValues: { ":pk": "FEED" } }))).Items!.map((i) => String(i.sk));
    expect(keys.sort()).toEqual([`sha256:${createHash("sha256").update(tooLong).digest("hex")}`, longest].sort());
    expect((await cursors.list()).cursors.map((c) => c.url).sort()).toEqual([longest, tooLong].sort());

    // The limit is in UTF-8 bytes: 600 characters of "é" are 1,200 bytes, a key DynamoDB refuses, so hashed too.
    const wide = `https://wire.example/flux?q=${"é".repeat(600)}`;
    expect(wide.length).toBeLessThan(1024);
    await cursors.put(cursorOf(wide, seenOf(1)));
    expect(await cursors.get(wide)).toMatchObject({ url: wide, seen: seenOf(1) });
    await doc.send(new DeleteCommand({ TableName: table.tableName, Key: { pk: "FEED", sk: `sha256:${createHash("sha256").update(wide).digest("hex")}` } }));
    expect(await cursors.get(wide)).toBeUndefined();

    // A damaged cursor at a hashed key is named by its URL, in the listing and in get's error.
    const sk = keys.find((k) => k.startsWith("sha256:"))!;
    await doc.send(new PutCommand({ TableName: table.tableName, Item: { pk: "FEED", sk, url: tooLong, seen: {}, consecutiveFailures: "two" } }));
    expect((await cursors.list()).damaged).toEqual([{ url: tooLong, problem: expect.stringMatching(/^field "consecutiveFailures" /) }]);
    await expect(cursors.get(tooLong)).rejects.toThrow(`feed cursor ${tooLong} is damaged: field "consecutiveFailures"`);
  });
});

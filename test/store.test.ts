import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PutItemCommand } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, ScanCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { parseJsonArticle, parseWireText } from "#news/article.ts";
import type { Article } from "#news/article.ts";
import { createDynamoClient } from "#store/dynamo-client.ts";
import { decodeArticle, timeShard } from "#store/article-item.ts";
import { DynamoArticleStore } from "#store/dynamo-store.ts";
import { itemBytes } from "#store/item-size.ts";
import { startLocalDynamo } from "#store/local-dynamo.ts";
import { StoreError } from "#store/store.ts";
import { ensureTable } from "#store/table.ts";
import { startTestServer, startTestTable } from "#test/helpers/dynamo.ts";
import type { Engine, TestServer, TestTable } from "#test/helpers/dynamo.ts";
import { startFaultProxy } from "#test/helpers/fault-proxy.ts";
import type { FaultProxy } from "#test/helpers/fault-proxy.ts";

const seed = parseWireText(readFileSync(new URL("../seeds/000_c74584ab3f8b7ef3.txt", import.meta.url), "utf8"));

function story(id: string, headline: string, publishedAt: string, body = `Body of ${id}.`): Article {
  return parseJsonArticle({ id, headline, publishedAt, paragraphs: [body, "A second paragraph."] });
}

async function rejection(promise: Promise<unknown>): Promise<StoreError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StoreError);
  return error as StoreError;
}

describe.each<Engine>(["dynalite", "dynamodb-local"])("DynamoArticleStore on %s", (engine) => {
  let server: TestServer;
  const open: Array<TestTable | FaultProxy> = [];

  beforeAll(async () => {
    server = await startTestServer(engine);
  });
  afterEach(async () => {
    for (const thing of open.splice(0).reverse()) {
      if ("tableName" in thing) await thing.stop();
      else await thing.close();
    }
  });
  afterAll(async () => {
    await server?.stop();
  });

  /** A fresh table; `pageSize` forces small query pages so every list must page to be complete. */
  async function freshStore(pageSize?: number) {
    const table = await server.table();
    open.push(table);
    const store = new DynamoArticleStore({ client: table.client, tableName: table.tableName, ...(pageSize ? { pageSize } : {}) });
    return { store, table };
  }

  it("stores and reads back an article unchanged", async () => {
    const { store } = await freshStore();
    expect(await store.put(seed)).toEqual({ status: "created", version: 1 });
    expect(await store.get(seed.id)).toEqual({ ...seed, version: 1 });
    expect(await store.get("no-such-id")).toBeUndefined();
    expect(await store.versions("no-such-id")).toEqual([]);
  });

  it("treats the same story put again as unchanged", async () => {
    const { store } = await freshStore();
    await store.put(seed);
    expect(await store.put(seed)).toEqual({ status: "unchanged", version: 1 });
    expect(await store.put(structuredClone(seed))).toEqual({ status: "unchanged", version: 1 });
    expect(await store.versions(seed.id)).toHaveLength(1);
  });

  it("keeps a changed story as a new version without losing the old one", async () => {
    const { store } = await freshStore(2);
    const corrected = parseJsonArticle({
      id: seed.id,
      headline: seed.headline,
      publishedAt: seed.publishedAt,
      paragraphs: [...seed.paragraphs.slice(0, -1), "Corrected: the toll rose to at least 130."],
    });
    expect(corrected.contentHash).not.toBe(seed.contentHash);
    await store.put(seed);
    expect(await store.put(corrected)).toEqual({ status: "new-version", version: 2 });
    expect(await store.get(seed.id)).toEqual({ ...corrected, version: 2 });
    expect(await store.versions(seed.id)).toEqual([
      { ...seed, version: 1 },
      { ...corrected, version: 2 },
    ]);
    // Replaying the first text (a re-run seed) does not roll the story back.
    expect(await store.put(seed)).toEqual({ status: "unchanged", version: 1 });
    expect((await store.get(seed.id))?.version).toBe(2);
  });

  it("keeps every version when writers race on one story, and LATEST ends on the highest", async () => {
    const { store } = await freshStore();
    const drafts = [1, 2, 3, 4, 5].map((n) => story("race", "Count goes on", "2026-11-24T10:00:00Z", `Draft ${n}.`));
    const outcomes = await Promise.all(drafts.map((d) => store.put(d)));
    expect(outcomes.map((o) => o.version).sort()).toEqual([1, 2, 3, 4, 5]);
    const versions = await store.versions("race");
    expect(new Set(versions.map((v) => v.contentHash))).toEqual(new Set(drafts.map((d) => d.contentHash)));
    expect((await store.get("race"))?.version).toBe(5);
    // The same text from many writers at once is stored once.
    const same = await Promise.all([1, 2, 3].map(() => store.put(seed)));
    expect(same.map((o) => o.status).sort()).toEqual(["created", "unchanged", "unchanged"]);
    expect(await store.versions(seed.id)).toHaveLength(1);
  });

  it("lists the newest N by publication time, ties by id, across pages", async () => {
    const { store } = await freshStore(2);
    const articles = [
      story("e", "Oldest story", "2026-11-23T08:00:00Z"),
      story("d", "Tied story d", "2026-11-24T12:00:00Z"),
      story("b", "Tied story b", "2026-11-24T12:00:00Z"),
      story("c", "Tied story c", "2026-11-24T12:00:00Z"),
      // Same instant written in another zone: ordering is by instant, not by the string.
      story("a", "Tied story a", "2026-11-24T13:00:00+01:00"),
      story("f", "Newest story", "2026-11-25T06:30:00Z"),
    ];
    for (const article of articles) await store.put(article);
    expect((await store.latest(1)).map((a) => a.id)).toEqual(["f"]);
    expect((await store.latest(3)).map((a) => a.id)).toEqual(["f", "a", "b"]);
    expect((await store.latest(10)).map((a) => a.id)).toEqual(["f", "a", "b", "c", "d", "e"]);
    expect(await store.latest(0)).toEqual([]);
  });

  it("breaks a tie at the cut by id even when the tied stories share one time shard (listed there by id descending)", async () => {
    const { store } = await freshStore();
    // Four ids of one shard: each shard's index lists equal times by id descending, the store's order is ascending.
    const ids: string[] = [];
    for (let n = 0; ids.length < 4; n++) if (timeShard(`tie${n}`) === timeShard("tie0")) ids.push(`tie${n}`);
    for (const id of ids) await store.put(story(id, `Tied story ${id}`, "2026-11-24T12:00:00Z"));
    const ascending = [...ids].sort();
    expect((await store.latest(1)).map((a) => a.id)).toEqual(ascending.slice(0, 1));
    expect((await store.latest(2)).map((a) => a.id)).toEqual(ascending.slice(0, 2));
  });

  it("searches past a page boundary for stories tied in time with the last one found, and breaks the tie by id", async () => {
    // Pages of 2: the third tied story is on the second page, after the answer's one slot is already filled.
    const { store } = await freshStore(2);
    for (const id of ["tb", "tc", "ta"]) await store.put(story(id, `Harbour ferry ${id} delayed`, "2026-11-24T12:00:00Z"));
    expect((await store.search("ferry", 1)).map((a) => a.id)).toEqual(["ta"]);
    expect((await store.search("ferry", 2)).map((a) => a.id)).toEqual(["ta", "tb"]);
  });

  it("lists a day range completely across many pages, half-open, newest first", async () => {
    const { store } = await freshStore(3);
    const all: Article[] = [];
    // 3 days × 8 stories; 3 per query page means every day needs several pages.
    for (let day = 23; day <= 25; day++) {
      for (let n = 0; n < 8; n++) {
        const at = `2026-11-${day}T${String(2 + n * 3).padStart(2, "0")}:00:00Z`;
        all.push(story(`d${day}-${n}`, `Story ${n} of the ${day}th`, at));
      }
    }
    // Written in a scrambled order, so the result's order comes from the store, not the writes.
    for (const i of [5, 17, 0, 23, 9, 12, 3, 20, 14, 1, 22, 7, 18, 10, 2, 21, 6, 15, 11, 4, 19, 8, 16, 13]) {
      await store.put(all[i]!);
    }
    const day24 = await store.publishedBetween("2026-11-24T00:00:00Z", "2026-11-25T00:00:00Z");
    expect(day24.map((a) => a.id)).toEqual(["d24-7", "d24-6", "d24-5", "d24-4", "d24-3", "d24-2", "d24-1", "d24-0"]);
    // Crossing a day boundary; `from` is included and `to` (exactly d25-1's time) is not.
    const span = await store.publishedBetween("2026-11-24T20:00:00Z", "2026-11-25T05:00:00Z");
    expect(span.map((a) => a.id)).toEqual(["d25-0", "d24-7", "d24-6"]);
    expect(span.map((a) => a.publishedAt)).toEqual(["2026-11-25T02:00:00Z", "2026-11-24T23:00:00Z", "2026-11-24T20:00:00Z"]);
    // Bounds with an offset mean the same instants.
    const shifted = await store.publishedBetween("2026-11-24T21:00:00+01:00", "2026-11-25T06:00:00+01:00");
    expect(shifted.map((a) => a.id)).toEqual(span.map((a) => a.id));
    expect(await store.publishedBetween("2026-11-25T00:00:00Z", "2026-11-24T00:00:00Z")).toEqual([]);
    const everything = await store.publishedBetween("2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z");
    expect(everything).toHaveLength(24);
    expect(everything[0]?.id).toBe("d25-7");
    expect(everything.at(-1)?.id).toBe("d23-0");
  });

  it("lists only the latest version of a story in a day range", async () => {
    const { store } = await freshStore(2);
    const first = story("v", "Budget vote tonight", "2026-11-24T09:00:00Z", "Draft.");
    const second = story("v", "Budget vote tonight", "2026-11-24T09:00:00Z", "Final.");
    await store.put(first);
    await store.put(second);
    const listed = await store.publishedBetween("2026-11-24T00:00:00Z", "2026-11-25T00:00:00Z");
    expect(listed).toEqual([{ ...second, version: 2 }]);
  });

  it("searches headline words: all words, any case or accent, newest first, ties by id", async () => {
    const { store } = await freshStore(2);
    await store.put(story("p3", "Ad sales boost Time Warner profit", "2026-11-23T09:00:00Z"));
    await store.put(story("p1", "Profit warning hits retailer", "2026-11-25T09:00:00Z"));
    await store.put(story("p2", "Bank profit tops forecasts", "2026-11-25T09:00:00Z"));
    await store.put(story("p4", "Économie: profit record à Paris", "2026-11-24T09:00:00Z"));
    await store.put(story("x", "Football results", "2026-11-25T10:00:00Z"));
    expect((await store.search("profit")).map((a) => a.id)).toEqual(["p1", "p2", "p4", "p3"]);
    expect((await store.search("PROFIT")).map((a) => a.id)).toEqual(["p1", "p2", "p4", "p3"]);
    expect((await store.search("profit", 2)).map((a) => a.id)).toEqual(["p1", "p2"]);
    expect((await store.search("economie profit")).map((a) => a.id)).toEqual(["p4"]);
    expect((await store.search("time warner")).map((a) => a.id)).toEqual(["p3"]);
    expect(await store.search("profit football")).toEqual([]);
    expect(await store.search("the")).toEqual([]);
    // A new headline replaces the old one in search.
    await store.put(story("p3", "Ad sales lift Time Warner earnings", "2026-11-23T09:00:00Z"));
    expect((await store.search("profit")).map((a) => a.id)).toEqual(["p1", "p2", "p4"]);
    expect((await store.search("earnings")).map((a) => a.id)).toEqual(["p3"]);
  });

  it("searches the dateline too, so a story is found by where it was filed", async () => {
    const { store } = await freshStore();
    await store.put(seed);
    expect((await store.search("paris")).map((a) => a.id)).toEqual([seed.id]);
    expect((await store.search("paris airstrikes")).map((a) => a.id)).toEqual([seed.id]);
    expect(await store.search("paris football")).toEqual([]);
  });

  it("stores a story whose headline or dateline has a word too long for a table key, found by its other words", async () => {
    const { store } = await freshStore();
    // A word item's key is `WORD#<word>`, and DynamoDB refuses a partition key over 2048 bytes: such a word used to
    // fail the whole put with a raw ValidationException (an ingest batch answered 502, a feed stuck at that entry).
    const longest = "q".repeat(2043);
    const tooLong = "x".repeat(2044);
    // 1,100 characters but 2,200 bytes: the limit is in bytes.
    const wide = "ж".repeat(1100);
    await store.put(story("fits", `Pipeline ${longest} audit`, "2026-11-23T09:00:00Z"));
    await store.put(story("long", `Pipeline ${tooLong} report`, "2026-11-24T09:00:00Z"));
    await store.put(parseJsonArticle({ id: "wide", headline: "Pipeline inquiry opens", dateline: wide, publishedAt: "2026-11-25T09:00:00Z", text: "The inquiry opened." }));
    expect((await store.get("long"))?.headline).toBe(`Pipeline ${tooLong} report`);
    expect((await store.search("pipeline")).map((a) => a.id)).toEqual(["wide", "long", "fits"]);
    // A word that fits a key is indexed like any other; one that does not is still matched, just never the key.
    expect((await store.search(longest)).map((a) => a.id)).toEqual(["fits"]);
    expect((await store.search(`report ${tooLong}`)).map((a) => a.id)).toEqual(["long"]);
    expect((await store.search(`pipeline ${wide}`)).map((a) => a.id)).toEqual(["wide"]);
  });

  it("indexes a story under its first 100 words, each word item copying at most 300 characters of its headline", async () => {
    const { store, table } = await freshStore();
    // A body pasted into a JSON headline: 1,000 distinct words, 8,890 characters. Each of 1,000 word items copied it
    // whole (~9 MB of writes for one story, growing as the square of its length).
    const words = Array.from({ length: 1000 }, (_, i) => `tally${i}`);
    const headline = words.join(" ");
    await store.put(parseJsonArticle({ id: "pasted", headline, dateline: "Lyon", publishedAt: "2026-11-26T09:00:00Z", text: "The body." }));
    expect((await store.get("pasted"))?.headline).toBe(headline);
    const page = await DynamoDBDocumentClient.from(table.client).send(
      new ScanCommand({ TableName: table.tableName, FilterExpression: "begins_with(pk, :w)", ExpressionAttributeValues: { ":w": "WORD#" } }),
    );
    const items = page.Items ?? [];
    // And its dateline's word: a long headline no longer pushes the city out of the index (search-long-unspaced.test.ts).
    expect(items.map((i) => String(i.pk)).sort()).toEqual([...words.slice(0, 100), "lyon"].map((w) => `WORD#${w}`).sort());
    expect(items.filter((i) => i.headline !== headline.slice(0, 300) || i.dateline !== "Lyon" || i.cut !== true)).toEqual([]);
    expect(items.reduce((sum, i) => sum + itemBytes(i), 0)).toBeLessThan(60_000);
    // A word past the copy's cut is found (the fetched article is the judge), with the rest of the query checked there.
    expect((await store.search("tally99")).map((a) => a.id)).toEqual(["pasted"]);
    expect((await store.search("tally99 tally5")).map((a) => a.id)).toEqual(["pasted"]);
    expect(await store.search("tally99 lisbon")).toEqual([]);
    // Past the first 100 words a headline is not indexed: no real headline has that many.
    expect(await store.search("tally500")).toEqual([]);
    // A headline within the copy is carried whole, and filtered on the word item as before.
    await store.put(story("short", "Tally of votes delayed", "2026-11-27T09:00:00Z"));
    expect((await store.search("tally votes")).map((a) => a.id)).toEqual(["short"]);
  });

  it("cuts a word item's headline copy before an emoji the 300th character splits, never storing half of it", async () => {
    const { store, table } = await freshStore();
    // 299 characters, then an emoji whose two UTF-16 halves are the 300th and 301st: the copy ends before it.
    const kept = `Storm ${"a".repeat(293)}`;
    await store.put(story("emoji", `${kept}😀 warning`, "2026-11-28T09:00:00Z"));
    const page = await DynamoDBDocumentClient.from(table.client).send(
      new ScanCommand({ TableName: table.tableName, FilterExpression: "begins_with(pk, :w)", ExpressionAttributeValues: { ":w": "WORD#" } }),
    );
    expect((page.Items ?? []).map((i) => [i.pk, i.headline, i.cut])).toEqual(
      expect.arrayContaining([
        ["WORD#storm", kept, true],
        ["WORD#warning", kept, true],
      ]),
    );
    expect((await store.search("storm warning")).map((a) => a.id)).toEqual(["emoji"]);
  });

  it("rejects an item that is not a whole article as MALFORMED_ITEM; listings skip it and report it", async () => {
    const table = await server.table();
    open.push(table);
    const skipped: StoreError[] = [];
    const store = new DynamoArticleStore({ client: table.client, tableName: table.tableName, onMalformed: (e) => skipped.push(e) });
    await store.put(seed);
    // Half an article: the body lost its last paragraphs, so its content hash no longer matches.
    const raw = {
      pk: { S: "ART#half" },
      sk: { S: "LATEST" },
      id: { S: "half" },
      headline: { S: seed.headline },
      publishedAt: { S: seed.publishedAt },
      paragraphs: { L: seed.paragraphs.slice(0, 3).map((p) => ({ S: p })) },
      contentHash: { S: seed.contentHash },
      version: { N: "1" },
      gsi2pk: { S: timeShard("half") },
      gsi2sk: { S: "2015-11-17T21:00:00.000Z#half" },
    };
    await table.client.send(new PutItemCommand({ TableName: table.tableName, Item: raw }));
    await table.client.send(
      new PutItemCommand({
        TableName: table.tableName,
        Item: { pk: { S: "ART#nobody" }, sk: { S: "LATEST" }, id: { S: "nobody" }, headline: { S: "Just a headline" } },
      }),
    );
    expect((await rejection(store.get("half"))).code).toBe("MALFORMED_ITEM");
    expect((await rejection(store.get("nobody"))).code).toBe("MALFORMED_ITEM");
    expect((await rejection(store.get("nobody"))).message).toBe('item ART#nobody / LATEST is not a valid article: field "publishedAt" is missing');
    // One damaged story must not take a whole listing (or a digest) down: it is skipped and reported.
    expect((await store.latest(5)).map((a) => a.id)).toEqual([seed.id]);
    expect(skipped.map((e) => e.code)).toEqual(["MALFORMED_ITEM"]);
    expect((await store.publishedBetween("2015-11-17T00:00:00Z", "2015-11-18T00:00:00Z")).map((a) => a.id)).toEqual([seed.id]);
    expect(skipped).toHaveLength(2);
    expect(skipped[0]!.message).toContain("half");
    // The good article next to them is still served.
    expect((await store.get(seed.id))?.headline).toBe(seed.headline);
    // Putting the whole story again fixes the damaged one; the damaged text is not kept as a version.
    const whole = parseJsonArticle({ ...seed, id: "half" });
    expect(await store.put(whole)).toEqual({ status: "new-version", version: 2 });
    expect(await store.versions("half")).toEqual([{ ...whole, version: 2 }]);
    expect(skipped).toHaveLength(3);
    // Without a version number the damaged item cannot be moved past safely: the put says so.
    expect((await rejection(store.put(parseJsonArticle({ ...seed, id: "nobody" })))).code).toBe("MALFORMED_ITEM");
  });

  it("reads past a damaged newest story: latest(1) is the newest good one, not an empty list", async () => {
    const table = await server.table();
    open.push(table);
    const skipped: StoreError[] = [];
    const store = new DynamoArticleStore({ client: table.client, tableName: table.tableName, onMalformed: (e) => skipped.push(e) });
    await store.put(seed);
    // Newer than the seed in the time index, and not an article.
    await table.client.send(
      new PutItemCommand({
        TableName: table.tableName,
        Item: { pk: { S: "ART#broken" }, sk: { S: "LATEST" }, id: { S: "broken" }, gsi2pk: { S: timeShard("broken") }, gsi2sk: { S: "2015-11-17T21:00:00.000Z#broken" } },
      }),
    );
    expect((await store.latest(1)).map((a) => a.id)).toEqual([seed.id]);
    // Reported (once per read that met it), never thrown.
    expect(skipped.length).toBeGreaterThan(0);
    expect(skipped.every((e) => e.code === "MALFORMED_ITEM" && e.message.includes("broken"))).toBe(true);
  });

  it("retries a transient throttle to success and reports a persistent one as THROTTLED", async () => {
    const proxy = await startFaultProxy(server.endpoint);
    open.push(proxy);
    const table = await server.table({ endpoint: proxy.endpoint, maxAttempts: 3 });
    open.push(table);
    const store = new DynamoArticleStore({ client: table.client, tableName: table.tableName });

    proxy.throttle(2);
    expect(await store.put(seed)).toEqual({ status: "created", version: 1 });
    expect(proxy.throttled).toBe(2);

    proxy.throttle(Infinity);
    const before = proxy.seen.GetItem ?? 0;
    const error = await rejection(store.get(seed.id));
    expect(error.code).toBe("THROTTLED");
    expect((error.cause as Error).name).toBe("ProvisionedThroughputExceededException");
    // The SDK made all its attempts before the store gave up.
    expect((proxy.seen.GetItem ?? 0) - before).toBe(3);

    proxy.heal();
    expect((await store.get(seed.id))?.version).toBe(1);
  });

  it("finishes batched writes that come back as UnprocessedItems", async () => {
    const proxy = await startFaultProxy(server.endpoint);
    open.push(proxy);
    const table = await server.table({ endpoint: proxy.endpoint });
    open.push(table);
    const store = new DynamoArticleStore({ client: table.client, tableName: table.tableName });
    // The headline's words are indexed by one BatchWriteItem; half of it comes back unprocessed, twice.
    proxy.partialBatchWrites(2);
    const headline = "Ministers agree budget deal after marathon overnight talks in Brussels";
    await store.put(story("batch", headline, "2026-11-24T07:00:00Z"));
    expect(proxy.partial).toBe(2);
    for (const word of ["ministers", "budget", "marathon", "overnight", "brussels"]) {
      expect((await store.search(word)).map((a) => a.id)).toEqual(["batch"]);
    }
  });
});

describe("decodeArticle (an item as read back from the table)", () => {
  const item = { pk: `ART#${seed.id}`, sk: "LATEST", ...seed, version: 2, gsi1pk: "DAY#2015-11-17" };
  const why = (damaged: Record<string, unknown>): string => {
    let caught: unknown;
    try {
      decodeArticle(damaged);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(StoreError);
    const error = caught as StoreError;
    expect(error.code).toBe("MALFORMED_ITEM");
    const prefix = `item ART#${seed.id} / LATEST is not a valid article: `;
    expect(error.message.startsWith(prefix)).toBe(true);
    return error.message.slice(prefix.length);
  };

  it("rebuilds the article without the table's own keys", () => {
    expect(decodeArticle(item)).toEqual({ ...seed, version: 2 });
  });

  it("names the field that is wrong, and never quotes body text (the message is logged)", () => {
    expect(why({ ...item, id: "" })).toBe('field "id" must not be empty');
    expect(why({ ...item, headline: " " })).toBe('field "headline" must not be blank');
    expect(why({ ...item, publishedAt: "2015-11-17T21:00:00" })).toBe('field "publishedAt" must be ISO 8601 with a zone (got "2015-11-17T21:00:00")');
    expect(why({ ...item, paragraphs: [] })).toBe('field "paragraphs" must not be empty');
    expect(why({ ...item, paragraphs: "one long string" })).toBe('field "paragraphs" must be a list of strings');
    expect(why({ ...item, paragraphs: [seed.paragraphs[0], 7] })).toBe('field "paragraphs.1" must be a string');
    expect(why({ ...item, paragraphs: [seed.paragraphs[0], ""] })).toBe('field "paragraphs.1" must not be empty');
    expect(why({ ...item, version: 1.5 })).toBe('field "version" must be a whole number');
    expect(why({ ...item, version: 0 })).toBe('field "version" must be 1 or more');
    expect(why({ ...item, version: "2" })).toBe('field "version" must be a number');
    expect(why({ ...item, byline: 42 })).toBe('field "byline" must be a string');
    const { contentHash: _omit, ...unhashed } = item;
    expect(why(unhashed)).toBe('field "contentHash" is missing');
    expect(why({ ...item, paragraphs: ["The secret draft."] })).toBe("contentHash does not match headline and paragraphs");
  });
});

describe("local dynalite on disk", () => {
  it("keeps the table and its articles across a restart", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "nutgraf-dynalite-"));
    try {
      for (const expected of ["created", "unchanged"]) {
        const local = await startLocalDynamo({ dataDir });
        const client = createDynamoClient({ endpoint: local.endpoint });
        try {
          await ensureTable(client, "nutgraf-disk");
          const store = new DynamoArticleStore({ client, tableName: "nutgraf-disk" });
          expect((await store.put(seed)).status).toBe(expected);
        } finally {
          client.destroy();
          await local.stop();
        }
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe("DynamoArticleStore when the table is missing", () => {
  it("reports UNAVAILABLE naming the cause", async () => {
    const table = await startTestTable();
    try {
      const store = new DynamoArticleStore({ client: table.client, tableName: "nutgraf-no-such-table" });
      const error = await rejection(store.get(seed.id));
      expect(error.code).toBe("UNAVAILABLE");
      expect(error.message).toMatch(/does not exist/);
    } finally {
      await table.stop();
    }
  });
});

describe("DynamoArticleStore when the server is gone", () => {
  it("reports UNAVAILABLE, for reads and writes", async () => {
    // A server of its own (the shared one outlives every file), stopped under a live client talking to its port.
    const local = await startLocalDynamo();
    const client = createDynamoClient({ endpoint: local.endpoint, maxAttempts: 2 });
    try {
      await ensureTable(client, "nutgraf-gone");
      const store = new DynamoArticleStore({ client, tableName: "nutgraf-gone" });
      await store.put(seed);
      await local.stop();
      for (const error of [await rejection(store.get(seed.id)), await rejection(store.put(seed)), await rejection(store.latest(3))]) {
        expect(error.code).toBe("UNAVAILABLE");
        // Nothing answers at all, not a table that merely went missing.
        expect(error.message).toMatch(/cannot be reached/);
      }
    } finally {
      client.destroy();
      await local.stop();
    }
  });
});

import { DynamoDBDocumentClient, PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { describe, expect, it } from "vitest";
import { parseJsonArticle } from "#news/article.ts";
import type { Article } from "#news/article.ts";
import { articleItem, historyItem, latestItem, timeKey } from "#store/article-item.ts";
import { createDynamoClient } from "#store/dynamo-client.ts";
import { DynamoArticleStore } from "#store/dynamo-store.ts";
import { StoreError } from "#store/store.ts";
import { useEngineSuite } from "#test/helpers/engine-suite.ts";
import type { Engine, TestTable } from "#test/helpers/dynamo.ts";
import { putSortKey, startFaultProxy } from "#test/helpers/fault-proxy.ts";

function story(id: string, headline: string, publishedAt: string, body = `Body of ${id}.`): Article {
  return parseJsonArticle({ id, headline, publishedAt, paragraphs: [body, "A second paragraph."] });
}

const isLatestPut = (op: string, body: Record<string, unknown>) => op === "PutItem" && putSortKey(body) === "LATEST";

/**
 * Writers that interleave, die half-way, or meet an index that lags its table: on both engines, through a real
 * HTTP proxy that holds or drops the exact request where the interleaving or the crash happens.
 */
describe.each<Engine>(["dynalite", "dynamodb-local"])("DynamoArticleStore consistency on %s", (engine) => {
  const suite = useEngineSuite(engine);
  const open = suite.open;

  async function fresh() {
    const table = await suite.server.table();
    open.push(table);
    const store = new DynamoArticleStore({ client: table.client, tableName: table.tableName });
    const raw = DynamoDBDocumentClient.from(table.client, { marshallOptions: { removeUndefinedValues: true } });
    return { table, store, raw };
  }

  /** A second writer on the same table whose requests pass through a fault proxy. */
  async function proxied(table: TestTable, maxAttempts = 3) {
    const proxy = await startFaultProxy(suite.server.endpoint);
    open.push(proxy);
    const client = createDynamoClient({ endpoint: proxy.endpoint, maxAttempts });
    open.push(client);
    return { proxy, store: new DynamoArticleStore({ client, tableName: table.tableName }) };
  }

  it("never moves LATEST backwards: a writer overtaken by two others while moving LATEST takes the next version", async () => {
    const { table, store } = await fresh();
    const [first, a, b, c] = ["Filed.", "Writer A.", "Writer B.", "Writer C."].map((body) => story("race", "Count goes on", "2026-11-24T10:00:00Z", body));
    await store.put(first!);
    const slow = await proxied(table);
    // A has read LATEST (version 1), kept it as history, and is about to move LATEST to 2 when it stalls.
    const held = slow.proxy.hold(isLatestPut);
    const pending = slow.store.put(a!);
    await held.reached;
    expect(await store.put(b!)).toEqual({ status: "new-version", version: 2 });
    expect(await store.put(c!)).toEqual({ status: "new-version", version: 3 });
    held.release();
    // Its write of "version 2" over version 3 is refused; it reads again and becomes version 4.
    expect(await pending).toEqual({ status: "new-version", version: 4 });
    expect(await store.get("race")).toEqual({ ...a!, version: 4 });
    expect((await store.versions("race")).map((v) => [v.version, v.contentHash])).toEqual(
      [first!, b!, c!, a!].map((s, i) => [i + 1, s.contentHash]),
    );
  });

  it("loses nothing when a writer dies between keeping the old version and moving LATEST, and its retry completes", async () => {
    const { table, store } = await fresh();
    const before = story("budget", "Budget talks stall", "2026-11-24T09:00:00Z", "Talks stalled.");
    const after = story("budget", "Budget deal agreed", "2026-11-24T09:00:00Z", "A deal was agreed.");
    await store.put(before);
    const dying = await proxied(table, 1);
    dying.proxy.drop(isLatestPut);
    const error = await dying.store.put(after).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe("UNAVAILABLE");
    // The old version is intact and listed once, though it was already copied to history.
    expect(await store.get("budget")).toEqual({ ...before, version: 1 });
    expect(await store.versions("budget")).toEqual([{ ...before, version: 1 }]);
    // The new headline's words went in before LATEST: they find nothing, since LATEST still has the old headline.
    expect(await store.search("deal")).toEqual([]);
    expect((await store.search("stall")).map((a) => a.version)).toEqual([1]);
    // The writer tries again (a re-run seed) and finishes the job.
    expect(await store.put(after)).toEqual({ status: "new-version", version: 2 });
    expect(await store.versions("budget")).toEqual([
      { ...before, version: 1 },
      { ...after, version: 2 },
    ]);
    expect((await store.search("deal")).map((a) => a.version)).toEqual([2]);
    expect(await store.search("stall")).toEqual([]);
  });

  it("reads a table of the old layout, and repairs a version its writer stored without moving LATEST", async () => {
    const { store, raw, table } = await fresh();
    const [v1, v2, v3] = ["First.", "Second.", "Third."].map((body) => story("old", "Port strike spreads", "2026-11-20T08:00:00Z", body));
    const pk = "ART#old";
    // The old layout: every version under V#, LATEST a copy of the newest with both old indexes' keys, word
    // items keyed by id. Its writer stored version 2 and died before moving LATEST.
    const put = (item: Record<string, unknown>) => raw.send(new PutCommand({ TableName: table.tableName, Item: item }));
    await put(historyItem(pk, articleItem(v1!, 1)));
    await put(historyItem(pk, articleItem(v2!, 2)));
    const time = timeKey(v1!.publishedAt, "old");
    await put({ ...articleItem(v1!, 1), pk, sk: "LATEST", gsi1pk: "DAY#2026-11-20", gsi1sk: time, gsi2pk: "ALL", gsi2sk: time });
    for (const word of ["port", "strike", "spreads"]) await put({ pk: `WORD#${word}`, sk: "old", id: "old" });

    expect(await store.get("old")).toEqual({ ...v1, version: 1 });
    expect((await store.versions("old")).map((v) => v.version)).toEqual([1, 2]);
    // The next put finishes the dead writer's work first: LATEST reaches version 2, then version 3 is stored.
    expect(await store.put(v3!)).toEqual({ status: "new-version", version: 3 });
    expect((await store.versions("old")).map((v) => v.contentHash)).toEqual([v1, v2, v3].map((v) => v!.contentHash));
    expect(await store.get("old")).toEqual({ ...v3, version: 3 });
    // Now on the new layout: listed by time, found by its words.
    expect((await store.latest(5)).map((a) => a.version)).toEqual([3]);
    expect((await store.search("strike")).map((a) => a.version)).toEqual([3]);

    // A story of the old layout that is simply put again (a re-seed) is rewritten in the new layout, unchanged.
    const calm = story("calm", "Port reopens", "2026-11-21T08:00:00Z");
    const calmTime = timeKey(calm.publishedAt, "calm");
    await put(historyItem("ART#calm", articleItem(calm, 1)));
    await put({ ...articleItem(calm, 1), pk: "ART#calm", sk: "LATEST", gsi1pk: "DAY#2026-11-21", gsi1sk: calmTime, gsi2pk: "ALL", gsi2sk: calmTime });
    for (const word of ["port", "reopens"]) await put({ pk: `WORD#${word}`, sk: "calm", id: "calm" });
    expect((await store.search("port")).map((a) => a.id)).toEqual(["old"]);
    expect(await store.put(calm)).toEqual({ status: "unchanged", version: 1 });
    expect((await store.search("port")).map((a) => a.id)).toEqual(["calm", "old"]);
    expect((await store.latest(5)).map((a) => a.id)).toEqual(["calm", "old"]);
    expect(await store.versions("calm")).toEqual([{ ...calm, version: 1 }]);
  });

  it("lists a story by its current version and time while the index still holds its old time", async () => {
    const { store, raw, table } = await fresh();
    await store.put(story("stay", "Harbour reopens", "2026-11-24T07:00:00Z"));
    const moved = story("moved", "Ferry timetable changes", "2026-11-24T08:00:00Z");
    await store.put(moved);
    // A new version moved the story to the next day; the index has not caught up, so it still files the story under
    // the old time (what a lagging GSI looks like to a reader: old index keys, new item).
    const later = story("moved", "Ferry timetable changes", "2026-11-25T08:00:00Z", "Now tomorrow.");
    await raw.send(
      new PutCommand({
        TableName: table.tableName,
        Item: { ...latestItem("ART#moved", articleItem(later, 2)), gsi2sk: timeKey(moved.publishedAt, "moved") },
      }),
    );
    const day = await store.publishedBetween("2026-11-24T00:00:00Z", "2026-11-25T00:00:00Z");
    expect(day.map((a) => a.id)).toEqual(["stay"]);
    const newest = await store.latest(5);
    expect(newest).toEqual([{ ...later, version: 2 }, expect.objectContaining({ id: "stay" })]);
  });

  it("finds a story by search and get before the index has it, and lists the rest meanwhile", async () => {
    const { store, raw, table } = await fresh();
    await store.put(story("old", "Harbour reopens after storm", "2026-11-24T07:00:00Z"));
    const fresh1 = story("new", "Harbour storm damage counted", "2026-11-24T09:00:00Z");
    await store.put(fresh1);
    // As if the index had not caught this write yet: the item carries no index entry.
    await raw.send(new UpdateCommand({ TableName: table.tableName, Key: { pk: "ART#new", sk: "LATEST" }, UpdateExpression: "REMOVE gsi2pk, gsi2sk" }));
    // Search reads word items in the table itself, consistently: no index involved.
    expect((await store.search("harbour storm")).map((a) => a.id)).toEqual(["new", "old"]);
    expect(await store.get("new")).toEqual({ ...fresh1, version: 1 });
    expect((await store.latest(5)).map((a) => a.id)).toEqual(["old"]);
    expect((await store.publishedBetween("2026-11-24T00:00:00Z", "2026-11-25T00:00:00Z")).map((a) => a.id)).toEqual(["old"]);
  });
});

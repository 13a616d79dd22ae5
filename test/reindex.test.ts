import { BatchWriteCommand, DeleteCommand, DynamoDBDocumentClient, PutCommand, ScanCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { describe, expect, it } from "vitest";
import { parseJsonArticle, type Article } from "#news/article.ts";
import { timeKey } from "#store/article-item.ts";
import { createDynamoClient } from "#store/dynamo-client.ts";
import { DynamoArticleStore } from "#store/dynamo-store.ts";
import { DynamoTable } from "#store/dynamo-table.ts";
import { reindexWords, type ReindexReport } from "#store/reindex.ts";
import type { Engine, TestTable } from "#test/helpers/dynamo.ts";
import { useEngineSuite } from "#test/helpers/engine-suite.ts";
import { startFaultProxy } from "#test/helpers/fault-proxy.ts";
import { runNutgrafHere } from "#test/helpers/cli-main.ts";
import { runNutgraf } from "#test/helpers/nutgraf-cli.ts";

/**
 * `nutgraf reindex` over stories an older indexer laid out, on a real local DynamoDB (both engines): one stored before
 * the two-character pieces (its Japanese headline indexed as one word, so `/brief 地震` found nothing), one before the
 * 100-word cap (indexed under all 150 words), and one of today's. Items are written as the older code wrote them.
 */
const story = (id: string, headline: string, publishedAt: string): Article => parseJsonArticle({ id, headline, publishedAt, text: "The body." });
const quake = story("jp-quake", "東京で地震が発生", "2026-11-24T08:00:00Z");
const tally = Array.from({ length: 150 }, (_, i) => `tally${i}`);
const pasted = story("pasted", tally.join(" "), "2026-11-25T08:00:00Z");
const budget = story("budget", "Council approves budget", "2026-11-26T08:00:00Z");

/** Every word the table indexes `id` under. */
async function wordsOf(table: TestTable, id: string): Promise<string[]> {
  const page = await DynamoDBDocumentClient.from(table.client).send(
    new ScanCommand({ TableName: table.tableName, FilterExpression: "begins_with(pk, :w) AND id = :id", ExpressionAttributeValues: { ":w": "WORD#", ":id": id } }),
  );
  return (page.Items ?? []).map((i) => String(i.pk).slice("WORD#".length)).sort();
}

/** `article`, stored, as an indexer before the stamp left it: word items under `words` only, and no stamp. */
async function asIndexedBefore(table: TestTable, article: Article, words: readonly string[]): Promise<void> {
  const doc = DynamoDBDocumentClient.from(table.client);
  for (const w of await wordsOf(table, article.id)) await doc.send(new DeleteCommand({ TableName: table.tableName, Key: { pk: `WORD#${w}`, sk: timeKey(article.publishedAt, article.id) } }));
  const items = words.map((w) => ({ pk: `WORD#${w}`, sk: timeKey(article.publishedAt, article.id), id: article.id, headline: article.headline, publishedAt: article.publishedAt }));
  for (let i = 0; i < items.length; i += 25) {
    await doc.send(new BatchWriteCommand({ RequestItems: { [table.tableName]: items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } })) } }));
  }
  await doc.send(new UpdateCommand({ TableName: table.tableName, Key: { pk: `ART#${article.id}`, sk: "LATEST" }, UpdateExpression: "REMOVE wordIndex" }));
}

const report = (counts: Partial<ReindexReport>): ReindexReport => ({ stories: 3, reindexed: 0, current: 0, movedOn: 0, damaged: 0, ...counts });

describe.each<Engine>(["dynalite", "dynamodb-local"])("nutgraf reindex (%s)", (engine) => {
  const suite = useEngineSuite(engine);

  /** The three stories: the Japanese one before the pieces, the pasted one before the cap, the budget one today's. */
  async function archive() {
    const table = await suite.table();
    const store = new DynamoArticleStore({ client: table.client, tableName: table.tableName });
    for (const a of [quake, pasted, budget]) await store.put(a);
    await asIndexedBefore(table, quake, ["東京て地震か発生"]);
    await asIndexedBefore(table, pasted, tally);
    return { table, store, words: new DynamoTable(table.client, table.tableName, { pageSize: 1 }) };
  }

  /** The table as the run sees it, through a proxy that can hold or lose its requests. */
  async function throughProxy(table: TestTable) {
    const proxy = await startFaultProxy(suite.server.endpoint);
    suite.open.push(proxy);
    const client = createDynamoClient({ endpoint: proxy.endpoint, requestTimeoutMs: 20_000 });
    suite.open.push(client);
    return { proxy, words: new DynamoTable(client, table.tableName) };
  }

  /** A whole run whose first word batch `match` picks (by its JSON) is held while `meanwhile` changes the table. */
  async function runWhileHeld(table: TestTable, match: (body: string) => boolean, meanwhile: () => Promise<unknown>): Promise<ReindexReport> {
    const { proxy, words } = await throughProxy(table);
    const held = proxy.hold((operation, body) => operation === "BatchWriteItem" && match(JSON.stringify(body)));
    const run = reindexWords(words);
    await held.reached;
    await meanwhile();
    held.release();
    return run;
  }

  it("lays out the older stories' words as today's indexer does, once: a word inside 東京で地震 then finds its story", async () => {
    const { table, store, words } = await archive();
    expect(await store.search("地震")).toEqual([]);
    expect(await reindexWords(words)).toEqual(report({ reindexed: 2, current: 1 }));
    expect((await store.search("地震")).map((a) => a.id)).toEqual(["jp-quake"]);
    expect(await wordsOf(table, "jp-quake")).toEqual(["で地", "京で", "地震", "東京", "発生", "震が", "が発"].map((w) => w.normalize("NFC")).sort());
    expect(await wordsOf(table, "pasted")).toEqual(tally.slice(0, 100).sort());
    expect(await wordsOf(table, "budget")).toEqual(["approves", "budget", "council"]);
    // Again: every story is current, nothing is written.
    expect(await reindexWords(words)).toEqual(report({ current: 3 }));
  });

  it("takes out the pieces the indexer before kept marks wrote: 東京で地震 is no longer kept under 京て and て地", async () => {
    const { table, words } = await archive();
    // As the last round's indexer laid it out: two-character pieces of the headline with every mark folded (で as て).
    // Search judges a hit by its headline, so these found nothing, but every read of their words' partitions paid for them.
    await asIndexedBefore(table, quake, ["東京", "京て", "て地", "地震", "震か", "か発", "発生"]);
    await reindexWords(words);
    expect(await wordsOf(table, "jp-quake")).toEqual(["で地", "京で", "地震", "東京", "発生", "震が", "が発"].map((w) => w.normalize("NFC")).sort());
  });

  it("carries on where a stopped run left off", async () => {
    const { table, words } = await archive();
    const stop = new Error("stopped after the first page");
    const first: ReindexReport[] = [];
    await expect(reindexWords(words, { pageSize: 1, onPage: (r) => {
      first.push({ ...r });
      throw stop;
    } })).rejects.toBe(stop);
    const done = first[0]!.reindexed;
    const second = await reindexWords(words);
    expect(second).toEqual(report({ reindexed: 2 - done, current: 1 + done }));
    expect(await wordsOf(table, "jp-quake")).toContain("地震");
    expect(await wordsOf(table, "pasted")).toHaveLength(100);
  });

  it("counts a damaged LATEST and goes on", async () => {
    const { table, words } = await archive();
    await DynamoDBDocumentClient.from(table.client).send(
      new PutCommand({ TableName: table.tableName, Item: { pk: "ART#broken", sk: "LATEST", id: "broken", version: 1, gsi2pk: "TIME#0", gsi2sk: "2026-11-27T08:00:00.000Z#broken" } }),
    );
    expect(await reindexWords(words)).toEqual(report({ stories: 4, reindexed: 2, current: 1, damaged: 1 }));
  });

  it("a run that dies as it takes a story's old words out leaves the story to the next run, which takes them out", async () => {
    const { table } = await archive();
    const { proxy, words } = await throughProxy(table);
    // The Japanese story's one old word item ("東京て地震か発生") is taken out by a batch the run never sees answered.
    const takesOut = (body: string) => body.includes("DeleteRequest") && body.includes("jp-quake");
    const held = proxy.hold((operation, body) => operation === "BatchWriteItem" && takesOut(JSON.stringify(body)));
    const dies = new AbortController();
    const run = reindexWords(words, { signal: dies.signal });
    await held.reached;
    dies.abort(new Error("the run died here"));
    await expect(run).rejects.toThrow();
    held.release();
    await reindexWords(new DynamoTable(table.client, table.tableName));
    expect(await wordsOf(table, "jp-quake")).toEqual(["で地", "京で", "地震", "東京", "発生", "震が", "が発"].map((w) => w.normalize("NFC")).sort());
  });

  it("a new version that lands while the run takes out the old words keeps a word the old headline had past the cap", async () => {
    const { table, store } = await archive();
    // The pasted story's words past the 100th are held on their way out while a corrected headline, at the same time,
    // lays out its own: one of them (tally149) is among the old ones the run takes out once released.
    const takesOut = (body: string) => body.includes("DeleteRequest") && body.includes("#pasted");
    const run = await runWhileHeld(table, takesOut, () => store.put(story("pasted", "tally149 recount", pasted.publishedAt)));
    expect(run).toEqual(report({ reindexed: 1, current: 1, movedOn: 1 }));
    expect(await wordsOf(table, "pasted")).toEqual(["recount", "tally149"]);
    expect((await store.search("tally149")).map((a) => a.id)).toEqual(["pasted"]);
  });

  it("a story taken out of the table by hand while it is being reindexed is counted as moved on, and the run goes on", async () => {
    const { table } = await archive();
    const wordsFor = (body: string) => body.includes('"id":{"S":"jp-quake"}');
    const gone = () => DynamoDBDocumentClient.from(table.client).send(new DeleteCommand({ TableName: table.tableName, Key: { pk: "ART#jp-quake", sk: "LATEST" } }));
    expect(await runWhileHeld(table, wordsFor, gone)).toEqual(report({ reindexed: 1, current: 1, movedOn: 1 }));
  });

  it("a story that changes while it is being reindexed keeps only its new version's words", async () => {
    const { table, store } = await archive();
    // The reindex's words for the Japanese story's old headline are held until a new version has laid out its own
    // (and taken out every word it knew of): they land after, under a headline the story no longer has.
    const wordsFor = (body: string) => body.includes('"id":{"S":"jp-quake"}');
    const run = await runWhileHeld(table, wordsFor, () => store.put(story("jp-quake", "大阪で大雨", quake.publishedAt)));
    expect(run).toEqual(report({ reindexed: 1, current: 1, movedOn: 1 }));
    expect(await wordsOf(table, "jp-quake")).toEqual(["で大", "大阪", "大雨", "阪で"].map((w) => w.normalize("NFC")).sort());
    expect(await store.search("地震")).toEqual([]);
  });
});

describe("nutgraf reindex, the command", () => {
  const suite = useEngineSuite("dynalite");

  it("reports its counts, in words or JSON, and exits 0; an extra flag is usage (exit 2)", async () => {
    const table = await suite.table();
    const store = new DynamoArticleStore({ client: table.client, tableName: table.tableName });
    for (const a of [quake, budget]) await store.put(a);
    await asIndexedBefore(table, quake, ["東京て地震か発生"]);
    const env = { DYNAMODB_ENDPOINT: table.endpoint, NUTGRAF_TABLE: table.tableName, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" };
    const first = await runNutgraf(["reindex"], env);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/stories\s+2\b[\s\S]*reindexed\s+1\b[\s\S]*current\s+1\b/);
    // The rest in this process (cli/main.ts, no tsx start): only the first run is about the command as spawned.
    const again = await runNutgrafHere(["reindex", "--json"], env);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ stories: 2, reindexed: 0, current: 2, movedOn: 0, damaged: 0 });
    expect((await runNutgrafHere(["reindex", "--force"], env)).code).toBe(2);
    // Three CLI processes (tsx each) took 20 s alone, past 30 s at load 12 on two cores: the limit guards a hang.
  }, 90_000);
});

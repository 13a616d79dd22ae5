import { BatchWriteCommand, DynamoDBDocumentClient, ScanCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { describe, expect, it } from "vitest";
import { parseJsonArticle, type Article } from "#news/article.ts";
import { timeKey } from "#store/article-item.ts";
import { DynamoArticleStore } from "#store/dynamo-store.ts";
import type { Engine, TestTable } from "#test/helpers/dynamo.ts";
import { useEngineSuite } from "#test/helpers/engine-suite.ts";

/**
 * Word items an older indexer wrote, met by a story's next version. Before the 100-word cap a story was indexed under
 * every word of its headline; before the two-character pieces an unspaced run (Chinese, Japanese) was one word. A
 * changed headline took out only the words today's indexer would have written, so the rest stayed in the table for
 * good, naming the story under words its headline no longer has. Both engines, items as the older code wrote them.
 */
const story = (id: string, headline: string, body = "The body."): Article => parseJsonArticle({ id, headline, publishedAt: "2026-11-26T09:00:00Z", text: body });

/**
 * `article`, stored, as an older indexer left it: word items under `words` besides today's, each copying the headline
 * whole, and a LATEST item without the stamp saying which indexer wrote them (no older one wrote it).
 */
async function olderWordItems(table: TestTable, article: Article, words: readonly string[]): Promise<void> {
  const doc = DynamoDBDocumentClient.from(table.client);
  await doc.send(new UpdateCommand({ TableName: table.tableName, Key: { pk: `ART#${article.id}`, sk: "LATEST" }, UpdateExpression: "REMOVE wordIndex" }));
  const items = words.map((w) => ({ pk: `WORD#${w}`, sk: timeKey(article.publishedAt, article.id), id: article.id, headline: article.headline, publishedAt: article.publishedAt }));
  for (let i = 0; i < items.length; i += 25) {
    await doc.send(new BatchWriteCommand({ RequestItems: { [table.tableName]: items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } })) } }));
  }
}

/** Every word the table indexes `id` under. */
async function wordsOf(table: TestTable, id: string): Promise<string[]> {
  const page = await DynamoDBDocumentClient.from(table.client).send(
    new ScanCommand({ TableName: table.tableName, FilterExpression: "begins_with(pk, :w) AND id = :id", ExpressionAttributeValues: { ":w": "WORD#", ":id": id } }),
  );
  return (page.Items ?? []).map((i) => String(i.pk).slice("WORD#".length)).sort();
}

describe.each<Engine>(["dynalite", "dynamodb-local"])("word items of an older indexer (%s)", (engine) => {
  const suite = useEngineSuite(engine);

  async function fresh() {
    const table = await suite.table();
    return { table, store: new DynamoArticleStore({ client: table.client, tableName: table.tableName }) };
  }

  it("a story indexed under every word of a 150-word headline, before the cap, keeps none of them once its headline changes", async () => {
    const { table, store } = await fresh();
    const words = Array.from({ length: 150 }, (_, i) => `tally${i}`);
    const pasted = story("pasted", words.join(" "));
    await store.put(pasted);
    // What the indexer before the cap wrote besides: the words past the hundredth.
    await olderWordItems(table, pasted, words.slice(100));
    await store.put(story("pasted", "Bridge reopens after repairs"));
    expect(await wordsOf(table, "pasted")).toEqual(["bridge", "reopens", "repairs"]);
    expect(await store.search("tally120")).toEqual([]);
  });

  it("a Japanese story indexed under its whole run, before the two-character pieces, keeps no such word once its headline changes", async () => {
    const { table, store } = await fresh();
    const quake = story("jp-quake", "東京で地震が発生");
    await store.put(quake);
    // The indexer before the pieces: the run whole, its voiced kana folded to the plain one (NFKD, marks dropped).
    await olderWordItems(table, quake, ["東京て地震か発生"]);
    await store.put(story("jp-quake", "大阪で大雨"));
    // Today's pieces, voiced kana folded as in any search.
    expect(await wordsOf(table, "jp-quake")).toEqual(["で大", "大阪", "大雨", "阪で"].map((w) => w.normalize("NFC")).sort());
  });

  it("a body correction of such a story, its headline unchanged, clears the older words too and keeps today's", async () => {
    const { table, store } = await fresh();
    const quake = story("jp-quake", "東京で地震");
    await store.put(quake);
    await olderWordItems(table, quake, ["東京て地震"]);
    await store.put(story("jp-quake", "東京で地震", "A corrected body."));
    expect(await wordsOf(table, "jp-quake")).toEqual(["で地", "地震", "京で", "東京"].map((w) => w.normalize("NFC")).sort());
    expect((await store.search("地震")).map((a) => a.id)).toEqual(["jp-quake"]);
  });

  it("a story the current indexer wrote keeps its words when only its body changes, and loses only the words a new headline drops", async () => {
    const { table, store } = await fresh();
    await store.put(story("budget", "Council approves budget"));
    await store.put(story("budget", "Council approves budget", "A corrected body."));
    expect(await wordsOf(table, "budget")).toEqual(["approves", "budget", "council"]);
    await store.put(story("budget", "Council rejects budget", "A corrected body."));
    expect(await wordsOf(table, "budget")).toEqual(["budget", "council", "rejects"]);
  });
});

import { DeleteCommand, DynamoDBDocumentClient, ScanCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { describe, expect, it } from "vitest";
import { parseJsonArticle } from "#news/article.ts";
import { DynamoArticleStore } from "#store/dynamo-store.ts";
import { DynamoTable } from "#store/dynamo-table.ts";
import { itemBytes } from "#store/item-size.ts";
import { reindexWords } from "#store/reindex.ts";
import { type Engine } from "#test/helpers/dynamo.ts";
import { useEngineSuite } from "#test/helpers/engine-suite.ts";

// A headline in a script written without spaces is indexed by its two-character pieces, one per character: one of
// 150 characters is about 150 pieces. The index cap of 100 words was sized for spaced words, so such a headline lost
// its later pieces and its dateline from the index: searching its last words or its city found nothing. On a real
// local DynamoDB (both engines).

// Made-up headlines: 30 distinct five-character phrases (150 characters) and a dateline.
const PHRASES = Array.from({ length: 30 }, (_, i) => `${String.fromCodePoint(0x4e00 + 7 * i, 0x4e01 + 7 * i, 0x4e02 + 7 * i, 0x4e03 + 7 * i)}地`);
const LONG = PHRASES.join("");

function story(id: string, headline: string, dateline: string) {
  return parseJsonArticle({ id, headline, dateline, publishedAt: "2026-11-26T09:00:00Z", text: "正文。" });
}

async function wordItems(table: { client: ConstructorParameters<typeof DynamoArticleStore>[0]["client"]; tableName: string }) {
  const page = await DynamoDBDocumentClient.from(table.client).send(
    new ScanCommand({ TableName: table.tableName, FilterExpression: "begins_with(pk, :w)", ExpressionAttributeValues: { ":w": "WORD#" } }),
  );
  return page.Items ?? [];
}

describe.each<Engine>(["dynalite", "dynamodb-local"])("a long headline in an unspaced script (%s)", (engine) => {
  const suite = useEngineSuite(engine);

  it("a 150-character Chinese headline is found by its last phrase and by its dateline", async () => {
    const table = await suite.table();
    const store = new DynamoArticleStore({ client: table.client, tableName: table.tableName });
    expect(LONG).toHaveLength(150);
    await store.put(story("long-cn", LONG, "成都"));
    expect((await store.search(PHRASES[29]!)).map((a) => a.id)).toEqual(["long-cn"]);
    expect((await store.search("成都")).map((a) => a.id)).toEqual(["long-cn"]);
    expect((await store.search(`${PHRASES[0]} ${PHRASES[29]}`)).map((a) => a.id)).toEqual(["long-cn"]);
  });

  it("a pasted body of 1,000 characters is still bounded: its first 300 pieces and its dateline", async () => {
    const table = await suite.table();
    const store = new DynamoArticleStore({ client: table.client, tableName: table.tableName });
    const pasted = Array.from({ length: 1000 }, (_, i) => String.fromCodePoint(0x4e00 + i)).join("");
    await store.put(story("pasted-cn", pasted, "成都"));
    const items = await wordItems(table);
    // 300 pieces (the first 301 characters), and the dateline's one.
    expect(items).toHaveLength(301);
    expect(items.reduce((sum, i) => sum + itemBytes(i), 0)).toBeLessThan(400_000);
    expect((await store.search(pasted.slice(299, 301))).map((a) => a.id)).toEqual(["pasted-cn"]);
    expect(await store.search(pasted.slice(300, 302))).toEqual([]);
    expect((await store.search("成都")).map((a) => a.id)).toEqual(["pasted-cn"]);
  });
});

// Stories stamped by the indexer of generation 1 kept its cut: their later pieces come back when `nutgraf reindex`
// relays them (the stamp's generation says they are not today's), not only when a new version is put.
describe.each<Engine>(["dynalite", "dynamodb-local"])("a long unspaced headline laid out by generation 1 (%s)", (engine) => {
  const suite = useEngineSuite(engine);

  it("reindex relays it: found by its last phrase and its dateline, and a second run finds it current", async () => {
    const table = await suite.table();
    const store = new DynamoArticleStore({ client: table.client, tableName: table.tableName });
    await store.put(story("long-cn", LONG, "成都"));
    const doc = DynamoDBDocumentClient.from(table.client);
    // As generation 1 left it: no items for the last phrase's pieces or the dateline, and its stamp.
    const gone = (await wordItems(table)).filter((i) => {
      const word = String(i.pk).slice("WORD#".length);
      return word === "成都" || PHRASES[29]!.includes(word) || word.includes(PHRASES[29]![0]!);
    });
    expect(gone.length).toBeGreaterThan(1);
    for (const i of gone) await doc.send(new DeleteCommand({ TableName: table.tableName, Key: { pk: i.pk, sk: i.sk } }));
    await doc.send(new UpdateCommand({ TableName: table.tableName, Key: { pk: "ART#long-cn", sk: "LATEST" }, UpdateExpression: "SET wordIndex = :g", ExpressionAttributeValues: { ":g": 1 } }));
    expect(await store.search(PHRASES[29]!)).toEqual([]);
    expect(await store.search("成都")).toEqual([]);

    const words = new DynamoTable(table.client, table.tableName);
    expect(await reindexWords(words)).toEqual({ stories: 1, reindexed: 1, current: 0, movedOn: 0, damaged: 0 });
    expect((await store.search(PHRASES[29]!)).map((a) => a.id)).toEqual(["long-cn"]);
    expect((await store.search("成都")).map((a) => a.id)).toEqual(["long-cn"]);
    expect(await reindexWords(words)).toEqual({ stories: 1, reindexed: 0, current: 1, movedOn: 0, damaged: 0 });
  });
});

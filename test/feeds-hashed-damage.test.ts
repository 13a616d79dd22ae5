import { createHash } from "node:crypto";
import { DynamoDBDocumentClient, PutCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { feedsCommand } from "#cli/feeds.ts";
import { startTestTable, type TestTable } from "#test/helpers/dynamo.ts";

// `nutgraf feeds` over a damaged cursor of a feed whose URL is too long for a sort key (a signed query string), so
// its item is keyed `sha256:<hex>`: the operator told to "fix or delete the item: pk FEED, sk the feed's URL" found
// no item at that key. The listing must name the key the item is really at. Real local DynamoDB, run in process.

let table: TestTable;
const saved = { DYNAMODB_ENDPOINT: process.env.DYNAMODB_ENDPOINT, NUTGRAF_TABLE: process.env.NUTGRAF_TABLE };
const base = "https://wire.example/feed.xml?signature=";
const longUrl = `${base}${"s".repeat(1100 - base.length)}`;
const longKey = `sha256:${createHash("sha256").update(longUrl).digest("hex")}`;
const shortUrl = "https://desk.example/rss";

beforeAll(async () => {
  table = await startTestTable();
  process.env.DYNAMODB_ENDPOINT = table.endpoint;
  process.env.NUTGRAF_TABLE = table.tableName;
  const doc = DynamoDBDocumentClient.from(table.client);
  // Hand-edited items: the long URL's cursor has a count that is not a number; the short one's `seen` is not a map.
  await doc.send(new PutCommand({ TableName: table.tableName, Item: { pk: "FEED", sk: longKey, url: longUrl, seen: {}, consecutiveFailures: "two" } }));
  await doc.send(new PutCommand({ TableName: table.tableName, Item: { pk: "FEED", sk: shortUrl, url: shortUrl, seen: "x", consecutiveFailures: 0 } }));
});

afterAll(async () => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  await table.stop();
});

describe("nutgraf feeds: a damaged cursor at a hashed sort key", () => {
  it("names the item's sort key under the feed, and the failure says which key to fix", async () => {
    const { output, failure } = await feedsCommand({ json: false, poll: false, urls: [] });
    expect(output).toContain(`  ${longUrl}\n    DAMAGED: field "consecutiveFailures" `);
    expect(output).toContain(`\n    item: pk FEED, sk ${longKey}\n`);
    // A feed keyed by its own URL needs no such line.
    expect(output).toMatch(new RegExp(`  ${shortUrl}\\n    DAMAGED: field "seen" [^\\n]*\\n(?!    item:)`));
    expect(failure?.message).toContain("fix or delete the item: pk FEED, sk the feed's URL, or the sha256: key shown under a URL over 1,024 bytes");
  });

  it("--json carries the hashed key of the damaged item", async () => {
    const { output } = await feedsCommand({ json: true, poll: false, urls: [] });
    const entries = JSON.parse(output) as Array<Record<string, unknown>>;
    expect(entries.find((e) => e.url === longUrl)).toEqual({ url: longUrl, lastStatus: "damaged", problem: expect.stringMatching(/^field "consecutiveFailures" /), itemKey: longKey });
    expect(entries.find((e) => e.url === shortUrl)).not.toHaveProperty("itemKey");
  });
});

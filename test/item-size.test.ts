import { DynamoDBDocumentClient, PutCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { itemBytes, MAX_ITEM_BYTES } from "#store/item-size.ts";
import { startTestTable, type Engine, type TestTable } from "#test/helpers/dynamo.ts";

/**
 * The item-size estimate against the engine that enforces the limit: an item filled with text until the estimate
 * reaches 400 KB is one DynamoDB accepts (the estimate never counts low), and the same item a little larger is refused
 * (the guard is real). Numbers, lists and maps are where an estimate would count low; no test checked it before.
 */
type Item = Record<string, unknown>;
const SHAPES: Array<[string, (pad: string) => Item]> = [
  ["text", (pad) => ({ pk: "text", sk: "1", body: pad, headline: "Café — naïve" })],
  ["3,000 numbers in a list", (pad) => ({ pk: "numbers", sk: "1", body: pad, values: Array.from({ length: 3000 }, (_, i) => 1234567.891234567 + i) })],
  // Elements of one byte: the list's own byte per element is most of what they weigh.
  ["20,000 one-letter strings in a list", (pad) => ({ pk: "strings", sk: "1", body: pad, words: Array.from({ length: 20_000 }, () => "a") })],
  ["5,000 one-field maps", (pad) => ({ pk: "maps", sk: "1", body: pad, parts: Array.from({ length: 5000 }, () => ({ s: "x" })) })],
];

/** The shape padded with `unit` until its estimate is as close to `target` as it gets without passing it. */
function filled(shape: (pad: string) => Item, target: number, unit = "x"): Item {
  const base = itemBytes(shape(""));
  return shape(unit.repeat(Math.floor((target - base) / Buffer.byteLength(unit))));
}

// dynalite counts a string's UTF-16 length, not its UTF-8 bytes, so multi-byte text is checked on AWS's engine only.
describe.each<[Engine, string]>([
  ["dynalite", "x"],
  ["dynamodb-local", "é"],
])("itemBytes against %s's own 400 KB limit", (engine, unit) => {
  let table: TestTable;
  let doc: DynamoDBDocumentClient;

  beforeAll(async () => {
    table = await startTestTable(engine);
    doc = DynamoDBDocumentClient.from(table.client);
  });

  afterAll(async () => {
    doc?.destroy();
    await table?.stop();
  });

  const put = (item: Item) => doc.send(new PutCommand({ TableName: table.tableName, Item: item }));

  it.each(SHAPES)("%s: estimated at the limit, accepted", async (_name, shape) => {
    const item = filled(shape, MAX_ITEM_BYTES, unit);
    expect(itemBytes(item)).toBeGreaterThan(MAX_ITEM_BYTES - 2);
    expect(itemBytes(item)).toBeLessThanOrEqual(MAX_ITEM_BYTES);
    await expect(put(item)).resolves.toBeDefined();
  });

  it("a text item 1 KB over the limit is refused (the limit is real where this runs)", async () => {
    const item = filled(SHAPES[0]![1], MAX_ITEM_BYTES + 1024, unit);
    await expect(put(item)).rejects.toThrow(/size/i);
  });
});

import { DynamoDBDocumentClient, GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDynamoClient } from "#store/dynamo-client.ts";
import { startTestTable, type TestTable } from "#test/helpers/dynamo.ts";
import { startFaultProxy, type FaultProxy } from "#test/helpers/fault-proxy.ts";

/**
 * The DynamoDB fault proxy itself. A request it holds (or a paused table holds) stands for one the table never
 * got: when its client gives up first, it must never reach the table, however soon after the proxy is let go. It
 * did whenever the release came before the proxy had read the client's closed connection, so a test's "the write
 * its writer gave up on" landed or not by timing, and a test could pass for the wrong reason.
 */
let table: TestTable;
let proxy: FaultProxy;

beforeAll(async () => {
  table = await startTestTable();
  proxy = await startFaultProxy(table.endpoint);
});
afterAll(async () => {
  await proxy?.close();
  await table?.stop();
});

const direct = () => DynamoDBDocumentClient.from(table.client);
const stored = async (pk: string) => (await direct().send(new GetCommand({ TableName: table.tableName, Key: { pk, sk: "1" }, ConsistentRead: true }))).Item;
const putOf = (pk: string) => (operation: string, body: Record<string, unknown>) => operation === "PutItem" && (body.Item as { pk?: { S?: string } }).pk?.S === pk;
/** Long enough for a forwarded put to land on the local table. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

function writer(requestTimeoutMs = 20_000) {
  const client = createDynamoClient({ endpoint: proxy.endpoint, maxAttempts: 1, requestTimeoutMs });
  return { doc: DynamoDBDocumentClient.from(client), client };
}

describe("a held request", () => {
  it("whose client aborted is never forwarded, even when released at once", async () => {
    const { doc, client } = writer();
    const held = proxy.hold(putOf("aborted"));
    const gone = new AbortController();
    const put = doc.send(new PutCommand({ TableName: table.tableName, Item: { pk: "aborted", sk: "1" } }), { abortSignal: gone.signal });
    await held.reached;
    gone.abort();
    await expect(put).rejects.toThrow();
    held.release();
    await settle();
    expect(await stored("aborted")).toBeUndefined();
    client.destroy();
  });

  it("whose client timed out is never forwarded either", async () => {
    const { doc, client } = writer(300);
    const held = proxy.hold(putOf("timed-out"));
    const put = doc.send(new PutCommand({ TableName: table.tableName, Item: { pk: "timed-out", sk: "1" } }));
    await held.reached;
    await expect(put).rejects.toThrow(/requestTimeout/);
    held.release();
    await settle();
    expect(await stored("timed-out")).toBeUndefined();
    client.destroy();
  });

  it("whose client still waits is forwarded on release and answered", async () => {
    const { doc, client } = writer();
    const held = proxy.hold(putOf("waiting"));
    const put = doc.send(new PutCommand({ TableName: table.tableName, Item: { pk: "waiting", sk: "1" } }));
    await held.reached;
    held.release();
    await put;
    expect(await stored("waiting")).toEqual({ pk: "waiting", sk: "1" });
    client.destroy();
  });
});

describe("a paused table", () => {
  it("drops the requests whose clients gave up, and forwards the ones still waiting, when it resumes", async () => {
    const { doc, client } = writer();
    proxy.pause();
    const gone = new AbortController();
    const abandoned = doc.send(new PutCommand({ TableName: table.tableName, Item: { pk: "abandoned", sk: "1" } }), { abortSignal: gone.signal });
    const waiting = doc.send(new PutCommand({ TableName: table.tableName, Item: { pk: "patient", sk: "1" } }));
    await expect.poll(() => proxy.held).toBe(2);
    gone.abort();
    await expect(abandoned).rejects.toThrow();
    proxy.heal();
    await waiting;
    await settle();
    expect(await stored("abandoned")).toBeUndefined();
    expect(await stored("patient")).toEqual({ pk: "patient", sk: "1" });
    client.destroy();
  });
});

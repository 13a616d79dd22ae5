import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { DeleteCommand, DynamoDBDocumentClient, PutCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runNutgrafHere } from "#test/helpers/cli-main.ts";
import { runNutgraf, type CliRun } from "#test/helpers/nutgraf-cli.ts";
import { DynamoFeedCursorStore } from "#store/dynamo-feed-cursors.ts";
import { startTestTable, type TestTable } from "#test/helpers/dynamo.ts";
import { putSortKey, startFaultProxy } from "#test/helpers/fault-proxy.ts";

// `nutgraf feeds [--poll]` as an engineer runs it, against a real local DynamoDB and a local feed server, when one
// feed's cursor item is damaged and another's cursor cannot be written. The first test spawns it (a child process, its
// exit code and stderr as a shell sees them); the rest run cli/main.ts in this process, without a tsx start each.

const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Desk</title>
<item><title>Tram depot fire contained</title><guid>4414</guid><pubDate>Tue, 12 Mar 2024 17:45:00 GMT</pubDate>
<description>&lt;p&gt;Firefighters contained a fire at the tram depot on Tuesday night.&lt;/p&gt;</description></item></channel></rss>`;

let table: TestTable;
let server: Server;
/** The three feeds polled in this order: the first two cursors faulty, the last one fine. */
let [damaged, unwritable, good] = ["", "", ""];

beforeAll(async () => {
  table = await startTestTable();
  server = createServer((_request, response) => {
    response.writeHead(200, { "content-type": "application/rss+xml" });
    response.end(RSS);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const at = (path: string) => `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`;
  [damaged, unwritable, good] = [at("/damaged.xml"), at("/unwritable.xml"), at("/good.xml")];
});

// Before each test, not once: the last test deletes the damaged item, and in a shuffled order (seed 4806) it ran
// before the first, which then polled a feed with no damage left to find.
beforeEach(async () => {
  // A cursor item edited by hand (or by an older writer): `seen` is not a map.
  await DynamoDBDocumentClient.from(table.client).send(
    new PutCommand({ TableName: table.tableName, Item: { pk: "FEED", sk: damaged, url: damaged, seen: "4414", consecutiveFailures: 0 } }),
  );
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await table.stop();
});

function nutgraf(endpoint: string, ...args: string[]): Promise<CliRun> {
  return runNutgrafHere(args, { DYNAMODB_ENDPOINT: endpoint, NUTGRAF_TABLE: table.tableName });
}

// Each spawn of the CLI through tsx takes seconds on two loaded cores; the limit only guards a hang.
describe("nutgraf feeds, with a damaged cursor item and an unwritable cursor", { timeout: 120_000 }, () => {
  it("--poll polls every feed, shows each one's health, names the unrecorded failures and exits 1 without a stack trace", async () => {
    const proxy = await startFaultProxy(table.endpoint);
    // Every write of the second feed's cursor dies on the way (the SDK's retries included); nothing else does.
    for (let i = 0; i < 10; i++) proxy.drop((operation, body) => operation === "PutItem" && putSortKey(body) === unwritable);
    try {
      const run = await runNutgraf(["feeds", "--poll", damaged, unwritable, good], { DYNAMODB_ENDPOINT: proxy.endpoint, NUTGRAF_TABLE: table.tableName });
      expect(run.code).toBe(1);
      // The feed after the two faulty ones was polled all the same, and its health shown.
      expect(run.stdout).toContain(`  ${good}\n    ok at `);
      expect(run.stdout).toMatch(new RegExp(`  ${damaged}\\n    DAMAGED: field "seen" .+\\n`));
      expect(run.stdout).toMatch(new RegExp(`Failed with nothing recorded in their cursors:\\n  ${damaged}: feed cursor ${damaged} is damaged: .*seen.*\\n  ${unwritable}: feed cursor: .+\\n`));
      expect(run.stderr).toMatch(new RegExp(`^nutgraf: FeedRunError: 2 of 3 feeds failed with nothing recorded in their cursors: ${damaged}: .*; ${unwritable}: .*\\n$`));
      expect(run.stderr).not.toMatch(/\n\s+at /);
    } finally {
      await proxy.close();
    }
  });

  it("lists the good cursors and each damaged one as DAMAGED with what is wrong; --json includes it, marked", async () => {
    const fine = good.replace("/good.xml", "/fine.xml");
    await new DynamoFeedCursorStore({ client: table.client, tableName: table.tableName }).put({
      url: fine,
      seen: { "4414": "v1" },
      consecutiveFailures: 0,
      lastStatus: "ok",
      lastCheckedAt: "2024-03-12T20:00:00.000Z",
    });
    const listed = await nutgraf(table.endpoint, "feeds");
    // A listing that found damage exits 1 (an operator's script must notice), the damage named on stderr.
    expect(listed.code).toBe(1);
    expect(listed.stdout).toContain(`  ${fine}\n    ok at 2024-03-12T20:00:00.000Z\n`);
    expect(listed.stdout).toMatch(new RegExp(`  ${damaged}\\n    DAMAGED: field "seen" .+\\n`));
    expect(listed.stderr).toBe(`nutgraf: StoreError MALFORMED_ITEM: 1 feed cursor is damaged: ${damaged} (shown as DAMAGED; fix or delete the item: pk FEED, sk the feed's URL)\n`);

    const json = await nutgraf(table.endpoint, "feeds", "--json");
    expect(json.code).toBe(1);
    const entries = JSON.parse(json.stdout) as Array<Record<string, unknown>>;
    expect(entries.find((e) => e.url === damaged)).toEqual({ url: damaged, lastStatus: "damaged", problem: expect.stringMatching(/^field "seen" /) });
    expect(entries.find((e) => e.url === fine)).toMatchObject({ lastStatus: "ok", consecutiveFailures: 0, itemsSeen: 1 });
  });

  it("--poll --json carries the unrecorded failures: each such feed's entry says why, one with no cursor at all gets an entry", async () => {
    const proxy = await startFaultProxy(table.endpoint);
    for (let i = 0; i < 10; i++) proxy.drop((operation, body) => operation === "PutItem" && putSortKey(body) === unwritable);
    try {
      const run = await nutgraf(proxy.endpoint, "feeds", "--poll", "--json", damaged, unwritable, good);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/^nutgraf: FeedRunError: 2 of 3 feeds failed with nothing recorded in their cursors: /);
      const entries = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
      expect(entries.find((e) => e.url === damaged)).toEqual({
        url: damaged,
        lastStatus: "damaged",
        problem: expect.stringMatching(/^field "seen" /),
        unrecordedError: expect.stringMatching(new RegExp(`^feed cursor ${damaged} is damaged: `)),
      });
      // Its cursor was never written: without this entry the JSON would not mention the feed at all.
      expect(entries.find((e) => e.url === unwritable)).toEqual({ url: unwritable, unrecordedError: expect.stringMatching(/^feed cursor: /) });
      expect(entries.find((e) => e.url === good)).toMatchObject({ lastStatus: "ok" });
      expect(entries.find((e) => e.url === good)).not.toHaveProperty("unrecordedError");
    } finally {
      await proxy.close();
    }
  });

  it("a listing with nothing damaged and nothing unrecorded exits 0, --json too", async () => {
    await DynamoDBDocumentClient.from(table.client).send(new DeleteCommand({ TableName: table.tableName, Key: { pk: "FEED", sk: damaged } }));
    const listed = await nutgraf(table.endpoint, "feeds");
    expect([listed.code, listed.stderr]).toEqual([0, ""]);
    expect(listed.stdout).not.toContain("DAMAGED");
    const json = await nutgraf(table.endpoint, "feeds", "--json");
    expect([json.code, json.stderr]).toEqual([0, ""]);
  });
});

import { ScanCommand, DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { deadLetter } from "#ingest/dead-letters.ts";
import { DynamoArticleStore } from "#store/dynamo-store.ts";
import { DynamoDeadLetterStore } from "#store/dynamo-dead-letters.ts";
import { DynamoFeedCursorStore } from "#store/dynamo-feed-cursors.ts";
import { DynamoFeedbackStore } from "#store/dynamo-feedback.ts";
import { DynamoPressClaims } from "#store/dynamo-press-claims.ts";
import { DynamoSubscriptionStore } from "#store/dynamo-subscriptions.ts";
import { itemKind, TABLE_KEYS } from "#store/table.ts";
import { STORIES, subscription } from "#test/helpers/digest-fixtures.ts";
import type { Engine } from "#test/helpers/dynamo.ts";
import { useEngineSuite } from "#test/helpers/engine-suite.ts";

/**
 * The one table holds every kind of item, told apart by `pk` alone (README: "The table: key design"). Whatever reads
 * the table as a whole (a scan, a damage report, a cleanup, the README's table) goes by TABLE_KEYS: an item kind
 * missing there is an item it cannot name. Every writer of the table writes on a real local DynamoDB, then a scan
 * names each item.
 */
const kinds = (): string[] => [...Object.keys(TABLE_KEYS.prefixes), ...Object.keys(TABLE_KEYS.partitions)].sort();

describe.each<Engine>(["dynalite", "dynamodb-local"])("every item kind in the table (%s)", (engine) => {
  const suite = useEngineSuite(engine);

  it("each item any writer stores is of a kind TABLE_KEYS names, and each kind it names is written by one", async () => {
    const table = await suite.table();
    const config = { client: table.client, tableName: table.tableName };
    const now = new Date("2024-07-02T05:00:00Z");
    await new DynamoArticleStore(config).put(STORIES[0]!);
    const subscriptions = new DynamoSubscriptionStore(config);
    await subscriptions.subscribe(subscription("CPARIS"));
    await subscriptions.claim("CPARIS", "2024-07-02T07:00", { runId: "run-1", now, staleAfterMs: 60_000 });
    await new DynamoFeedbackStore(config).record({ kind: "useful", articleId: STORIES[0]!.id, version: 1, contentHash: STORIES[0]!.contentHash, userId: "U1", actionTs: "1719896400.000100", at: "2024-07-02T05:00:00.000Z" });
    await new DynamoPressClaims(config).claim("press-key", { owner: "owner-1", now, staleAfterMs: 30_000 });
    await new DynamoDeadLetterStore(config).put(deadLetter({ raw: "{}", origin: "endpoint", code: "NO_HEADLINE", reason: "no headline", receivedAt: now }));
    await new DynamoFeedCursorStore(config).put({ url: "https://wire.example/world.rss", seen: {}, consecutiveFailures: 0 });

    const items = (await DynamoDBDocumentClient.from(table.client).send(new ScanCommand({ TableName: table.tableName }))).Items ?? [];
    const named = items.map((item) => [String(item.pk), itemKind(String(item.pk))] as const);
    expect(named.filter(([, kind]) => kind === undefined).map(([pk]) => pk)).toEqual([]);
    expect([...new Set(named.map(([, kind]) => kind))].sort()).toEqual(kinds());
  });
});

describe("TABLE_KEYS", () => {
  it("names each item by one kind only: no prefix begins another kind's key", () => {
    const keys = [...Object.values(TABLE_KEYS.prefixes), ...Object.values(TABLE_KEYS.partitions)];
    const clashes = Object.values(TABLE_KEYS.prefixes).flatMap((prefix) => keys.filter((key) => key !== prefix && key.startsWith(prefix)).map((key) => `${prefix} begins ${key}`));
    expect(clashes).toEqual([]);
    // A whole partition key is told from a longer one that starts with it: DEADLETTER is not DEADLETTER#ITEM.
    expect(itemKind(TABLE_KEYS.partitions.deadLetters)).toBe("deadLetters");
    expect(itemKind(TABLE_KEYS.partitions.deadLetterIndex)).toBe("deadLetterIndex");
    expect(itemKind(`${TABLE_KEYS.partitions.feedCursors}X`)).toBeUndefined();
    expect(itemKind(`${TABLE_KEYS.prefixes.pressClaim}abc`)).toBe("pressClaim");
  });

  it("each kind has its row in README's table of items, by its key", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const items = readme.slice(readme.indexOf("### Items"), readme.indexOf("### Indexes"));
    const rows = items.split("\n").filter((line) => line.startsWith("| ") && !line.startsWith("| item"));
    const keyCells = rows.map((row) => row.split("|")[2] ?? "");
    const missing = [...Object.values(TABLE_KEYS.prefixes), ...Object.values(TABLE_KEYS.partitions)].filter((key) => !keyCells.some((cell) => new RegExp(`\`${key}[\`<…]`).test(cell)));
    expect(missing).toEqual([]);
  });
});

import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseJsonArticle, parseWireText, type Article } from "#news/article.ts";
import { briefArticle } from "#brief/brief.ts";
import { collectDigest } from "#digest/digest.ts";
import { digestMessage } from "#slack/digest-blocks.ts";
import type { Digest, DigestStory } from "#digest/digest.ts";
import { blockTextLength, LIMITS } from "#slack/blocks.ts";
import { checkSlackMessage } from "#local/block-kit.ts";
import { DynamoArticleStore } from "#store/dynamo-store.ts";
import { startTestTable, type TestTable } from "#test/helpers/dynamo.ts";

// A digest marks a story rewritten since the previous digest, with how its key figures moved. Real local DynamoDB.

const seed = parseWireText(readFileSync(new URL("../seeds/000_c74584ab3f8b7ef3.txt", import.meta.url), "utf8"));
const rewrite = (id: string, publishedAt: string, headline: string, from: Article = seed): Article =>
  parseJsonArticle({
    id,
    headline,
    publishedAt,
    paragraphs: from.paragraphs.map((p) => p.replace("killed at least 129 people", "killed 132 people")),
    credit: "AP",
  });
const story = (id: string, headline: string, publishedAt: string): Article => parseJsonArticle({ id, headline, publishedAt, paragraphs: seed.paragraphs, credit: "AP" });

let table: TestTable;
let store: DynamoArticleStore;
// The digest of 18 Nov 2015 (UTC): the window is that day.
const since = new Date("2015-11-18T00:00:00Z");
const until = new Date("2015-11-19T00:00:00Z");

beforeAll(async () => {
  table = await startTestTable();
  store = new DynamoArticleStore({ client: table.client, tableName: table.tableName });
  // Filed the day before, rewritten inside the window: an update the channel has not seen.
  await store.put(seed);
  await store.put(rewrite(seed.id, "2015-11-18T09:30:00Z", "Paris attacks toll rises to 132"));
  // First filed and rewritten inside the window: new to the channel, not an update.
  await store.put(story("fresh", "Fresh story filed this morning", "2015-11-18T06:00:00Z"));
  await store.put(rewrite("fresh", "2015-11-18T08:00:00Z", "Fresh story, revised"));
  // One version only.
  await store.put(story("single", "A story with one version", "2015-11-18T07:00:00Z"));
});

afterAll(async () => {
  await table.stop();
});

describe("digest: updated stories", () => {
  it("marks a story rewritten since the previous digest, with the figures that moved; new stories are not marked", async () => {
    const digest = await collectDigest(store, { since, until, brief: (a) => briefArticle(a) });
    const byId = new Map(digest.stories.map((s) => [s.id, s]));
    expect(byId.get(seed.id)?.update).toEqual({ fromVersion: 1, toVersion: 2, moved: ["people killed: at least 129 → 132"], headlineChanged: true });
    expect(byId.get("fresh")?.update).toBeUndefined();
    expect(byId.get("single")?.update).toBeUndefined();

    const text = JSON.stringify(digestMessage(digest).blocks);
    expect(text).toContain(":arrows_counterclockwise: *Updated* (v1 → v2): people killed: at least 129 → 132");
    expect(text.match(/\*Updated\*/g)).toHaveLength(1);
  });
});

describe("digest: a version filed at the window's first instant", () => {
  it("is inside the window ([since, until)): the version before it is the baseline, and the story is marked updated", async () => {
    // Its own table: one more updated story would change what the test above counts.
    const edgeTable = await startTestTable();
    try {
      const edgeStore = new DynamoArticleStore({ client: edgeTable.client, tableName: edgeTable.tableName });
      await edgeStore.put(story("edge", "Story filed the evening before", "2015-11-17T20:00:00Z"));
      await edgeStore.put(rewrite("edge", since.toISOString(), "Story rewritten at midnight"));
      const digest = await collectDigest(edgeStore, { since, until, brief: (a) => briefArticle(a) });
      expect(digest.stories.map((s) => s.id)).toEqual(["edge"]);
      expect(digest.stories[0]!.update).toMatchObject({ fromVersion: 1, toVersion: 2, headlineChanged: true });
    } finally {
      await edgeTable.stop();
    }
  });
});

describe("digest: an updated story's line fits the message", () => {
  it("five updated stories at every budget's worst stay within Slack's limits (the line comes out of the bullets')", () => {
    const long = (word: string, n: number) => `${word} & <more> `.repeat(n);
    const story = (i: number): DigestStory => ({
      id: `story-${i}-${"x".repeat(50)}`,
      headline: long("Headline", 60),
      publishedAt: "2024-07-01T10:00:00Z",
      credit: long("Credit", 20),
      dateline: long("Dateline", 20),
      url: "https://news.example/story",
      bullets: [long("Bullet one", 200), long("Bullet two", 200)],
      figure: { display: long("1,000", 30), label: long("people", 100) },
      newsworthiness: 1 - i / 10,
      update: { fromVersion: 1, toVersion: 2, moved: Array.from({ length: 20 }, (_, k) => `label ${k} & co: at least ${k} → ${k + 1}`), headlineChanged: true },
    });
    const digest: Digest = {
      since: "2024-06-30T07:00:00.000Z",
      until: "2024-07-01T07:00:00.000Z",
      timeZone: "Europe/Paris",
      date: "2024-07-01",
      stories: [0, 1, 2, 3, 4].map(story),
      total: 40,
    };
    const message = digestMessage(digest);
    expect(checkSlackMessage(message).problems).toEqual([]);
    expect(blockTextLength(message.blocks)).toBeLessThanOrEqual(LIMITS.totalText);
    expect(JSON.stringify(message.blocks).match(/\*Updated\*/g)).toHaveLength(5);
  });
});

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseArticle, type Article } from "#news/article.ts";
import { briefArticle } from "#brief/brief.ts";
import { DynamoArticleStore } from "#store/dynamo-store.ts";
import type { ArticleStore, StoredArticle } from "#store/store.ts";
import { startTestServer, type TestServer } from "#test/helpers/dynamo.ts";

/**
 * The same archive, written in different orders, must read back and brief byte-identically: nothing nutgraf
 * prints may depend on the order DynamoDB (or a writer) happened to use.
 */
const SEEDS = fileURLToPath(new URL("../seeds/", import.meta.url));
const articles: Article[] = readdirSync(SEEDS)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => parseArticle(readFileSync(join(SEEDS, f), "utf8")));

/** A fixed permutation (a linear congruential shuffle with a constant seed), never Math.random. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const briefs = (listed: StoredArticle[]) => JSON.stringify(listed.map((a) => briefArticle(a)));

let server: TestServer;
const stores: ArticleStore[] = [];

beforeAll(async () => {
  server = await startTestServer();
  for (const order of [articles, [...articles].reverse(), shuffled(articles, 20261125)]) {
    const table = await server.table();
    const store = new DynamoArticleStore({ client: table.client, tableName: table.tableName });
    // Concurrent writes too: the order of completion is up to the event loop and the server.
    await Promise.all(order.map((a) => store.put(a)));
    stores.push(store);
  }
});

afterAll(async () => {
  await server?.stop();
});

describe("determinism across store order", () => {
  it("stores every seed article (a guard that the comparisons below compare something)", async () => {
    expect(articles.length).toBeGreaterThan(20);
    expect(await stores[0]!.latest(100)).toHaveLength(articles.length);
  });

  it("lists, searches and briefs identically whatever order the archive was written in", async () => {
    const views = await Promise.all(
      stores.map(async (store) => ({
        latest: briefs(await store.latest(10)),
        day: briefs(await store.publishedBetween("2026-11-24T00:00:00Z", "2026-11-25T00:00:00Z")),
        search: briefs(await store.search("profit")),
      })),
    );
    for (const view of views.slice(1)) expect(view).toEqual(views[0]);
    expect(JSON.parse(views[0]!.day)).not.toHaveLength(0);
    expect(JSON.parse(views[0]!.search)).not.toHaveLength(0);
  });

  it("gives the same brief for an article read back from the store as for the parsed file", async () => {
    for (const article of articles) {
      const stored = await stores[2]!.get(article.id);
      expect(stored).toBeDefined();
      expect(JSON.stringify(briefArticle(stored!))).toBe(JSON.stringify(briefArticle(article)));
    }
  });
});

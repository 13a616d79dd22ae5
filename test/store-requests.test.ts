import { describe, expect, it } from "vitest";
import { MAX_ARTICLE_BYTES, parseJsonArticle, storedBytes } from "#news/article.ts";
import type { Article } from "#news/article.ts";
import { createDynamoClient, type DynamoClientOptions } from "#store/dynamo-client.ts";
import { DynamoArticleStore } from "#store/dynamo-store.ts";
import { StoreError } from "#store/store.ts";
import { useEngineSuite } from "#test/helpers/engine-suite.ts";
import type { Engine } from "#test/helpers/dynamo.ts";
import { startFaultProxy } from "#test/helpers/fault-proxy.ts";

function story(id: string, headline: string, publishedAt: string): Article {
  return parseJsonArticle({ id, headline, publishedAt, paragraphs: [`Body of ${id}.`, "A second paragraph."] });
}

/** 30 harbour stories an hour apart, newest last, ids h00…h29; every third also a strike. */
const HARBOUR = Array.from({ length: 30 }, (_, i) =>
  story(`h${String(i).padStart(2, "0")}`, `Harbour ${i % 3 === 0 ? "strike" : "works"} update ${i}`, new Date(Date.UTC(2026, 10, 20, i)).toISOString()),
);
const newestIds = (n: number, of = HARBOUR) => of.slice(-n).reverse().map((a) => a.id);

async function failure(promise: Promise<unknown>): Promise<StoreError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StoreError);
  return error as StoreError;
}

/** What the store asks of the table, and how it holds up when the table stalls or answers in part: both engines. */
describe.each<Engine>(["dynalite", "dynamodb-local"])("DynamoArticleStore requests on %s", (engine) => {
  const suite = useEngineSuite(engine);
  const open = suite.open;

  /** A table holding the harbour stories, and a store on it whose requests go through a fault proxy. */
  async function harbour(client: DynamoClientOptions = {}) {
    const table = await suite.server.table();
    open.push(table);
    const direct = new DynamoArticleStore({ client: table.client, tableName: table.tableName });
    for (const article of HARBOUR) await direct.put(article);
    const proxy = await startFaultProxy(suite.server.endpoint);
    open.push(proxy);
    const proxied = createDynamoClient({ endpoint: proxy.endpoint, ...client });
    open.push(proxied);
    const store = new DynamoArticleStore({ client: proxied, tableName: table.tableName, retryDelayMs: () => 0 });
    return { table, direct, proxy, store };
  }

  it("answers a search from one word's newest items and fetches only the stories it returns", async () => {
    const { proxy, store } = await harbour();
    expect((await store.search("harbour", 5)).map((a) => a.id)).toEqual(newestIds(5));
    // One page of the word's items (newest first, with a Limit), one BatchGet: not every match in the archive.
    expect(proxy.seen).toEqual({ Query: 1, BatchGetItem: 1 });
    const strikes = HARBOUR.filter((a) => a.headline.includes("strike"));
    expect((await store.search("strike harbour", 3)).map((a) => a.id)).toEqual(newestIds(3, strikes));
    expect((await store.search("harbour", 100)).map((a) => a.id)).toEqual(newestIds(30));
  });

  it("lists the newest N from the time shards' keys, then one BatchGet", async () => {
    const { proxy, store } = await harbour();
    expect((await store.latest(3)).map((a) => a.id)).toEqual(newestIds(3));
    expect(proxy.seen).toEqual({ Query: 4, BatchGetItem: 1 });
  });

  it("treats UnprocessedKeys as a partial answer: fetches the rest at once, however many rounds it takes", async () => {
    const { proxy, store } = await harbour();
    // One key per response: 21 rounds, far past the 8 that would mean a throttled table; none of them empty.
    proxy.partialBatchGets(Infinity, 1);
    expect((await store.search("harbour", 21)).map((a) => a.id)).toEqual(newestIds(21));
    expect(proxy.seen.BatchGetItem).toBe(21);
    expect((await store.publishedBetween("2026-11-20T00:00:00Z", "2026-11-21T00:00:00Z")).map((a) => a.id)).toEqual(newestIds(24, HARBOUR.slice(0, 24)));
  });

  it("counts only busy rounds in a row as throttling: a table that alternates none and one key is read to the end", async () => {
    const { proxy, store } = await harbour();
    // 12 keys: 24 rounds, 12 of them reading nothing, but never two in a row (8 in a row would be THROTTLED).
    proxy.partialBatchGets(Infinity, [0, 1]);
    expect((await store.search("harbour", 12)).map((a) => a.id)).toEqual(newestIds(12));
    expect(proxy.seen.BatchGetItem).toBe(24);
  });

  it("writes every word of a long headline: a story's word items go in batches of 25", async () => {
    const { direct } = await harbour();
    // 30 distinct words, none a stop word: more than one BatchWriteItem's worth.
    const words = "Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliett Kilo Lima Mike November Oscar Papa Quebec Romeo Sierra Tango Uniform Victor Whiskey Xray Yankee Zulu Walrus Vulture Urchin Tapir";
    await direct.put(story("long", words, "2026-11-21T12:00:00Z"));
    for (const word of ["alpha", "zulu", "walrus", "vulture", "tapir"]) expect((await direct.search(word)).map((a) => a.id), word).toEqual(["long"]);
  });

  it("reads more than 100 stories in BatchGets of at most 100 keys, DynamoDB's limit (a filtered /brief latest scans 200)", async () => {
    const { direct, proxy, store } = await harbour();
    const more = Array.from({ length: 71 }, (_, i) => story(`m${String(i).padStart(2, "0")}`, `Market report ${i}`, new Date(Date.UTC(2026, 10, 22, 0, i)).toISOString()));
    for (const article of more) await direct.put(article);
    const all = await store.latest(101);
    expect(all).toHaveLength(101);
    expect(all.map((a) => a.id)).toEqual([...newestIds(71, more), ...newestIds(30)]);
    expect(proxy.seen.BatchGetItem).toBe(2);
  });

  it("reports THROTTLED when round after round the table reads none of the keys", async () => {
    const { proxy, store } = await harbour();
    proxy.partialBatchGets(Infinity, 0);
    expect((await failure(store.latest(5))).code).toBe("THROTTLED");
    // The first try and eight retries, then it gives up.
    expect(proxy.seen.BatchGetItem).toBe(9);
    proxy.heal();
    expect((await store.latest(5)).map((a) => a.id)).toEqual(newestIds(5));
  });

  it("gives up on a stalled table after the request timeout, as TIMEOUT", async () => {
    const { proxy, store } = await harbour({ requestTimeoutMs: 300, maxAttempts: 1 });
    proxy.hold((op) => op === "GetItem");
    const error = await failure(store.get("h01"));
    expect(error.code).toBe("TIMEOUT");
    expect((error.cause as { code?: string }).code).toBe("ETIMEDOUT");
  });

  it("stops at the caller's deadline: the request in flight is aborted, and nothing new is sent after it", async () => {
    // A request timeout far beyond the deadline: only the AbortSignal can end this call.
    const { proxy, store } = await harbour({ requestTimeoutMs: 60_000, maxAttempts: 3 });
    proxy.hold((op) => op === "GetItem");
    const error = await failure(store.get("h01", { signal: AbortSignal.timeout(200) }));
    expect(error.code).toBe("TIMEOUT");
    expect(error.message).toMatch(/deadline/);
    expect(proxy.seen.GetItem).toBe(1);

    const gone = new AbortController();
    gone.abort();
    const sent = { ...proxy.seen };
    expect((await failure(store.put(story("late", "Too late", "2026-11-24T09:00:00Z"), { signal: gone.signal }))).code).toBe("TIMEOUT");
    expect((await failure(store.search("harbour", 5, { signal: gone.signal }))).code).toBe("TIMEOUT");
    expect(proxy.seen).toEqual(sent);
  });

  it("stores the largest article the parser accepts, in one item", async () => {
    const table = await suite.server.table();
    open.push(table);
    const store = new DynamoArticleStore({ client: table.client, tableName: table.tableName });
    const paragraphs = Array.from({ length: Math.floor((MAX_ARTICLE_BYTES - 300) / 1000) }, (_, i) => `${i} ${"é".repeat(497)}`);
    const big = parseJsonArticle({ id: "big", headline: "A very long story", publishedAt: "2026-11-24T09:00:00Z", byline: "A Reporter", paragraphs });
    expect(storedBytes(big)).toBeGreaterThan(MAX_ARTICLE_BYTES - 1000);
    expect(await store.put(big)).toEqual({ status: "created", version: 1 });
    // A changed version copies the old one to history: that item must fit too.
    const changed = { ...big, paragraphs: [...big.paragraphs.slice(0, -1), "The end."] };
    const corrected = parseJsonArticle({ ...changed });
    expect(await store.put(corrected)).toEqual({ status: "new-version", version: 2 });
    expect((await store.versions("big")).map((v) => v.contentHash)).toEqual([big.contentHash, corrected.contentHash]);
  });
});

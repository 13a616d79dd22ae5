import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { PutCommand, DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { DynamoArticleStore } from "#store/dynamo-store.ts";
import { DynamoDeadLetterStore } from "#store/dynamo-dead-letters.ts";
import { DynamoFeedCursorStore } from "#store/dynamo-feed-cursors.ts";
import { MAX_REASON_CHARS, storyId } from "#ingest/errors.ts";
import type { FeedRunError } from "#ingest/poll-feeds.ts";
import { FeedError, parseFeed } from "#ingest/feed.ts";
import { feedList, MAX_FEED_BYTES, pollFeed, type PollDeps } from "#ingest/poll.ts";
import { createDynamoClient } from "#store/dynamo-client.ts";
import { startTestTable, type TestTable } from "#test/helpers/dynamo.ts";
import { putSortKey, startFaultProxy } from "#test/helpers/fault-proxy.ts";

// A local feed server (ETag, 304, errors) polled into a real local DynamoDB.

interface FeedState {
  status: number;
  body: string;
  etag?: string;
  contentType?: string;
}

const rss = (items: string) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Harbour Gazette</title><link>https://gazette.example/</link>${items}</channel></rss>`;

const item = (guid: string, title: string, html: string, date = "Tue, 12 Mar 2024 17:45:00 GMT") =>
  `<item><title>${title}</title><link>https://gazette.example/${guid}</link><guid isPermaLink="false">${guid}</guid><pubDate>${date}</pubDate><dc:creator>Ana Ribeiro</dc:creator><content:encoded><![CDATA[${html}]]></content:encoded></item>`;

const FERRY = item("4411", "Ferry strike ends after pay deal", "<p>The ferry strike ended on Tuesday after 212 sailings were cancelled.</p><p>Crews accepted a 5% raise.</p>");
const FERRY_REWRITE = item(
  "4411",
  "Ferry strike ends; services resume Wednesday",
  "<p>The ferry strike ended on Tuesday after 240 sailings were cancelled.</p><p>Crews accepted a 5% raise, and services resume on Wednesday.</p>",
  "Tue, 12 Mar 2024 19:10:00 GMT",
);
const BRIDGE = item("4412", "Bridge reopens to trams", "<p>The Luis I bridge reopened to trams after 11 days of repairs.</p>", "Tue, 12 Mar 2024 16:00:00 GMT");
const MALFORMED = `<item><guid isPermaLink="false">4413</guid><pubDate>Tue, 12 Mar 2024 15:00:00 GMT</pubDate><description>No title on this one.</description></item>`;

let table: TestTable;
let server: Server;
let feedUrl: string;
const state: FeedState = { status: 200, body: "" };
/** A second feed at /lm.xml that validates by Last-Modified only (no ETag), as many CMS feeds do. */
const LAST_MODIFIED = "Tue, 12 Mar 2024 18:00:00 GMT";
const requests: IncomingHttpHeaders[] = [];
let deps: PollDeps;
let deadLetters: DynamoDeadLetterStore;
let cursors: DynamoFeedCursorStore;

beforeAll(async () => {
  table = await startTestTable();
  server = createServer((request, response) => {
    requests.push(request.headers);
    if (request.url === "/lm.xml") {
      const fresh = request.headers["if-modified-since"] === LAST_MODIFIED;
      response.writeHead(fresh ? 304 : 200, { "content-type": "application/rss+xml", "last-modified": LAST_MODIFIED });
      response.end(fresh ? undefined : rss(BRIDGE));
      return;
    }
    if (state.status === 200 && state.etag && request.headers["if-none-match"] === state.etag) {
      response.writeHead(304, { etag: state.etag });
      response.end();
      return;
    }
    response.writeHead(state.status, { "content-type": state.contentType ?? "application/rss+xml", ...(state.etag ? { etag: state.etag } : {}) });
    response.end(state.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  feedUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`;
  deadLetters = new DynamoDeadLetterStore({ client: table.client, tableName: table.tableName });
  cursors = new DynamoFeedCursorStore({ client: table.client, tableName: table.tableName });
  deps = {
    store: new DynamoArticleStore({ client: table.client, tableName: table.tableName }),
    deadLetters,
    cursors,
    now: () => new Date("2024-03-12T20:00:00Z"),
  };
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await table.stop();
});

describe("polling one feed", () => {
  // One story over time: the steps share the feed and its cursor, so they run as one test.
  it("stores new items, answers 304 with nothing, takes a rewrite as a new version, and survives a sick feed", async () => {
    Object.assign(state, { status: 200, etag: '"v1"', body: rss(FERRY + MALFORMED + BRIDGE + FERRY), contentType: undefined });
    const first = await pollFeed(feedUrl, deps);
    expect(first.status).toBe("ok");
    expect(first.counts).toEqual({ stored: 2, "new-version": 0, unchanged: 0, rejected: 1, duplicates: 1 });
    const ferryId = storyId(`${feedUrl}#4411`);
    const stored = await deps.store.get(ferryId);
    expect(stored).toMatchObject({ headline: "Ferry strike ends after pay deal", byline: "Ana Ribeiro", credit: "Harbour Gazette", publishedAt: "2024-03-12T17:45:00Z" });
    expect(stored?.paragraphs).toEqual(["The ferry strike ended on Tuesday after 212 sailings were cancelled.", "Crews accepted a 5% raise."]);
    const refused = first.items.find((r) => r.status === "rejected")!;
    expect(refused).toMatchObject({ code: "NO_HEADLINE" });
    expect((await deadLetters.get(refused.deadLetter!))?.raw).toContain("<guid isPermaLink=\"false\">4413</guid>");

    // Unchanged feed: the conditional GET is answered 304 and nothing is read.
    const second = await pollFeed(feedUrl, deps);
    expect(requests.at(-1)?.["if-none-match"]).toBe('"v1"');
    expect(second).toMatchObject({ status: "not-modified", items: [] });

    // The ferry story rewritten under the same guid: a new version; the refused item is not dead-lettered again.
    Object.assign(state, { etag: '"v2"', body: rss(FERRY_REWRITE + MALFORMED + BRIDGE) });
    const third = await pollFeed(feedUrl, deps);
    expect(third.counts).toEqual({ stored: 0, "new-version": 1, unchanged: 0, rejected: 0, duplicates: 2 });
    expect((await deps.store.versions(ferryId)).map((v) => v.headline)).toEqual(["Ferry strike ends after pay deal", "Ferry strike ends; services resume Wednesday"]);
    expect((await deadLetters.list()).filter((l) => l.origin === `feed ${feedUrl}`)).toHaveLength(1);

    // A sick feed: the error is recorded, counted, and the validators kept for when it recovers.
    Object.assign(state, { status: 500, body: "oops" });
    expect(await pollFeed(feedUrl, deps)).toMatchObject({ status: "error", error: "HTTP 500" });
    Object.assign(state, { status: 200, etag: '"v3"', body: "<html><body>Maintenance</body></html>", contentType: "text/html" });
    expect((await pollFeed(feedUrl, deps)).error).toMatch(/not an RSS or Atom feed/);
    expect(await cursors.get(feedUrl)).toMatchObject({ lastStatus: "error", consecutiveFailures: 2, etag: '"v2"', lastSuccessAt: "2024-03-12T20:00:00.000Z" });

    Object.assign(state, { etag: '"v4"', body: rss(FERRY_REWRITE + BRIDGE), contentType: undefined });
    const recovered = await pollFeed(feedUrl, deps);
    expect(recovered.counts).toEqual({ stored: 0, "new-version": 0, unchanged: 0, rejected: 0, duplicates: 2 });
    expect(await cursors.get(feedUrl)).toMatchObject({ lastStatus: "ok", consecutiveFailures: 0, etag: '"v4"' });
  });

  it("an archive that fails mid-feed: an error in the cursor, validators kept, so the next poll stores what was missed", async () => {
    const url = feedUrl.replace("/feed.xml", "/sick-archive.xml");
    Object.assign(state, { status: 200, etag: '"s1"', body: rss(FERRY + BRIDGE), contentType: undefined });
    const proxy = await startFaultProxy(table.endpoint);
    const client = createDynamoClient({ endpoint: proxy.endpoint, maxAttempts: 1 });
    try {
      const store = new DynamoArticleStore({ client, tableName: table.tableName });
      const bridgeId = storyId(`${url}#4412`);
      // The bridge story's LATEST write dies on the way: the ferry story before it is stored, the bridge is not.
      proxy.drop((operation, body) => operation === "PutItem" && putSortKey(body) === "LATEST" && (body.Item as { pk?: { S?: string } }).pk?.S === `ART#${bridgeId}`);
      const sick = await pollFeed(url, { ...deps, store });
      expect(sick).toMatchObject({ status: "error", error: expect.stringMatching(/^archive unavailable: /) });
      expect(await deps.store.get(bridgeId)).toBeUndefined();
      const cursor = await cursors.get(url);
      expect(cursor).toMatchObject({ lastStatus: "error", consecutiveFailures: 1, seen: {} });
      expect(cursor).not.toHaveProperty("etag");

      // The feed has not changed, but nothing marked it read: the next poll fetches it whole and stores the bridge.
      const next = await pollFeed(url, { ...deps, store });
      expect(requests.at(-1)).not.toHaveProperty("if-none-match");
      expect(next.counts).toEqual({ stored: 1, "new-version": 0, unchanged: 1, rejected: 0, duplicates: 0 });
      expect(await deps.store.get(bridgeId)).toMatchObject({ headline: "Bridge reopens to trams" });
      expect(await cursors.get(url)).toMatchObject({ lastStatus: "ok", etag: '"s1"', consecutiveFailures: 0 });
    } finally {
      client.destroy();
      await proxy.close();
    }
  });

  it("a feed that holds its answer past the timeout is an error in its cursor, also after a garbage collection", async () => {
    // AbortSignal.timeout handed to fetch can be disconnected by a GC (lib/http/fetch-within.ts): the poll then waited for
    // the feed however late. The outcome is asserted (an error, not the late feed), never the time taken.
    const { setFlagsFromString } = await import("node:v8");
    const { runInNewContext } = await import("node:vm");
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    const slow = createServer((_request, response) => void setTimeout(() => response.end("<rss></rss>"), 3000));
    await new Promise<void>((resolve) => slow.listen(0, "127.0.0.1", resolve));
    try {
      const url = `http://127.0.0.1:${(slow.address() as AddressInfo).port}/slow.xml`;
      const polled = pollFeed(url, { ...deps, timeoutMs: 300 });
      await new Promise((resolve) => setTimeout(resolve, 50));
      for (let i = 0; i < 3; i++) gc();
      const report = await polled;
      expect([report.status, report.error]).toEqual(["error", "could not fetch: no answer within 300 ms"]);
    } finally {
      slow.closeAllConnections();
      await new Promise<void>((resolve) => slow.close(() => resolve()));
    }
  });

  it("a feed with an endless body is refused at the size limit while it streams, not read whole (or until the timeout)", async () => {
    // The body never ends on its own (a safety stop at 40× the limit keeps an unbounded reader from eating the box):
    // the poll must stop reading at MAX_FEED_BYTES, hang up, and record that, validators of the last good poll kept.
    const stop = 40 * MAX_FEED_BYTES;
    let sent = 0;
    let hungUp = false;
    const chunk = Buffer.from(`<item><title>${"x".repeat(65_000)}</title></item>`);
    const endless = createServer((_request, response) => {
      response.writeHead(200, { "content-type": "application/rss+xml", etag: '"e1"' });
      response.write('<?xml version="1.0"?><rss version="2.0"><channel><title>Endless</title>');
      response.on("close", () => void (hungUp = !response.writableFinished));
      const pump = (): void => {
        while (sent < stop && !response.destroyed) {
          sent += chunk.length;
          if (!response.write(chunk)) return void response.once("drain", pump);
        }
        response.end();
      };
      pump();
    });
    await new Promise<void>((resolve) => endless.listen(0, "127.0.0.1", resolve));
    try {
      const url = `http://127.0.0.1:${(endless.address() as AddressInfo).port}/endless.xml`;
      await cursors.put({ url, etag: '"good"', seen: { a: "b" }, consecutiveFailures: 0, lastSuccessAt: "2024-03-12T19:00:00.000Z" });
      const report = await pollFeed(url, { ...deps, timeoutMs: 20_000 });
      expect([report.status, report.error]).toEqual(["error", `feed is over ${MAX_FEED_BYTES} bytes`]);
      expect(await cursors.get(url)).toMatchObject({ lastStatus: "error", lastError: `feed is over ${MAX_FEED_BYTES} bytes`, consecutiveFailures: 1, etag: '"good"', seen: { a: "b" } });
      await expect.poll(() => hungUp).toBe(true);
      // What the socket buffers held when the poll hung up comes on top of the limit, never the rest of the body.
      expect(sent).toBeLessThan(4 * MAX_FEED_BYTES);
    } finally {
      endless.closeAllConnections();
      await new Promise<void>((resolve) => endless.close(() => resolve()));
    }
  });

  it("a feed at a URL over 1,024 bytes (a signed query string) is polled and recorded like any other", async () => {
    // Its cursor was keyed by the URL, past DynamoDB's 1,024-byte sort key: every poll threw a raw ValidationException
    // at the cursor's read, before fetching anything, and nothing was recorded.
    const url = `${feedUrl}?token=${"k".repeat(1100)}`;
    Object.assign(state, { status: 200, etag: '"t1"', body: rss(BRIDGE), contentType: undefined });
    expect(await pollFeed(url, deps)).toMatchObject({ status: "ok", counts: { stored: 1 } });
    expect(await pollFeed(url, deps)).toMatchObject({ status: "not-modified" });
    expect(requests.at(-1)?.["if-none-match"]).toBe('"t1"');
    expect((await cursors.list()).cursors.find((c) => c.url === url)).toMatchObject({ lastStatus: "not-modified", etag: '"t1"', consecutiveFailures: 0 });
  });

  it("a feed that cannot be reached is an error in its cursor, not an exception", async () => {
    const closed = "http://127.0.0.1:9/feed.xml";
    const report = await pollFeed(closed, { ...deps, timeoutMs: 2000 });
    expect(report.status).toBe("error");
    expect(report.error).toMatch(/could not fetch/);
    expect((await cursors.list()).cursors.map((c) => c.url)).toContain(closed);
  });
});

describe("the feed cursor store's list", () => {
  it("gives the readable cursors and, apart, each damaged item's feed and what is wrong with it", async () => {
    const [broken, fine] = [feedUrl.replace("/feed.xml", "/list-broken.xml"), feedUrl.replace("/feed.xml", "/list-fine.xml")];
    await DynamoDBDocumentClient.from(table.client).send(
      new PutCommand({ TableName: table.tableName, Item: { pk: "FEED", sk: broken, url: broken, seen: {}, consecutiveFailures: "two" } }),
    );
    await cursors.put({ url: fine, seen: {}, consecutiveFailures: 0, lastStatus: "ok" });
    const { cursors: readable, damaged } = await cursors.list();
    expect(readable.find((c) => c.url === fine)).toMatchObject({ lastStatus: "ok" });
    expect(readable.map((c) => c.url)).not.toContain(broken);
    expect(damaged.find((d) => d.url === broken)).toEqual({ url: broken, problem: expect.stringMatching(/^field "consecutiveFailures" /) });
    await expect(cursors.get(broken)).rejects.toThrow(`feed cursor ${broken} is damaged: field "consecutiveFailures"`);
  });
});

describe("the Feeds cron handler", () => {
  it("polls every configured feed; Last-Modified gives a 304 on the next run; a dead feed does not stop the others", async () => {
    const lm = feedUrl.replace("/feed.xml", "/lm.xml");
    const dead = "http://127.0.0.1:9/dead.xml";
    Object.assign(process.env, { NUTGRAF_TABLE: table.tableName, DYNAMODB_ENDPOINT: table.endpoint, NUTGRAF_FEEDS: `${dead} ${lm}` });
    const { handler } = await import("#functions/feeds.ts");
    const first = await handler();
    expect(first.feeds.map((f) => [f.url, f.status])).toEqual([
      [dead, "error"],
      [lm, "ok"],
    ]);
    const second = await handler();
    expect(requests.at(-1)?.["if-modified-since"]).toBe(LAST_MODIFIED);
    expect(second.feeds[1]).toMatchObject({ url: lm, status: "not-modified" });
  });
});

describe("the Feeds cron handler, when one feed's cursor is damaged or cannot be written", () => {
  it("still polls every other feed, reports which feeds failed and why, and fails the run so the fault is seen", async () => {
    const TRAM = item("4414", "Tram depot fire contained", "<p>Firefighters contained a fire at the tram depot on Tuesday night.</p>");
    Object.assign(state, { status: 200, etag: undefined, body: rss(TRAM), contentType: undefined });
    const at = (path: string) => feedUrl.replace("/feed.xml", path);
    const [damaged, unwritable, good] = [at("/damaged.xml"), at("/unwritable.xml"), at("/good.xml")];
    // A cursor item edited by hand (or by an older writer): `seen` is not a map.
    await DynamoDBDocumentClient.from(table.client).send(
      new PutCommand({ TableName: table.tableName, Item: { pk: "FEED", sk: damaged, url: damaged, seen: "4414", consecutiveFailures: 0 } }),
    );
    const proxy = await startFaultProxy(table.endpoint);
    // Every write of the second feed's cursor dies on the way (the SDK's retries included); nothing else does.
    for (let i = 0; i < 5; i++) proxy.drop((operation, body) => operation === "PutItem" && putSortKey(body) === unwritable);
    vi.resetModules();
    Object.assign(process.env, { NUTGRAF_TABLE: table.tableName, DYNAMODB_ENDPOINT: proxy.endpoint, NUTGRAF_FEEDS: `${damaged} ${unwritable} ${good}` });
    try {
      const { handler } = await import("#functions/feeds.ts");
      const run = await handler().then(
        () => undefined,
        (error: unknown) => error as Error,
      );
      expect(run?.message).toMatch(new RegExp(`^2 of 3 feeds failed with nothing recorded in their cursors: ${damaged}: feed cursor ${damaged} is damaged: .*seen.*; ${unwritable}: feed cursor: .*$`));
      // The feeds after the faulty ones were polled all the same.
      expect(await cursors.get(good)).toMatchObject({ lastStatus: "ok", consecutiveFailures: 0 });
      expect(await deps.store.get(storyId(`${good}#4414`))).toMatchObject({ headline: "Tram depot fire contained" });
      expect(await deps.store.get(storyId(`${unwritable}#4414`))).toMatchObject({ headline: "Tram depot fire contained" });
      expect(await cursors.get(unwritable)).toBeUndefined();
    } finally {
      await proxy.close();
      vi.resetModules();
    }
  });
});

describe("the Feeds cron handler, when many feeds' cursors are damaged", () => {
  it("fails the run with a bounded message: the count, the first few feeds (each reason cut), the rest counted", async () => {
    const at = (n: number) => feedUrl.replace("/feed.xml", `/many-${String(n).padStart(2, "0")}.xml`);
    const urls = Array.from({ length: 12 }, (_, n) => at(n));
    // Each item's `seen` a long string, which the damage report quotes: twelve of them ran to 30 KB in one line.
    for (const url of urls) {
      await DynamoDBDocumentClient.from(table.client).send(
        new PutCommand({ TableName: table.tableName, Item: { pk: "FEED", sk: url, url, seen: "4414,".repeat(500), consecutiveFailures: 0 } }),
      );
    }
    vi.resetModules();
    Object.assign(process.env, { NUTGRAF_TABLE: table.tableName, DYNAMODB_ENDPOINT: table.endpoint, NUTGRAF_FEEDS: urls.join(" ") });
    try {
      const { handler } = await import("#functions/feeds.ts");
      const run = await handler().then(
        () => undefined,
        (error: unknown) => error as FeedRunError,
      );
      // A class of the freshly imported module, so told by name.
      expect(run?.name).toBe("FeedRunError");
      // Every feed is still in the error's report (and the log); the message names three.
      expect(run!.failed.map((r) => r.url)).toEqual(urls);
      const named = (url: string) => `${url}: feed cursor ${url} is damaged: field "seen" [^;]{1,${MAX_REASON_CHARS}}`;
      expect(run!.message).toMatch(new RegExp(`^12 of 12 feeds failed with nothing recorded in their cursors: ${urls.slice(0, 3).map(named).join("; ")}; and 9 more$`));
      expect(run!.message.length).toBeLessThan(4 * MAX_REASON_CHARS);
    } finally {
      vi.resetModules();
    }
  });
});

describe("parseFeed", () => {
  it("reads Atom: id, updated, HTML content, author, alternate link", () => {
    const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title type="text">City Desk</title>
<entry><id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id><title type="html">Council &lt;em&gt;approves&lt;/em&gt; tram line</title>
<link rel="alternate" href="https://city.example/tram"/><link rel="edit" href="https://city.example/edit/1"/>
<updated>2024-03-20T15:30:00+01:00</updated><author><name>Lena Vogt</name></author>
<content type="html">&lt;p&gt;The council approved the line by 31 votes to 19.&lt;/p&gt;&lt;p&gt;Work starts next year.&lt;/p&gt;</content></entry>
<entry><id>urn:uuid:2</id><title>Plain summary</title><updated>2024-03-20T16:00:00Z</updated><summary type="text">First paragraph.

Second paragraph.</summary></entry>
</feed>`;
    const feed = parseFeed(atom, "https://city.example/atom");
    expect(feed.title).toBe("City Desk");
    const first = feed.entries[0]!.parse().article;
    expect(first).toMatchObject({
      id: storyId("urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a"),
      headline: "Council approves tram line",
      publishedAt: "2024-03-20T14:30:00Z",
      byline: "Lena Vogt",
      url: "https://city.example/tram",
      paragraphs: ["The council approved the line by 31 votes to 19.", "Work starts next year."],
    });
    expect(feed.entries[1]!.parse().article.paragraphs).toEqual(["First paragraph.", "Second paragraph."]);
  });

  it("refuses a document that is not a feed, and an entry with no date or id, each with a reason", () => {
    expect(() => parseFeed("<html><p>hi</p></html>", "https://x.example/")).toThrow(FeedError);
    const feed = parseFeed(rss(`<item><title>T</title><guid>g</guid><description>Text.</description></item><item><title>T</title><description>Text.</description></item>`), "https://x.example/");
    expect(() => feed.entries[0]!.parse()).toThrow(/no date/);
    expect(() => feed.entries[1]!.parse()).toThrow(/no guid or link/);
  });

  it("keeps only an http(s) link as the story's URL, and knows a URI-like guid as one story in any feed", () => {
    const entry = (guid: string, link: string) => `<item><title>T</title><guid>${guid}</guid><link>${link}</link><pubDate>Wed, 20 Mar 2024 15:30:00 GMT</pubDate><description>Text.</description></item>`;
    const read = (guid: string, link: string, feed: string) => parseFeed(rss(entry(guid, link)), feed).entries[0]!.parse().article;
    const one = read("urn:wire:42", "javascript:alert(1)", "https://a.example/rss");
    expect(one.url).toBeUndefined();
    const other = read("urn:wire:42", "https://b.example/42", "https://b.example/rss");
    expect([other.id, other.url]).toEqual([one.id, "https://b.example/42"]);
    // A bare guid is only unique within its feed.
    expect(read("4411", "https://a.example/4411", "https://a.example/rss").id).not.toBe(read("4411", "https://a.example/4411", "https://b.example/rss").id);
  });

  it("feedList reads NUTGRAF_FEEDS and refuses what is not a URL", () => {
    expect(feedList(" https://a.example/rss ,\nhttps://b.example/atom https://a.example/rss")).toEqual(["https://a.example/rss", "https://b.example/atom"]);
    expect(feedList(undefined)).toEqual([]);
    expect(() => feedList("ftp://a.example/rss")).toThrow(/not an http/);
  });
});

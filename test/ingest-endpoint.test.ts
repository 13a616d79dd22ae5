import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { DynamoDBDocumentClient, PutCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DynamoArticleStore } from "#store/dynamo-store.ts";
import { DynamoDeadLetterStore } from "#store/dynamo-dead-letters.ts";
import { MAX_REASON_CHARS, storyId } from "#ingest/errors.ts";
import { retryDeadLetter, type ItemResult } from "#ingest/ingest.ts";
import { handleIngest } from "#ingest/endpoint.ts";
import { verifyIngestSignature } from "#ingest/signature.ts";
import { deadLetter, MAX_RAW_BYTES } from "#ingest/dead-letters.ts";
import { splitBatch } from "#ingest/batch.ts";
import { createDynamoClient } from "#store/dynamo-client.ts";
import { createLogger } from "#lib/log.ts";
import { invokeIngest } from "#local/ingest-url.ts";
import { startTestTable, type TestTable } from "#test/helpers/dynamo.ts";
import { putSortKey, startFaultProxy } from "#test/helpers/fault-proxy.ts";

// Signed HTTP requests into the real ingest handler (behind the local Function URL), storing into a real local
// DynamoDB. The signature is computed here with node:crypto, not with the code under test.

const SECRET = "ingest-test-secret-0123456789";
const fixture = (name: string) => readFileSync(new URL(`./fixtures/ninjs/${name}`, import.meta.url), "utf8");
const ferry = JSON.parse(fixture("text-1x.json")) as Record<string, unknown>;
const FERRY_ID = storyId(String(ferry.uri));

let table: TestTable;
let server: Server;
let url: string;
let store: DynamoArticleStore;
let deadLetters: DynamoDeadLetterStore;

beforeAll(async () => {
  table = await startTestTable();
  process.env.NUTGRAF_TABLE = table.tableName;
  process.env.DYNAMODB_ENDPOINT = table.endpoint;
  process.env.INGEST_SIGNING_SECRET = SECRET;
  store = new DynamoArticleStore({ client: table.client, tableName: table.tableName });
  deadLetters = new DynamoDeadLetterStore({ client: table.client, tableName: table.tableName });
  server = createServer((request, response) => void invokeIngest(request, response));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/ingest`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await table.stop();
});

const nowSeconds = () => Math.floor(Date.now() / 1000);

interface Send {
  secret?: string;
  timestamp?: string;
  signature?: string;
  unsigned?: boolean;
  contentType?: string;
  method?: string;
}

async function send(body: string, options: Send = {}): Promise<{ status: number; json: Record<string, unknown> }> {
  const timestamp = options.timestamp ?? String(nowSeconds());
  const signature = options.signature ?? `v0=${createHmac("sha256", options.secret ?? SECRET).update(`v0:${timestamp}:${body}`).digest("hex")}`;
  const headers: Record<string, string> = { "content-type": options.contentType ?? "application/json" };
  if (!options.unsigned) {
    headers["x-nutgraf-request-timestamp"] = timestamp;
    headers["x-nutgraf-signature"] = signature;
  }
  const method = options.method ?? "POST";
  const response = await fetch(url, { method, headers, ...(method === "POST" ? { body } : {}) });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

const items = (json: Record<string, unknown>) => json.items as ItemResult[];

describe("signatures: checked before anything is parsed or stored", () => {
  const body = JSON.stringify({ ...ferry, uri: "urn:test:unsigned", headline: "Must never be stored" });
  const never = storyId("urn:test:unsigned");

  it.each([
    // Timestamps are made when the request is sent (a table of absolute times would drift while the suite starts).
    ["stale (301 s old)", () => ({ timestamp: String(nowSeconds() - 301) }), /stale/],
    // 330, not 301: the endpoint's clock moves on while the request travels, bringing a future stamp closer.
    ["from the future (330 s ahead)", () => ({ timestamp: String(nowSeconds() + 330) }), /future/],
    ["a fractional timestamp", () => ({ timestamp: `${nowSeconds()}.5` }), /whole seconds/],
    ["a timestamp in exponent form", () => ({ timestamp: "1.7e9" }), /whole seconds/],
    ["signed with another secret", () => ({ secret: "not-the-secret" }), /bad signature/],
    ["a malformed signature", () => ({ signature: "v1=abc" }), /64 lower-case hex/],
    ["unsigned", () => ({ unsigned: true }), /unsigned/],
  ])("%s: 401 and nothing stored", async (_name, options: () => Send, message) => {
    const { status, json } = await send(body, options());
    expect(status).toBe(401);
    expect(json).toMatchObject({ ok: false });
    expect(String(json.error)).toMatch(message);
    expect(await store.get(never)).toBeUndefined();
  });

  it("a signature over another body is refused (the body was changed in transit)", async () => {
    const timestamp = String(nowSeconds());
    const signature = `v0=${createHmac("sha256", SECRET).update(`v0:${timestamp}:{"other":1}`).digest("hex")}`;
    expect((await send(body, { timestamp, signature })).status).toBe(401);
  });

  it("inside the window (290 s old) is accepted", async () => {
    const { status } = await send(JSON.stringify({ ...ferry, uri: "urn:test:window" }), { timestamp: String(nowSeconds() - 290) });
    // (290, not 299: the request must still be inside the window when it arrives.)
    expect(status).toBe(200);
  });

  it("GET is 405, an empty signed body 400", async () => {
    expect((await send("", { method: "GET" })).status).toBe(405);
    expect((await send("")).status).toBe(400);
  });
});

describe("the window, exactly (a fixed clock)", () => {
  const now = 1_700_000_000_000;
  const check = (timestamp: number) => {
    const ts = String(timestamp);
    const signature = `v0=${createHmac("sha256", SECRET).update(`v0:${ts}:body`).digest("hex")}`;
    return verifyIngestSignature(SECRET, { "x-nutgraf-request-timestamp": ts, "x-nutgraf-signature": signature }, "body", now);
  };

  it("takes 300 s either way and refuses 301", () => {
    expect(check(1_700_000_300)).toEqual({ ok: true });
    expect(check(1_699_999_700)).toEqual({ ok: true });
    expect(check(1_700_000_301)).toMatchObject({ ok: false, reason: expect.stringMatching(/future/) });
    expect(check(1_699_999_699)).toMatchObject({ ok: false, reason: expect.stringMatching(/stale/) });
  });
});

describe("the signature, whole (a fixed clock)", () => {
  const now = 1_700_000_000_000;
  const ts = "1700000000";
  const headers = (hex: string) => ({ "x-nutgraf-request-timestamp": ts, "x-nutgraf-signature": `v0=${hex}` });

  it("refuses a signature with only its last digit changed", () => {
    const good = createHmac("sha256", SECRET).update(`v0:${ts}:body`).digest("hex");
    const bad = `${good.slice(0, -1)}${good.endsWith("0") ? "1" : "0"}`;
    expect(verifyIngestSignature(SECRET, headers(good), "body", now)).toEqual({ ok: true });
    expect(verifyIngestSignature(SECRET, headers(bad), "body", now)).toMatchObject({ ok: false, reason: expect.stringMatching(/bad signature/) });
  });

  it("with no secret configured refuses everything, a request signed with the empty key too", () => {
    const empty = createHmac("sha256", "").update(`v0:${ts}:body`).digest("hex");
    expect(verifyIngestSignature("", headers(empty), "body", now)).toEqual({ ok: false, reason: "the endpoint has no signing secret configured" });
  });
});

describe("a batch, exactly", () => {
  it("takes 100 items, and a story that carries an `items` field is one story, not a batch", () => {
    expect(splitBatch(JSON.stringify(Array.from({ length: 100 }, (_, i) => `story ${i}`)))).toHaveLength(100);
    const story = splitBatch(JSON.stringify({ headline: "H", text: "Body.", items: ["a", "b"] }));
    expect(story.map((i) => i.index)).toEqual([0]);
    expect(story[0]?.json).toMatchObject({ headline: "H" });
  });
});

describe("stories in: stored, unchanged, new version, rejected", () => {
  it("a ninjs story is stored under its uri's id, then unchanged when sent again", async () => {
    const first = await send(JSON.stringify(ferry));
    expect(first.status).toBe(200);
    expect(items(first.json)).toEqual([
      expect.objectContaining({ index: 0, status: "stored", id: FERRY_ID, version: 1, format: "ninjs", sourceVersion: "1" }),
    ]);
    expect((await store.get(FERRY_ID))?.headline).toBe(ferry.headline);
    const again = await send(JSON.stringify(ferry));
    expect(items(again.json)[0]).toMatchObject({ status: "unchanged", version: 1 });
  });

  it("a rewrite with a new headline is a new version of the same story; a late older one is refused", async () => {
    // Its own uri, so the test holds in any order.
    const first = { ...ferry, uri: "urn:test:rewrite" };
    const id = storyId(first.uri);
    expect(items((await send(JSON.stringify(first))).json)[0]).toMatchObject({ status: "stored", id, version: 1 });
    const rewrite = {
      ...first,
      version: "2",
      versioncreated: "2024-03-12T17:45:00Z",
      headline: "Lisbon ferry strike ends after pay deal",
      body_text: String(ferry.body_text).replace("212 sailings", "240 sailings"),
    };
    const answer = await send(JSON.stringify(rewrite));
    expect(items(answer.json)[0]).toMatchObject({ status: "new-version", id, version: 2, headline: "Lisbon ferry strike ends after pay deal" });
    expect((await store.versions(id)).map((v) => v.headline)).toEqual([ferry.headline, rewrite.headline]);

    // The first version redelivered: already stored, unchanged. A different version older than the latest: refused.
    expect(items((await send(JSON.stringify(first))).json)[0]).toMatchObject({ status: "unchanged", version: 1 });
    const stale = { ...first, versioncreated: "2024-03-12T12:00:00Z", headline: "Ferry strike: talks stall" };
    const refused = items((await send(JSON.stringify(stale))).json)[0]!;
    expect(refused).toMatchObject({ status: "rejected", code: "OUT_OF_ORDER", id });
    expect((await store.get(id))?.version).toBe(2);
  });

  it("a correction stamped with the same time as the story it corrects is a new version, not refused as older", async () => {
    const first = { ...ferry, uri: "urn:test:same-time" };
    const id = storyId(first.uri);
    expect(items((await send(JSON.stringify(first))).json)[0]).toMatchObject({ status: "stored", id, version: 1 });
    // The same versioncreated (a desk that stamps corrections with the story's time): only a later time is newer,
    // and only an earlier one is out of order.
    const corrected = { ...first, body_text: String(ferry.body_text).replace("212 sailings", "221 sailings") };
    expect(items((await send(JSON.stringify(corrected))).json)[0]).toMatchObject({ status: "new-version", id, version: 2 });
    expect((await store.get(id))?.paragraphs.join(" ")).toContain("221 sailings");
  });

  it("a mixed batch: every item answered in order, the bad ones dead-lettered, the good ones stored", async () => {
    const batch = {
      items: [
        JSON.parse(fixture("bodies-2x.json")),
        { id: "cms-4411", headline: "Library reopens after flood repairs", publishedAt: "2024-03-21T08:00:00Z", text: "The central library reopened on Thursday.\n\nRepairs cost €2.1m." },
        "Harbour crane collapses\n\n22/03/2024 06:30 by Night Desk\n\nRotterdam: A crane collapsed at the container port early on Friday, injuring two workers.\n",
        { uri: "urn:test:no-headline", versioncreated: "2024-03-22T00:00:00Z", body_text: "Text without a headline." },
        { uri: "urn:test:photo", type: "picture", versioncreated: "2024-03-22T00:00:00Z", headline: "A photo" },
      ],
    };
    const { status, json } = await send(JSON.stringify(batch));
    expect(status).toBe(200);
    expect(json.summary).toEqual({ stored: 3, "new-version": 0, unchanged: 0, rejected: 2 });
    const results = items(json);
    expect(results.map((r) => [r.index, r.status, r.format ?? r.code])).toEqual([
      [0, "stored", "ninjs"],
      [1, "stored", "json"],
      [2, "stored", "wire"],
      [3, "rejected", "NO_HEADLINE"],
      [4, "rejected", "NOT_TEXT"],
    ]);
    expect(results[1]!.id).toBe("cms-4411");
    const letter = await deadLetters.get(results[3]!.deadLetter!);
    expect(letter).toMatchObject({ origin: "endpoint", code: "NO_HEADLINE", truncated: false });
    expect(JSON.parse(letter!.raw)).toEqual(batch.items[3]);
    expect(letter!.expiresAt - Date.parse(letter!.receivedAt) / 1000).toBeCloseTo(14 * 86_400, -1);
    const listed = (await deadLetters.list()).map((l) => l.id);
    expect(listed).toEqual(expect.arrayContaining([results[3]!.deadLetter, results[4]!.deadLetter]));
    // A limit of none lists none (DynamoDB refuses a Limit below 1: the store must not send it).
    expect(await deadLetters.list(0)).toEqual([]);
  });

  it("a body that is not JSON though it looks like it is one refused item, kept whole", async () => {
    const body = '{"uri": "urn:test:cut", "headline": "Cut off in trans';
    const result = items((await send(body)).json)[0]!;
    expect(result).toMatchObject({ status: "rejected", code: "BAD_JSON" });
    expect((await deadLetters.get(result.deadLetter!))?.raw).toBe(body);
  });

  it("an item whose refusal would quote a huge field is still answered, dead-lettered whole, and the rest stored", async () => {
    // A CMS that put a body into the date field: the BAD_DATE reason quoted all 300 KB of it, so its letter (raw and
    // reason) went past DynamoDB's 400 KB item, the put threw, and the whole batch answered 502 with nothing kept.
    // ASCII, so dynalite (which counts characters, not bytes) refuses an item past 400 KB as DynamoDB does.
    const garbage = { headline: "Date field holds a body", text: "The story itself is short.", publishedAt: "x".repeat(300_000) };
    const good = { id: "cms-after-garbage", headline: "Ferry resumes after storm", publishedAt: "2024-03-23T07:00:00Z", text: "The ferry sailed again on Saturday." };
    const { status, json } = await send(JSON.stringify([garbage, good]));
    expect(status).toBe(200);
    const [refused, stored] = items(json);
    expect(refused).toMatchObject({ status: "rejected", code: "BAD_DATE" });
    expect(refused!.reason!.length).toBeLessThanOrEqual(MAX_REASON_CHARS);
    // Its start and its end survive the cut: which field, and what it should have been.
    expect(refused!.reason).toMatch(/^publishedAt "x+ \[…\] x+" is not ISO 8601 with a zone/);
    const letter = await deadLetters.get(refused!.deadLetter!);
    expect(letter).toMatchObject({ code: "BAD_DATE", truncated: false, reason: refused!.reason });
    expect(JSON.parse(letter!.raw)).toEqual(garbage);
    expect(stored).toMatchObject({ status: "stored", id: "cms-after-garbage" });
  });

  it("a story whose headline holds a word too long for a table key is stored, and the rest of the batch too (not a 502)", async () => {
    const hashed = { ...ferry, uri: "urn:test:long-word", headline: `Ferry ${"f".repeat(2100)} strike` };
    const after = { ...ferry, uri: "urn:test:after-long-word" };
    const { status, json } = await send(JSON.stringify([hashed, after]));
    expect(status).toBe(200);
    expect(items(json).map((r) => [r.status, r.id])).toEqual([
      ["stored", storyId(hashed.uri)],
      ["stored", storyId(after.uri)],
    ]);
  });

  it("plain-text wire copy is one story", async () => {
    const body = "Bridge reopens\n\n23/03/2024 09:00 by City Desk\n\nPorto: The Luis I bridge reopened to trams after 11 days of repairs.\n";
    expect(items((await send(body, { contentType: "text/plain" })).json)[0]).toMatchObject({ status: "stored", format: "wire" });
  });

  it("more than 100 items is 413, and nothing of it is stored", async () => {
    const many = Array.from({ length: 101 }, (_, i) => ({ ...ferry, uri: `urn:test:many-${i}` }));
    const { status, json } = await send(JSON.stringify(many));
    expect(status).toBe(413);
    expect(String(json.error)).toMatch(/at most 100/);
    expect(await store.get(storyId("urn:test:many-0"))).toBeUndefined();
  });
});

describe("dead letters keep what was sent", () => {
  it("keeps an item whole up to the limit, and cuts a larger one on a character boundary, marked, still storable", async () => {
    const at = new Date("2024-03-25T10:00:00.250Z");
    const small = deadLetter({ raw: "é".repeat(1000), origin: "endpoint", code: "NO_HEADLINE", reason: "r", receivedAt: at });
    expect(small).toMatchObject({ truncated: false, raw: "é".repeat(1000), id: expect.stringMatching(/^20240325T100000Z-[0-9a-f]{10}$/) });
    expect(deadLetter({ raw: "é".repeat(1000), origin: "endpoint", code: "NO_HEADLINE", reason: "r", receivedAt: at }).id).toBe(small.id);
    // Two-byte characters across the cut: the kept part must not end in half of one.
    const big = deadLetter({ raw: `x${"é".repeat(MAX_RAW_BYTES)}`, origin: "endpoint", code: "TOO_LARGE", reason: "r", receivedAt: at });
    expect(big.truncated).toBe(true);
    expect(Buffer.byteLength(big.raw, "utf8")).toBeLessThanOrEqual(MAX_RAW_BYTES);
    expect(big.raw).not.toContain("\ufffd");
    await deadLetters.put(big);
    expect((await deadLetters.get(big.id))?.raw.length).toBe(big.raw.length);
  });

  it("bounds a letter's reason, whoever built it, without splitting a surrogate pair at either cut", () => {
    for (const pad of ["", "x"]) {
      const reason = `${pad}${"😀".repeat(400)}`;
      const letter = deadLetter({ raw: "r", origin: "endpoint", code: "BAD_DATE", reason, receivedAt: new Date("2024-03-25T10:00:02Z") });
      expect(letter.reason.length).toBeLessThanOrEqual(MAX_REASON_CHARS);
      // No lone surrogate: a high one not followed by a low one, or a low one not after a high one.
      expect(letter.reason).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
      expect(letter.reason).toContain(" […] ");
    }
  });

  it("cuts a 450 KB item (past DynamoDB's 400 KB item) so its letter can still be written", async () => {
    // ASCII, so dynalite (which counts characters, not bytes) refuses an item past 400 KB as DynamoDB does.
    const huge = deadLetter({ raw: "x".repeat(450_000), origin: "endpoint", code: "TOO_LARGE", reason: "r", receivedAt: new Date("2024-03-25T10:00:01Z") });
    expect(huge).toMatchObject({ truncated: true, raw: "x".repeat(MAX_RAW_BYTES) });
    await deadLetters.put(huge);
    expect((await deadLetters.get(huge.id))?.raw.length).toBe(MAX_RAW_BYTES);
  });
});

describe("dead letters are re-ingestable", () => {
  const deps = () => ({ store, deadLetters, now: () => new Date("2024-03-25T10:00:00Z") });

  it("a letter refused again stays, with the reason; one that is now good is stored and removed", async () => {
    const bad = items((await send(JSON.stringify({ uri: "urn:test:still-bad", versioncreated: "2024-03-22T00:00:00Z", body_text: "No headline." }))).json)[0]!;
    const again = await retryDeadLetter(bad.deadLetter!, deps());
    expect(again).toMatchObject({ status: "rejected", code: "NO_HEADLINE", deadLetter: bad.deadLetter });
    expect(await deadLetters.get(bad.deadLetter!)).toBeDefined();

    // A letter refused by an earlier, stricter parser: its item is good now.
    const good = { ...ferry, uri: "urn:test:fixed-later" };
    await deadLetters.put({
      id: "20240301T000000Z-0000000001",
      receivedAt: "2024-03-01T00:00:00.000Z",
      origin: "endpoint",
      code: "NO_BODY",
      reason: "refused by an older parser",
      raw: JSON.stringify(good),
      truncated: false,
      expiresAt: 1_900_000_000,
    });
    const retried = await retryDeadLetter("20240301T000000Z-0000000001", deps());
    expect(retried).toMatchObject({ status: "stored", id: storyId("urn:test:fixed-later") });
    expect(await deadLetters.get("20240301T000000Z-0000000001")).toBeUndefined();
    expect(await retryDeadLetter("20240301T000000Z-0000000001", deps())).toBeUndefined();
  });

  it("a letter refused again is kept as it is: no second letter is written for the same item", async () => {
    const bad = items((await send(JSON.stringify({ uri: "urn:test:refused-twice", versioncreated: "2024-03-22T00:00:00Z", body_text: "Still no headline." }))).json)[0]!;
    const before = (await deadLetters.list(1000)).length;
    expect(await retryDeadLetter(bad.deadLetter!, deps())).toMatchObject({ status: "rejected", deadLetter: bad.deadLetter });
    expect(await retryDeadLetter(bad.deadLetter!, deps())).toMatchObject({ status: "rejected", deadLetter: bad.deadLetter });
    expect((await deadLetters.list(1000)).length).toBe(before);
  });

  it("a letter that kept only the first part of its item is never stored as if whole, even when that part parses", async () => {
    // The first 380 KB of a larger item can be a complete-looking story: storing it would lose the rest silently.
    const cut = { ...ferry, uri: "urn:test:cut-short" };
    await deadLetters.put({
      id: "20240301T000000Z-0000000002",
      receivedAt: "2024-03-01T00:00:00.000Z",
      origin: "endpoint",
      code: "TOO_LARGE",
      reason: "over the size limit",
      raw: JSON.stringify(cut),
      truncated: true,
      expiresAt: 1_900_000_000,
    });
    const retried = await retryDeadLetter("20240301T000000Z-0000000002", deps());
    expect(retried).toMatchObject({ status: "rejected", deadLetter: "20240301T000000Z-0000000002" });
    expect(retried?.reason).toContain("kept only the first part");
    expect(await store.get(storyId("urn:test:cut-short"))).toBeUndefined();
    expect(await deadLetters.get("20240301T000000Z-0000000002")).toBeDefined();
  });
});

describe("when a story's stored item is damaged (a hand edit, an older writer)", () => {
  /** Writes a LATEST item for `uri`'s story as given, bypassing the store. */
  const damage = (uri: string, item: Record<string, unknown>) =>
    DynamoDBDocumentClient.from(table.client).send(new PutCommand({ TableName: table.tableName, Item: { pk: `ART#${storyId(uri)}`, sk: "LATEST", id: storyId(uri), ...item } }));

  it("a new version replaces a damaged one (the store's repair), and the items after it are stored: no 503 to retry forever", async () => {
    const uri = "urn:test:damaged-latest";
    // Its paragraphs lost: the stored item no longer matches its content hash, but its version number is intact.
    await damage(uri, { headline: String(ferry.headline), publishedAt: "2024-03-12T09:00:00Z", paragraphs: ["Half a story."], contentHash: "0".repeat(64), version: 1 });
    const after = { ...ferry, uri: "urn:test:after-damaged-latest" };
    const { status, json } = await send(JSON.stringify([{ ...ferry, uri }, after]));
    expect(status).toBe(200);
    expect(items(json).map((r) => [r.status, r.id, r.version])).toEqual([
      ["new-version", storyId(uri), 2],
      ["stored", storyId(after.uri), 1],
    ]);
    expect((await store.get(storyId(uri)))?.paragraphs.join(" ")).toContain("212 sailings");
  });

  it("one too damaged to replace (no version number) is refused and kept as a dead letter; the rest of the batch is stored", async () => {
    const uri = "urn:test:damaged-unversioned";
    await damage(uri, { headline: "Just a headline" });
    const after = { ...ferry, uri: "urn:test:after-damaged-unversioned" };
    const { status, json } = await send(JSON.stringify([{ ...ferry, uri }, after]));
    expect(status).toBe(200);
    const [refused, stored] = items(json);
    expect(refused).toMatchObject({ status: "rejected", code: "DAMAGED_STORY", id: storyId(uri) });
    expect(refused!.reason).toMatch(new RegExp(`^story ${storyId(uri)} is stored damaged .*publishedAt.* is missing`));
    expect(JSON.parse((await deadLetters.get(refused!.deadLetter!))!.raw)).toMatchObject({ uri });
    expect(stored).toMatchObject({ status: "stored", id: storyId(after.uri) });
  });
});

describe("when the archive is down", () => {
  it("a batch resent after a 503 keeps its refused item in one dead letter, whose id the resend answers", async () => {
    const bad = { uri: "urn:test:refused-before-503", versioncreated: "2024-03-22T00:00:00Z", body_text: "No headline." };
    const good = { ...ferry, uri: "urn:test:stored-after-503" };
    const body = Buffer.from(JSON.stringify([bad, good]));
    const proxy = await startFaultProxy(table.endpoint);
    const client = createDynamoClient({ endpoint: proxy.endpoint, maxAttempts: 1 });
    let clock = Date.parse("2024-03-26T08:00:00Z");
    const deps = {
      store: new DynamoArticleStore({ client, tableName: table.tableName }),
      deadLetters: new DynamoDeadLetterStore({ client, tableName: table.tableName }),
      signingSecret: SECRET,
      now: () => new Date(clock),
      log: createLogger({ sink: () => undefined }),
    };
    const post = () => {
      const timestamp = String(Math.floor(clock / 1000));
      const signature = `v0=${createHmac("sha256", SECRET).update(`v0:${timestamp}:`).update(body).digest("hex")}`;
      return handleIngest({ method: "POST", headers: { "x-nutgraf-request-timestamp": timestamp, "x-nutgraf-signature": signature }, body }, deps);
    };
    const kept = async () => (await deadLetters.list(1000)).filter((l) => l.raw === JSON.stringify(bad));
    try {
      // The good story's write dies on the way: the refused item before it is already kept, and the batch is a 503.
      proxy.drop((operation, request) => operation === "PutItem" && putSortKey(request) === "LATEST" && (request.Item as { pk?: { S?: string } }).pk?.S === `ART#${storyId(good.uri)}`);
      expect((await post()).status).toBe(503);
      const [first] = await kept();
      // The sender resends after Retry-After: the refused item was written again as a letter of its own each time.
      clock += 30_000;
      const resent = await post();
      expect(resent.status).toBe(200);
      const [refused, stored] = (resent.body as { items: ItemResult[] }).items;
      expect(stored).toMatchObject({ status: "stored", id: storyId(good.uri) });
      expect(refused).toMatchObject({ status: "rejected", code: "NO_HEADLINE", deadLetter: first!.id });
      expect((await kept()).map((l) => l.id)).toEqual([first!.id]);
    } finally {
      client.destroy();
      await proxy.close();
    }
  });

  it("answers 503 with Retry-After (a retry is safe), never a bare 5xx from a crash", async () => {
    // A table nobody listens on: every DynamoDB call fails as the store's UNAVAILABLE.
    const client = createDynamoClient({ endpoint: "http://127.0.0.1:9", maxAttempts: 1 });
    const body = Buffer.from(JSON.stringify(ferry));
    const timestamp = String(nowSeconds());
    const signature = `v0=${createHmac("sha256", SECRET).update(`v0:${timestamp}:`).update(body).digest("hex")}`;
    try {
      const answer = await handleIngest(
        { method: "POST", headers: { "x-nutgraf-request-timestamp": timestamp, "x-nutgraf-signature": signature }, body },
        {
          store: new DynamoArticleStore({ client, tableName: "down" }),
          deadLetters: new DynamoDeadLetterStore({ client, tableName: "down" }),
          signingSecret: SECRET,
          now: () => new Date(),
          log: createLogger({ sink: () => undefined }),
        },
      );
      expect(answer.status).toBe(503);
      expect(answer.headers["retry-after"]).toBe("30");
      expect(answer.body).toMatchObject({ ok: false, retryable: true });
    } finally {
      client.destroy();
    }
  });
});

import { readFileSync } from "node:fs";
import { DynamoDBDocumentClient, GetCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { BRIEF_ALGORITHM, type BriefAlgorithm } from "#brief/algorithm.ts";
import { briefArticle } from "#brief/brief.ts";
import { prepareBrief } from "#brief/stored.ts";
import { briefer } from "#lib/briefs.ts";
import { loadConfig, storeFromConfig, type Config } from "#lib/config.ts";
import { createLogger } from "#lib/log.ts";
import { parseJsonArticle, parseWireText } from "#news/article.ts";
import { createSlackHandler } from "#slack/app.ts";
import { startSlackApi, type RecordedCall, type SlackApi } from "#local/slack-api.ts";
import { DynamoArticleStore } from "#store/dynamo-store.ts";
import { DynamoSubscriptionStore } from "#store/dynamo-subscriptions.ts";
import type { StoredArticle } from "#store/store.ts";
import { createDynamoClient } from "#store/dynamo-client.ts";
import { startTestTable, type TestTable } from "#test/helpers/dynamo.ts";
import { startFaultProxy } from "#test/helpers/fault-proxy.ts";
import { signedEvent, slashCommandBody, type FunctionUrlHandler } from "#test/helpers/slack-request.ts";

// `/brief` and the digest read the brief stored with each version, over the real handlers and a real table: a brief
// only the store holds is what the editor sees; an out-of-date or damaged one is recomputed and written back, and a
// deployment of an older algorithm never undoes a newer one's write.

const SECRET = "stored-brief-secret-0123456789abcdef";
const TOKEN = "xoxb-stored-brief";
const SLOT = new Date("2026-11-24T07:00:00Z");
const seedFile = (name: string) => parseWireText(readFileSync(new URL(`../seeds/${name}`, import.meta.url), "utf8"));
// Two real stories, filed in the 24 hours before the digest slot.
const PARIS = parseJsonArticle({ ...seedFile("000_c74584ab3f8b7ef3.txt"), publishedAt: "2026-11-24T05:00:00Z" });
const OTHER = parseJsonArticle({ ...seedFile("001_c0ede2ba925c.txt"), publishedAt: "2026-11-24T04:00:00Z" });

let table: TestTable;
let api: SlackApi;
let store: DynamoArticleStore;
let doc: DynamoDBDocumentClient;
let config: Config;
let seq = 0;

const next: BriefAlgorithm = { id: `${BRIEF_ALGORITHM.generation + 1}.rollout`, generation: BRIEF_ALGORITHM.generation + 1, recorded: true };

function handlerFor(algorithm: BriefAlgorithm | undefined, lines: string[]): FunctionUrlHandler {
  const log = createLogger({ sink: (line) => lines.push(line), level: "info" });
  return createSlackHandler(config, { store: storeFromConfig(config), log, now: () => SLOT, ...(algorithm ? { briefAlgorithm: algorithm } : {}) });
}

async function slash(h: FunctionUrlHandler, text: string): Promise<{ status: number | undefined; answer: RecordedCall }> {
  const id = `stored-${++seq}`;
  const responseUrl = api.responseUrl(id, { channel: "C0NEWS", user: "U0EDITOR" });
  const response = await h(signedEvent(slashCommandBody({ text, responseUrl }), { secret: SECRET }));
  const answers = api.calls.filter((c) => c.responseUrlId === id);
  expect(answers).toHaveLength(1);
  return { status: response.statusCode, answer: answers[0]! };
}

/** Whether a sentence is in a message (its opening words: Slack's escaping never touches those in these stories). */
const shows = (call: RecordedCall, sentence: string) => JSON.stringify(call.body).includes(sentence.split(" ").slice(0, 8).join(" "));

async function itemAttribute(id: string, name: string): Promise<unknown> {
  const out = await doc.send(new GetCommand({ TableName: table.tableName, Key: { pk: `ART#${id}`, sk: "LATEST" } }));
  return out.Item?.[name];
}

/**
 * Stores, under the running algorithm, a brief no computation gives: its `count`-bullet pick is the last sentences of
 * the 10-bullet one. Returns those sentences and the fresh brief's, which must differ for the test to mean anything.
 */
async function storeUnusualBrief(article: StoredArticle, count = 3): Promise<{ stored: string[]; fresh: string[] }> {
  const prepared = prepareBrief(article);
  const unusual = { ...prepared, picks: prepared.picks.map((pick, i) => (i === count - 1 ? prepared.picks[9]!.slice(-count) : pick)) };
  await store.saveBrief(article, { algorithm: BRIEF_ALGORITHM.id, generation: BRIEF_ALGORITHM.generation, body: JSON.stringify(unusual) }, "any");
  const text = (index: number) => prepared.bullets.find((b) => b.sentence === index)!;
  const stored = unusual.picks[count - 1]!.map((i) => article.paragraphs[text(i).p]!.slice(text(i).at, text(i).at + text(i).len));
  const fresh = briefArticle(article, { bullets: count }).bullets.map((b) => b.text);
  expect(stored.filter((s) => !fresh.includes(s)).length).toBeGreaterThan(0);
  return { stored, fresh };
}

const logged = (lines: string[]) => lines.map((l) => JSON.parse(l) as Record<string, unknown>);

beforeAll(async () => {
  [table, api] = await Promise.all([startTestTable(), startSlackApi({ token: TOKEN })]);
  doc = DynamoDBDocumentClient.from(table.client);
  const env = {
    NUTGRAF_TABLE: table.tableName,
    DYNAMODB_ENDPOINT: table.endpoint,
    SLACK_BOT_TOKEN: TOKEN,
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: api.url,
    NUTGRAF_LOG_LEVEL: "error",
  };
  // functions/digest.ts reads its configuration from the environment, as on Lambda without SST links.
  Object.assign(process.env, env);
  config = loadConfig(env);
  store = new DynamoArticleStore({ client: table.client, tableName: table.tableName, briefer });
});

afterAll(async () => {
  await Promise.all([api?.stop(), table?.stop()]);
});

beforeEach(async () => {
  api.reset();
  // Every test starts from both stories stored with the running algorithm's brief.
  for (const article of [PARIS, OTHER]) {
    await store.put(article);
    const stored = (await store.get(article.id))!;
    await store.saveBrief(stored, briefer.brief(stored)!, "any");
  }
});

describe("/brief reads the stored brief", () => {
  it("answers with the brief stored with the story, not one computed on the spot", async () => {
    const { stored, fresh } = await storeUnusualBrief((await store.get(PARIS.id))!);
    const { status, answer } = await slash(handlerFor(undefined, []), PARIS.id);
    expect(status).toBe(200);
    for (const sentence of stored) expect(shows(answer, sentence), sentence).toBe(true);
    for (const sentence of fresh.filter((s) => !stored.includes(s))) expect(shows(answer, sentence), sentence).toBe(false);
  });

  it("a newer deployment recomputes an older algorithm's brief and writes it back; the older one leaves it be", async () => {
    const fresh = briefArticle(PARIS).bullets.map((b) => b.text);
    const newer: string[] = [];
    const first = await slash(handlerFor(next, newer), PARIS.id);
    expect(first.status).toBe(200);
    for (const sentence of fresh) expect(shows(first.answer, sentence)).toBe(true);
    // Written back before the function returned (after the answer went out).
    expect(await itemAttribute(PARIS.id, "briefAlgorithm")).toBe(next.id);
    expect(logged(newer).find((l) => l.msg === "command answered")?.briefs).toEqual({ stored: 0, computed: 1, written: 1 });
    const again = await slash(handlerFor(next, newer), PARIS.id);
    expect(logged(newer).filter((l) => l.msg === "command answered").at(-1)?.briefs).toEqual({ stored: 1, computed: 0, written: 0 });
    expect(JSON.stringify(again.answer.body)).toBe(JSON.stringify(first.answer.body));

    // The deployment being replaced, still answering during the rollout: same answer, computed, nothing written.
    const older: string[] = [];
    const stale = await slash(handlerFor(undefined, older), PARIS.id);
    expect(JSON.stringify(stale.answer.body)).toBe(JSON.stringify(first.answer.body));
    expect(await itemAttribute(PARIS.id, "briefAlgorithm")).toBe(next.id);
    expect(logged(older).find((l) => l.msg === "command answered")?.briefs).toEqual({ stored: 0, computed: 1, written: 0 });
  });

  it("a write-back the table does not answer ends with the request's deadline, not the client's timeouts", async () => {
    const proxy = await startFaultProxy(table.endpoint);
    const client = createDynamoClient({ endpoint: proxy.endpoint });
    try {
      // The table stalls on the write-back only: reads answer, so the editor gets the brief at once.
      const held = proxy.hold((operation) => operation === "UpdateItem");
      const lines: string[] = [];
      const log = createLogger({ sink: (line) => lines.push(line), level: "info" });
      const slow = new DynamoArticleStore({ client, tableName: table.tableName, briefer });
      const h = createSlackHandler(config, { store: slow, log, now: () => SLOT, briefAlgorithm: next, deadlineMs: 1500 });
      const { status, answer } = await slash(h, PARIS.id);
      expect(status).toBe(200);
      for (const sentence of briefArticle(PARIS).bullets.map((b) => b.text)) expect(shows(answer, sentence)).toBe(true);
      await held.reached;
      // Given up by the deadline's signal (the SDK's own timeout says "did not answer in time" instead).
      const warning = logged(lines).find((l) => l.msg === "could not store the brief back; it is computed again next time");
      expect(JSON.stringify(warning?.error)).toMatch(/deadline passed/);
      expect(await itemAttribute(PARIS.id, "briefAlgorithm")).toBe(BRIEF_ALGORITHM.id);
    } finally {
      client.destroy();
      await proxy.close();
    }
  });

  it("a damaged stored brief is recomputed with the reason logged, never a 5xx, and repaired", async () => {
    await doc.send(
      new UpdateCommand({ TableName: table.tableName, Key: { pk: `ART#${PARIS.id}`, sk: "LATEST" }, UpdateExpression: "SET brief = :b", ExpressionAttributeValues: { ":b": '{"f":1,"hash":' } }),
    );
    const lines: string[] = [];
    const { status, answer } = await slash(handlerFor(undefined, lines), PARIS.id);
    expect(status).toBe(200);
    for (const sentence of briefArticle(PARIS).bullets.map((b) => b.text)) expect(shows(answer, sentence)).toBe(true);
    const warning = logged(lines).find((l) => l.msg === "stored brief not used: recomputed");
    expect(warning).toMatchObject({ level: "warn", articleId: PARIS.id, reason: expect.stringMatching(/^stored brief damaged: not JSON/) });
    expect(JSON.parse(String(await itemAttribute(PARIS.id, "brief")))).toMatchObject({ f: 1, hash: PARIS.contentHash });
  });

  it("/brief latest and /brief digest show the stored briefs too", async () => {
    const { stored } = await storeUnusualBrief((await store.get(PARIS.id))!);
    const { answer } = await slash(handlerFor(undefined, []), "digest");
    // The digest shows each story's best bullets by score: drawn from the stored three, whatever they are.
    const shown = stored.filter((s) => shows(answer, s));
    expect(shown.length).toBeGreaterThan(0);
    const freshOnly = briefArticle(PARIS).bullets.map((b) => b.text).filter((s) => !stored.includes(s));
    for (const sentence of freshOnly) expect(shows(answer, sentence)).toBe(false);
  });
});

describe("the scheduled digest (functions/digest.ts) reads the stored brief", () => {
  it("posts the stored brief's bullets, and writes back a brief that was missing before it returns", async () => {
    const subscriptions = new DynamoSubscriptionStore({ client: table.client, tableName: table.tableName });
    await subscriptions.subscribe({ channelId: "CSTORED", time: "07:00", timeZone: "UTC", quietWhenEmpty: false, createdBy: "U0EDITOR", createdAt: "2026-11-01T00:00:00Z" });
    // The scheduled digest shows two bullets a story (DEFAULT_DIGEST_BULLETS).
    const { stored, fresh } = await storeUnusualBrief((await store.get(PARIS.id))!, 2);
    await doc.send(
      new UpdateCommand({ TableName: table.tableName, Key: { pk: `ART#${OTHER.id}`, sk: "LATEST" }, UpdateExpression: "REMOVE brief, briefAlgorithm, briefGeneration" }),
    );
    expect(await itemAttribute(OTHER.id, "brief")).toBeUndefined();
    const { handler } = await import("#functions/digest.ts");
    const report = await handler({ now: SLOT.toISOString(), channels: ["CSTORED"] });
    expect(report).toMatchObject({ posted: 1 });
    const post = api.calls.find((c) => c.method === "chat.postMessage" && c.body.channel === "CSTORED")!;
    expect(stored.some((s) => shows(post, s))).toBe(true);
    for (const sentence of fresh.filter((s) => !stored.includes(s))) expect(shows(post, sentence)).toBe(false);
    expect(await itemAttribute(OTHER.id, "briefAlgorithm")).toBe(BRIEF_ALGORITHM.id);
  });
});

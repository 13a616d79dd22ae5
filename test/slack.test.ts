import { readFileSync } from "node:fs";
import { DeleteTableCommand, DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, onTestFinished } from "vitest";
import { closedPort } from "#test/helpers/closed-port.ts";
import { parseJsonArticle, parseWireText, type Article } from "#news/article.ts";
import { ConfigError, loadConfig, storeFromConfig, type Config } from "#lib/config.ts";
import { DynamoArticleStore } from "#store/dynamo-store.ts";
import { ensureTable, TABLE_KEYS } from "#store/table.ts";
import { createLogger } from "#lib/log.ts";
import { createSlackHandler, type AwsEvent } from "#slack/app.ts";
import { encodeShareValue, SHARE_ACTION } from "#slack/blocks.ts";
import type { RecordedCall, SlackApi } from "#local/slack-api.ts";
import type { TestTable } from "#test/helpers/dynamo.ts";
import { startSlackStack, type SlackStack } from "#test/helpers/slack-stack.ts";
import { startFaultProxy } from "#test/helpers/fault-proxy.ts";
import { blockKitViolations, buttonBody, shownText, signedEvent, slashCommandBody, type FunctionUrlHandler, type SignOptions } from "#test/helpers/slack-request.ts";

const SECRET = "test-signing-secret-0123456789abcdef";
const TOKEN = "xoxb-test-token";

const seed = parseWireText(readFileSync(new URL("../seeds/000_c74584ab3f8b7ef3.txt", import.meta.url), "utf8"));

function story(id: string, headline: string, publishedAt: string, paragraphs: string[]): Article {
  return parseJsonArticle({ id, headline, publishedAt, paragraphs, credit: "AP" });
}

const older = [
  story("fr-emergency", "France declares state of emergency after night of attacks", "2015-11-14T02:00:00Z", [
    "President Francois Hollande declared a state of emergency across France after attacks that killed at least 120 people.",
    "Borders were tightened and 1,500 extra soldiers were deployed to the capital.",
    "The government said schools would stay closed on Saturday.",
  ]),
  story("fr-mourns", "France mourns as investigators identify attackers", "2015-11-15T10:00:00Z", [
    "France observed three days of national mourning as investigators named two of the seven attackers.",
    "Police said 352 people were wounded, 99 of them critically.",
  ]),
];

// A story whose every sentence is longer than a Slack section can hold, and whose headline has mrkdwn's specials.
const longSentence = (n: number) =>
  `Sentence ${n} of the overlong filing says that ${Array.from({ length: 420 }, (_, i) => `clause${n}x${i}`).join(" ")} and ends here.`;
const overlong = story(
  "overlong",
  `Council & mayor <clash> over budget: ${"a very long headline indeed ".repeat(10)}`.trim(),
  "2015-11-10T09:00:00Z",
  Array.from({ length: 12 }, (_, i) => longSentence(i)),
);

let stack: SlackStack;
let table: TestTable;
let api: SlackApi;
let handler: FunctionUrlHandler;
let responseSeq = 0;

const send = (h: FunctionUrlHandler, body: string, options: Partial<SignOptions> = {}) => h(signedEvent(body, { secret: SECRET, ...options }));

/** Runs `/brief <text>` through the real handler; returns the HTTP response and what reached the response_url. */
async function slash(text: string, options: { h?: FunctionUrlHandler; sign?: Partial<SignOptions>; userId?: string } = {}) {
  const id = `cmd-${++responseSeq}`;
  const responseUrl = api.responseUrl(id, { channel: "C0NEWS", user: options.userId ?? "U0EDITOR" });
  const response = await send(options.h ?? handler, slashCommandBody({ text, responseUrl, userId: options.userId }), options.sign);
  const answers = api.calls.filter((c) => c.responseUrlId === id);
  return { response, answers, id };
}

function only(answers: RecordedCall[]): RecordedCall {
  expect(answers).toHaveLength(1);
  return answers[0]!;
}

function blocksOf(call: RecordedCall): Array<Record<string, unknown>> {
  return call.body.blocks as Array<Record<string, unknown>>;
}

function headerOf(call: RecordedCall): string {
  const header = blocksOf(call).find((b) => b.type === "header") as { text: { text: string } } | undefined;
  return header?.text.text ?? "";
}

function shareButtonValue(call: RecordedCall): string | undefined {
  const actions = blocksOf(call).find((b) => b.type === "actions") as { elements: Array<{ action_id: string; value: string }> } | undefined;
  return actions?.elements.find((e) => e.action_id === SHARE_ACTION)?.value;
}

beforeAll(async () => {
  // The Lambda entry point reads its configuration from the environment, as it does under `sst dev` without links.
  stack = await startSlackStack({ secret: SECRET, token: TOKEN, stories: [seed, ...older, overlong] });
  ({ table, api, handler } = stack);
});

afterAll(async () => {
  await stack?.stop();
});

beforeEach(() => {
  api.reset();
});

afterEach(() => {
  // Every message the stand-in saw in this test must have been one Slack accepts (after each test, so the last
  // one is checked too).
  expect(blockKitViolations(api.calls)).toEqual([]);
});

describe("/brief sub-commands", () => {
  it("briefs an article by id: headline, source, bullets, figures, why, and a share button, ephemeral", async () => {
    const { response, answers } = await slash(seed.id);
    expect(response.statusCode).toBe(200);
    const answer = only(answers);
    expect(answer.body.response_type).toBe("ephemeral");
    expect(headerOf(answer)).toBe(seed.headline);
    const text = shownText(answer);
    expect(text).toContain(seed.id);
    expect(text).toContain("<!date^1447793400^");
    expect(text).toMatch(/\*at least 129\*|\*129\*/);
    expect(text).toContain("Why these");
    expect(JSON.parse(shareButtonValue(answer) ?? "{}")).toMatchObject({ k: "brief", id: seed.id, b: 3 });
    expect(String(answer.body.text)).toContain(seed.headline);
    // Bullets are the article's own sentences, verbatim.
    const bullets = blocksOf(answer).filter((b) => b.type === "section" && (b as { text?: { text: string } }).text?.text.startsWith("•"));
    expect(bullets).toHaveLength(1);
    const lines = (bullets[0] as { text: { text: string } }).text.text.split("\n");
    expect(lines).toHaveLength(3);
    const body = seed.paragraphs.join(" ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    for (const line of lines) expect(body).toContain(line.replace(/^•\s+/, ""));
  });

  it("finds by headline words; with several matches answers the newest and says how many others matched", async () => {
    const answer = only((await slash("France")).answers);
    expect(headerOf(answer)).toBe(seed.headline);
    expect(shownText(answer)).toContain("2 other stories matched");
    const single = only((await slash("state of EMERGENCY")).answers);
    expect(headerOf(single)).toBe(older[0]!.headline);
    expect(shownText(single)).not.toContain("other stories matched");
  });

  it("lists the latest N stories with ids and top bullets (default 5)", async () => {
    const all = only((await slash("latest")).answers);
    const sections = blocksOf(all).filter((b) => b.type === "section");
    // Four stories stored by beforeAll, five if the damaged-story test ran first (in shuffled order), newest first.
    const stored = (await new DynamoArticleStore({ client: table.client, tableName: table.tableName }).latest(50)).length;
    expect(stored).toBeGreaterThanOrEqual(4);
    expect(sections).toHaveLength(Math.min(5, stored));
    const text = shownText(all);
    expect(text.indexOf(seed.id)).toBeLessThan(text.indexOf("fr-mourns"));
    expect(text.indexOf("fr-mourns")).toBeLessThan(text.indexOf("fr-emergency"));
    const two = only((await slash("latest 2")).answers);
    expect(blocksOf(two).filter((b) => b.type === "section")).toHaveLength(2);
    expect(headerOf(two)).toBe("Latest 2 stories");
  });

  it("shows the full key-figure card", async () => {
    const answer = only((await slash("figures state of emergency")).answers);
    const fields = blocksOf(answer).flatMap((b) => ((b as { fields?: Array<{ text: string }> }).fields ?? []).map((f) => f.text));
    expect(fields.join("\n")).toContain("1,500");
    expect(fields.length).toBeGreaterThanOrEqual(2);
    expect(JSON.parse(shareButtonValue(answer) ?? "{}")).toMatchObject({ k: "figures", id: "fr-emergency" });
  });

  it("asks which story for /brief figures with no words, rather than showing some story's card", async () => {
    for (const text of ["figures", "figures   "]) {
      const answer = only((await slash(text)).answers);
      expect(shownText(answer)).toContain("Which story? Try /brief figures paris, or /brief figures followed by an id.");
      expect(shownText(answer)).not.toContain("Key figures");
      expect(shareButtonValue(answer)).toBeUndefined();
      expect(answer.body.response_type).toBe("ephemeral");
    }
  });

  it("gives the digest of the last 24 hours on demand", async () => {
    const h = createSlackHandler(loadConfig({ ...process.env }), {
      store: storeFromConfig({ tableName: table.tableName, dynamoEndpoint: table.endpoint }),
      now: () => new Date("2015-11-17T23:00:00Z"),
      log: createLogger({ sink: () => undefined }),
    });
    const answer = only((await slash("digest", { h })).answers);
    const text = shownText(answer);
    expect(text).toContain(seed.headline);
    expect(text).not.toContain(older[1]!.headline); // published 2015-11-15: outside the window
  });

  it("answers help, an empty command and an unknown word with usage", async () => {
    for (const text of ["help", "", "   "]) {
      const answer = only((await slash(text)).answers);
      const shown = shownText(answer);
      for (const usage of ["/brief latest [N]", "/brief figures", "/brief digest", "/brief help"]) expect(shown).toContain(usage);
      expect(answer.body.response_type).toBe("ephemeral");
    }
  });

  it("routes the digest engineer's subscribe / subscriptions / unsubscribe through the Lambda entry point", async () => {
    const subscribed = only((await slash("subscribe 07:30 Europe/Paris")).answers);
    expect(shownText(subscribed)).toContain("every day at 07:30 Europe/Paris");
    expect(shownText(only((await slash("subscriptions")).answers))).toContain("<#C0NEWS>");
    expect(shownText(only((await slash("unsubscribe")).answers))).toContain("Unsubscribed");
    expect(shownText(only((await slash("help")).answers))).toContain("/brief subscribe");
  });

  it("says so for an unknown article and suggests /brief latest", async () => {
    const answer = only((await slash("zzqx-no-such-story")).answers);
    expect(answer.body.response_type).toBe("ephemeral");
    expect(shownText(answer)).toContain("No story matches");
    expect(shownText(answer)).toContain("/brief latest");
  });

  it("keeps an overlong story within every Block Kit limit, with a visible truncation marker", async () => {
    const answer = only((await slash("overlong")).answers);
    expect(blockKitViolations([answer])).toEqual([]);
    expect(headerOf(answer).length).toBeLessThanOrEqual(150);
    expect(headerOf(answer).endsWith("…")).toBe(true);
    const text = shownText(answer);
    expect(text).toContain("Some text was cut");
    // The header is plain_text (shown as is); the fallback text is mrkdwn, so there the specials are escaped.
    expect(headerOf(answer)).toMatch(/^Council & mayor <clash> over budget/);
    expect(String(answer.body.text)).toMatch(/^Council &amp; mayor &lt;clash&gt; over budget/);
    expect(answer.status).toBe(200);
  });
});

describe("Post to channel", () => {
  async function press(value: string, channelId = "C0NEWS") {
    const id = `act-${++responseSeq}`;
    const responseUrl = api.responseUrl(id, { channel: channelId, user: "U0EDITOR", messageTs: "1700000000.000001" });
    const response = await send(handler, buttonBody({ actionId: SHARE_ACTION, value, responseUrl, channelId }));
    return { response, answers: api.calls.filter((c) => c.responseUrlId === id), posts: api.calls.filter((c) => c.method === "chat.postMessage") };
  }

  it("posts the same card visibly, attributed to the editor, and removes the ephemeral copy", async () => {
    const ephemeral = only((await slash(seed.id)).answers);
    const { response, answers, posts } = await press(shareButtonValue(ephemeral)!);
    expect(response.statusCode).toBe(200);
    const post = only(posts);
    expect(post.status).toBe(200);
    expect(post.response.ok).toBe(true);
    expect(post.authenticated).toBe(true);
    expect(post.body.channel).toBe("C0NEWS");
    expect(shownText(post)).toContain("Shared by <@U0EDITOR>");
    // Same card: same header and bullets, minus the button.
    expect(headerOf(post)).toBe(headerOf(ephemeral));
    const bulletsOf = (c: RecordedCall) => blocksOf(c).filter((b) => b.type === "section").map((b) => JSON.stringify(b));
    expect(bulletsOf(post)).toEqual(bulletsOf(ephemeral));
    expect(shareButtonValue(post)).toBeUndefined();
    expect(only(answers).body).toEqual({ delete_original: true });
  });

  it("posts a shared figures card as the figures card the editor saw, not the brief card", async () => {
    const ephemeral = only((await slash(`figures ${seed.id}`)).answers);
    // A channel of its own: a press is one intent per channel and card, and other tests share this card to C0NEWS.
    const { answers, posts } = await press(shareButtonValue(ephemeral)!, "C0FIGURES");
    const post = only(posts);
    expect(post.response.ok).toBe(true);
    expect(shownText(post)).toContain("Shared by <@U0EDITOR>");
    const sections = (c: RecordedCall) => blocksOf(c).filter((b) => b.type === "section").map((b) => JSON.stringify(b));
    expect(sections(post)).toEqual(sections(ephemeral));
    expect(sections(post)[0]).toContain("*Key figures*");
    expect(only(answers).body).toEqual({ delete_original: true });
  });

  it("shares ten overlong bullets as a valid card with a marker", async () => {
    const { posts } = await press(encodeShareValue({ kind: "brief", id: "overlong", bullets: 10 }));
    const post = only(posts);
    expect(post.response.ok).toBe(true);
    expect(shownText(post)).toMatch(/more cut to fit Slack's limits/);
  });

  it("explains when the bot is not in the channel, and keeps the ephemeral card", async () => {
    api.failChannel("C0PRIVATE", "not_in_channel");
    const { answers, posts } = await press(encodeShareValue({ kind: "brief", id: seed.id, bullets: 3 }), "C0PRIVATE");
    expect(only(posts).response.error).toBe("not_in_channel");
    const answer = only(answers);
    expect(answer.body.delete_original).toBeUndefined();
    expect(answer.body.replace_original).toBe(false);
    expect(shownText(answer)).toContain("/invite @nutgraf");
  });

  it("honours a 429 by telling the editor when to retry instead of sleeping past the deadline", async () => {
    api.rateLimit("chat.postMessage", 7);
    const { answers, posts } = await press(encodeShareValue({ kind: "figures", id: seed.id }));
    expect(posts.map((p) => p.status)).toEqual([429]);
    expect(shownText(only(answers))).toContain("again in 7 s");
  });

  it("rejects a tampered button value without posting", async () => {
    const { answers, posts } = await press('{"k":"brief","id":"../../etc"}');
    expect(posts).toEqual([]);
    expect(shownText(only(answers))).toContain("no longer works");
  });
});

describe("request verification and delivery", () => {
  const body = () => slashCommandBody({ text: seed.id, responseUrl: api.responseUrl(`sig-${++responseSeq}`) });

  it.each([
    ["a forged signature", { signature: `v0=${"0".repeat(64)}` }],
    ["a signature made with another secret", { secret: "not-the-secret" }],
    ["a stale timestamp (over 5 minutes)", { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 }],
    ["no signature header", { omit: ["signature"] as ("signature" | "timestamp")[] }],
    ["no timestamp header", { omit: ["timestamp"] as ("signature" | "timestamp")[] }],
  ])("answers 401 to %s and runs no listener", async (_name, options) => {
    const response = await send(handler, body(), options);
    expect(response.statusCode).toBe(401);
    expect(api.calls).toEqual([]);
  });

  it("accepts a timestamp 4 minutes old (the boundary is 5)", async () => {
    const response = await send(handler, body(), { timestamp: Math.floor(Date.now() / 1000) - 4 * 60 });
    expect(response.statusCode).toBe(200);
    expect(api.calls).toHaveLength(1);
  });

  it("answers a retried delivery once", async () => {
    const b = body();
    const first = await send(handler, b);
    const retry = await send(handler, b, { retryNum: 1 });
    expect([first.statusCode, retry.statusCode]).toEqual([200, 200]);
    expect(api.calls.filter((c) => c.method === "response_url")).toHaveLength(1);
  });

  it("works behind an API Gateway v2 route too", async () => {
    const { response, answers } = await slash(seed.id, { sign: { shape: "api-gateway-v2" } });
    expect(response.statusCode).toBe(200);
    expect(headerOf(only(answers))).toBe(seed.headline);
  });
});

describe("failures", () => {
  it("answers 'couldn't reach the archive' with a correlation id that the log line carries", async () => {
    const lines: string[] = [];
    const config: Config = { ...loadConfig({ ...process.env }), dynamoEndpoint: `http://127.0.0.1:${await closedPort()}` };
    const h = createSlackHandler(config, { store: storeFromConfig(config), log: createLogger({ sink: (l) => lines.push(l) }) });
    const requestId = "4f2a9c1e-0000-4000-8000-000000000000";
    const { response, answers } = await slash(seed.id, { h, sign: { requestId } });
    expect(response.statusCode).toBe(200);
    const answer = only(answers);
    expect(answer.body.response_type).toBe("ephemeral");
    expect(shownText(answer)).toContain("Couldn't reach the archive, try again");
    expect(shownText(answer)).toContain("ref 4f2a9c1e");
    const logged = lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.correlationId === "4f2a9c1e");
    expect(logged.some((l) => l.level === "error" && l.msg === "archive unavailable" && l.code === "UNAVAILABLE")).toBe(true);
    // No secret in any log line.
    expect(lines.join("\n")).not.toContain(TOKEN);
    expect(lines.join("\n")).not.toContain(SECRET);
  });

  it("answers a throttled table 'the archive is busy, try again' (not 'unreachable'), after the client's own retries", async () => {
    const proxy = await startFaultProxy(table.endpoint);
    try {
      proxy.throttle(Infinity);
      const lines: string[] = [];
      const config: Config = { ...loadConfig({ ...process.env }), dynamoEndpoint: proxy.endpoint };
      // A deadline the SDK's retries fit in: this test is about what a throttle is called, not about time.
      const h = createSlackHandler(config, { store: storeFromConfig(config), log: createLogger({ sink: (l) => lines.push(l) }), deadlineMs: 20_000 });
      const answer = only((await slash("France", { h })).answers);
      expect(shownText(answer)).toContain("The archive is busy right now; try again in a few seconds");
      expect(proxy.throttled).toBeGreaterThanOrEqual(2); // the SDK retried before giving up
      expect(lines.some((l) => l.includes('"code":"THROTTLED"'))).toBe(true);
    } finally {
      await proxy.close();
    }
  });

  it("answers a damaged stored story with what is wrong (not 'try again'), logged as MALFORMED_ITEM without its text", async () => {
    const damaged = story("damaged-story", "Harbour reopens after storm damage", "2015-11-01T09:00:00Z", [
      "The harbour reopened on Monday after a storm damaged 14 boats and two piers.",
    ]);
    // A table of its own on the same server: the stories the other tests list (in any order) stay four.
    const tableName = `${table.tableName}-damaged`;
    await ensureTable(table.client, tableName);
    onTestFinished(() => table.client.send(new DeleteTableCommand({ TableName: tableName })).then(() => undefined));
    await new DynamoArticleStore({ client: table.client, tableName }).put(damaged);
    // Someone edits the item by hand: its body no longer matches its content hash.
    const setBody = (paragraphs: string[]) =>
      DynamoDBDocumentClient.from(table.client).send(
        new UpdateCommand({
          TableName: tableName,
          Key: { pk: `${TABLE_KEYS.prefixes.article}${damaged.id}`, sk: TABLE_KEYS.articleSort.latest },
          UpdateExpression: "SET paragraphs = :p",
          ExpressionAttributeValues: { ":p": paragraphs },
        }),
      );
    await setBody(["The harbour reopened on Monday after a storm damaged 14 boats, the secret draft says."]);
    const lines: string[] = [];
    const config = { ...loadConfig({ ...process.env }), tableName };
    const h = createSlackHandler(config, { store: storeFromConfig(config), log: createLogger({ sink: (l) => lines.push(l) }) });
    const answer = only((await slash(damaged.id, { h, sign: { requestId: "7b3e0d2a-0000-4000-8000-000000000000" } })).answers);
    expect(answer.body.response_type).toBe("ephemeral");
    expect(shownText(answer)).toContain("A stored story is damaged");
    expect(shownText(answer)).not.toContain("try again in a moment");
    expect(shownText(answer)).toContain("ref 7b3e0d2a");
    const logged = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(logged.some((l) => l.level === "error" && l.code === "MALFORMED_ITEM" && l.correlationId === "7b3e0d2a")).toBe(true);
    expect(lines.join("\n")).not.toContain("secret draft");
  });

  /** A handler whose answer window (deadline + 1 s) holds a 1 s Retry-After and a retry however slow the first brief. */
  const roomy = (log?: (line: string) => void) =>
    createSlackHandler(loadConfig({ ...process.env }), {
      store: storeFromConfig({ tableName: table.tableName, dynamoEndpoint: table.endpoint }),
      deadlineMs: 10_000,
      ...(log ? { log: createLogger({ sink: log }) } : {}),
    });

  it("retries an answer once when response_url says 429 with a short Retry-After", async () => {
    api.rateLimit("response_url", 1, 1);
    const { response, answers } = await slash(seed.id, { h: roomy() });
    expect(response.statusCode).toBe(200);
    expect(answers.map((a) => a.status)).toEqual([429, 200]);
    expect(response.body).toBe("");
    expect(headerOf(answers[1]!)).toBe(seed.headline);
  });

  it("no retry when its wait would take the ack past Slack's 3 s: the answer goes in the ack instead", async () => {
    // Scaled down: 100 ms for the work and 1 s for the first trip leave 1.1 s, less than Retry-After 1 and a retry. At
    // the defaults (1.8 s + 1 s), a first attempt failing late, its 1 s wait and a 1 s retry took the ack to 4.8 s.
    api.rateLimit("response_url", 1, 1);
    const h = createSlackHandler(loadConfig({ ...process.env }), {
      store: storeFromConfig({ tableName: table.tableName, dynamoEndpoint: table.endpoint }),
      deadlineMs: 100,
      httpTimeoutMs: 1000,
    });
    const { response, answers } = await slash(seed.id, { h });
    expect(response.statusCode).toBe(200);
    expect(answers.map((a) => a.status)).toEqual([429]);
    expect(JSON.parse(String(response.body))).toMatchObject({ text: answers[0]!.body.text, response_type: "ephemeral" });
  });

  it("retries an answer only once: a second short 429 is logged as lost, not retried again", async () => {
    // Each retry sleeps inside Slack's 3 s (Bolt answers only when the listener is done): one is all it can afford.
    api.rateLimit("response_url", 1, 3);
    const lines: string[] = [];
    const { response, answers } = await slash(seed.id, { h: roomy((l) => lines.push(l)) });
    expect(response.statusCode).toBe(200);
    expect(answers.map((a) => a.status)).toEqual([429, 429]);
    expect(lines.map((l) => (JSON.parse(l) as { msg: string }).msg)).toContain("could not answer command via response_url");
    // Not lost: Slack shows a command's ack body as its reply.
    expect(JSON.parse(String(response.body))).toMatchObject({ text: answers[0]!.body.text });
  });

  it("logs, with the correlation id, an answer response_url keeps refusing, and still acks", async () => {
    api.rateLimit("response_url", 30, 1);
    const lines: string[] = [];
    const h = createSlackHandler(loadConfig({ ...process.env }), {
      store: storeFromConfig({ tableName: table.tableName, dynamoEndpoint: table.endpoint }),
      log: createLogger({ sink: (l) => lines.push(l) }),
    });
    const { response, answers } = await slash(seed.id, { h, sign: { requestId: "9c1d5e7f-0000-4000-8000-000000000000" } });
    expect(response.statusCode).toBe(200);
    // Retry-After 30 is past what the deadline allows: one attempt, no sleeping through it.
    expect(answers.map((a) => a.status)).toEqual([429]);
    const logged = lines.map((l) => JSON.parse(l) as { level: string; msg: string; correlationId?: string; error?: { message?: string } });
    const line = logged.find((l) => l.msg === "could not answer command via response_url");
    expect(line).toMatchObject({ level: "error", correlationId: "9c1d5e7f" });
    expect(line?.error?.message).toContain("429");
  });

  it.each([
    ["a response_url Slack never issued (or one past its 30 minutes)", () => undefined, (url: string) => url.replace(/[^/]+$/, "never-issued")],
    // Twice: a single 5xx is retried once (test/slack-respond-retry.test.ts); one that keeps failing is logged.
    ["a response_url answering 500", () => api.inject("response_url", { status: 500 }, 2), (url: string) => url],
  ])("logs %s with the correlation id, and still acks 200", async (_name, arrange, mangle) => {
    arrange();
    const lines: string[] = [];
    const h = createSlackHandler(loadConfig({ ...process.env }), {
      store: storeFromConfig({ tableName: table.tableName, dynamoEndpoint: table.endpoint }),
      log: createLogger({ sink: (l) => lines.push(l) }),
    });
    const responseUrl = mangle(api.responseUrl(`gone-${++responseSeq}`, { channel: "C0NEWS", user: "U0EDITOR" }));
    const response = await send(h, slashCommandBody({ text: seed.id, responseUrl }), { requestId: "5e6f7a8b-0000-4000-8000-000000000000" });
    expect(response.statusCode).toBe(200);
    const line = lines.map((l) => JSON.parse(l) as { msg: string; correlationId?: string }).find((l) => l.msg === "could not answer command via response_url");
    expect(line?.correlationId).toBe("5e6f7a8b");
  });

  it("names every missing setting in a ConfigError", () => {
    expect(() => loadConfig({ NUTGRAF_TABLE: "t", SLACK_BOT_TOKEN: "xoxb-1" })).toThrow(ConfigError);
    try {
      loadConfig({ SLACK_SIGNING_SECRET: " " });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const missing = (error as ConfigError).missing.join(" ");
      for (const name of ["NUTGRAF_TABLE", "SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET"]) expect(missing).toContain(name);
    }
    expect(loadConfig({ NUTGRAF_TABLE: "t", SLACK_BOT_TOKEN: "b", SLACK_SIGNING_SECRET: "s", SLACK_API_URL: "http://x/api" })).toEqual({
      tableName: "t",
      slackBotToken: "b",
      slackSigningSecret: "s",
      slackApiUrl: "http://x/api/",
    });
  });
});

describe("load", () => {
  it("acks 200 concurrent signed /brief requests and answers each exactly once", async () => {
    // On Lambda each container serves one request; here 200 share one event loop with dynalite and the stand-in,
    // so the per-call timeouts (sized for Lambda) are lifted: this test counts answers, it does not time them.
    const config = loadConfig({ ...process.env });
    const client = new DynamoDBClient({
      endpoint: table.endpoint,
      region: "us-east-1",
      credentials: { accessKeyId: "local", secretAccessKey: "local" },
      requestHandler: { connectionTimeout: 60_000, requestTimeout: 60_000 },
    });
    const h = createSlackHandler(config, {
      store: new DynamoArticleStore({ client, tableName: table.tableName }),
      log: createLogger({ sink: () => undefined }),
      httpTimeoutMs: 60_000,
      deadlineMs: 60_000,
      maxInFlight: 1000,
    });
    const n = 200;
    const queries = [seed.id, "France", "latest 3", "figures fr-mourns", "help"];
    const events: Array<{ id: string; event: AwsEvent }> = Array.from({ length: n }, (_, i) => {
      const id = `load-${i}`;
      const responseUrl = api.responseUrl(id, { channel: "C0NEWS", user: `U${i}` });
      return { id, event: signedEvent(slashCommandBody({ text: queries[i % queries.length]!, responseUrl, userId: `U${i}` }), { secret: SECRET }) };
    });
    const responses = await Promise.all(events.map(({ event }) => h(event)));
    client.destroy();
    expect(responses.filter((r) => r.statusCode === 200)).toHaveLength(n);
    const answered = api.calls.filter((c) => c.method === "response_url");
    expect(answered).toHaveLength(n);
    expect(new Set(answered.map((c) => c.responseUrlId))).toEqual(new Set(events.map((e) => e.id)));
    expect(answered.every((c) => c.status === 200)).toBe(true);
    // None of them was an error: each got the answer its query asks for.
    expect(answered.filter((c) => /Couldn't reach|went wrong|busy|slow/.test(shownText(c)))).toEqual([]);
  });
});

import { readFileSync } from "node:fs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { parseJsonArticle, parseWireText } from "#news/article.ts";
import { summarize, type Feedback } from "#lib/feedback/feedback.ts";
import { parseDuration } from "#lib/duration.ts";
import type { DynamoArticleStore } from "#store/dynamo-store.ts";
import { DynamoFeedbackStore, feedbackKey } from "#store/dynamo-feedback.ts";
import { FEEDBACK_ACTIONS } from "#slack/feedback-blocks.ts";
import type { RecordedCall, SlackApi } from "#local/slack-api.ts";
import { feedbackCommand } from "#cli/feedback.ts";
import { main } from "#cli/main.ts";
import { loadConfig } from "#lib/config.ts";
import { createLogger } from "#lib/log.ts";
import { createSlackHandler } from "#slack/app.ts";
import { startTestTable, type TestTable } from "#test/helpers/dynamo.ts";
import { startSlackStack, type SlackStack } from "#test/helpers/slack-stack.ts";
import { blockKitViolations, buttonBody, signedEvent, slashCommandBody, type FunctionUrlHandler } from "#test/helpers/slack-request.ts";

const SECRET = "test-signing-secret-feedback-0123456789";
const TOKEN = "xoxb-test-feedback";
const seed = parseWireText(readFileSync(new URL("../seeds/000_c74584ab3f8b7ef3.txt", import.meta.url), "utf8"));
const changing = parseJsonArticle({
  id: "council-budget",
  headline: "Council agrees budget after long night",
  publishedAt: "2026-11-20T09:00:00Z",
  paragraphs: ["The council agreed a budget of 12 million pounds after a night of talks.", "Libraries will stay open, the leader said."],
});

let table: TestTable;
let api: SlackApi;
let handler: FunctionUrlHandler;
let feedback: DynamoFeedbackStore;
let articles: DynamoArticleStore;
let seq = 0;
/** action_ts values near now, one per press, as Slack stamps them. */
let pressSeconds = Math.floor(Date.now() / 1000) - 3600;
const nextActionTs = () => `${pressSeconds++}.000100`;

let stack: SlackStack;

beforeAll(async () => {
  stack = await startSlackStack({ secret: SECRET, token: TOKEN, stories: [seed, changing] });
  ({ table, api, handler, articles } = stack);
  feedback = new DynamoFeedbackStore({ client: table.client, tableName: table.tableName });
});

afterAll(async () => {
  await stack?.stop();
});

beforeEach(() => {
  expect(blockKitViolations(api.calls)).toEqual([]);
  api.reset();
});

type Button = { action_id: string; value: string; text: { text: string } };

function buttons(call: RecordedCall): Button[] {
  const blocks = call.body.blocks as Array<{ type: string; elements?: Button[] }>;
  return blocks.filter((b) => b.type === "actions").flatMap((b) => b.elements ?? []);
}

/** `/brief <text>` over signed HTTP into the Lambda handler; the one answer it posted to response_url. */
async function slash(text: string): Promise<RecordedCall> {
  const id = `cmd-${++seq}`;
  const responseUrl = api.responseUrl(id, { channel: "C0NEWS", user: "U0EDITOR" });
  const response = await handler(signedEvent(slashCommandBody({ text, responseUrl }), { secret: SECRET }));
  expect(response.statusCode).toBe(200);
  const answers = api.calls.filter((c) => c.responseUrlId === id);
  expect(answers).toHaveLength(1);
  return answers[0]!;
}

/** One button press (a block_actions delivery); returns the HTTP status and the answers posted for it. */
async function press(button: Button, options: { actionTs?: string; userId?: string; retryNum?: number; h?: FunctionUrlHandler } = {}) {
  const id = `press-${++seq}`;
  const responseUrl = api.responseUrl(id, { channel: "C0NEWS", user: options.userId ?? "U0EDITOR" });
  const body = buttonBody({ actionId: button.action_id, value: button.value, responseUrl, blockId: "feedback", ...(options.userId ? { userId: options.userId } : {}), actionTs: options.actionTs ?? nextActionTs() });
  const response = await (options.h ?? handler)(signedEvent(body, { secret: SECRET, ...(options.retryNum !== undefined ? { retryNum: options.retryNum } : {}) }));
  return { status: response.statusCode, answers: api.calls.filter((c) => c.responseUrlId === id) };
}

const stored = async () => feedback.between(new Date(Date.now() - 2 * 86_400_000), new Date(Date.now() + 86_400_000));
const textOf = (call: RecordedCall) => JSON.stringify(call.body.blocks);

describe("feedback buttons on a brief, over signed HTTP into the real handler, stored in local DynamoDB", () => {
  it("puts Useful, Bad bullet… and Wrong figure… under the brief", async () => {
    const card = await slash(seed.id);
    const labels = buttons(card).map((b) => b.text.text);
    expect(labels).toEqual(expect.arrayContaining(["👍 Useful", "Bad bullet…", "Wrong figure…"]));
  });

  it("records a press once, however often Slack delivers it, and says thanks each time", async () => {
    const useful = buttons(await slash(seed.id)).find((b) => b.action_id === FEEDBACK_ACTIONS.useful)!;
    const before = (await stored()).length;
    const actionTs = nextActionTs();
    const first = await press(useful, { actionTs });
    const again = await press(useful, { actionTs });
    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    for (const delivery of [first, again]) expect(textOf(delivery.answers[0]!)).toContain("recorded this brief as useful");
    const records = (await stored()).filter((r) => r.actionTs === actionTs);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ kind: "useful", articleId: seed.id, version: 1, contentHash: seed.contentHash, userId: "U0EDITOR", channelId: "C0NEWS" });
    expect(records[0]!.at).toBe(new Date(Number(actionTs) * 1000).toISOString());
    // Another editor pressing at the same instant is another press.
    await press(useful, { actionTs, userId: "U0OTHER" });
    expect((await stored()).filter((r) => r.actionTs === actionTs)).toHaveLength(2);
    expect((await stored()).length).toBe(before + 2);
  });

  it("answers a press within Slack's 3 s: no retry after a 429 whose wait would take the ack past them", async () => {
    // Scaled down as the command's case in slack.test.ts: 100 ms for the work and 1 s for the answer's first trip
    // leave 1.1 s, less than Retry-After 1 and a retry. The press's answer was retried whatever time was left (at the
    // defaults, 1.8 s of work, a late 429, its 1 s wait and a 1 s retry: 4.8 s), and Slack marked the button failed.
    const useful = buttons(await slash(seed.id)).find((b) => b.action_id === FEEDBACK_ACTIONS.useful)!;
    const lines: string[] = [];
    const h = createSlackHandler(loadConfig({ ...process.env }), { store: articles, deps: { feedback }, log: createLogger({ sink: (l) => lines.push(l) }), deadlineMs: 100, httpTimeoutMs: 1000 });
    api.rateLimit("response_url", 1, 1);
    const { status, answers } = await press(useful, { h });
    expect(status).toBe(200);
    expect(answers.map((a) => a.status)).toEqual([429]);
    expect(lines.map((l) => (JSON.parse(l) as { msg: string }).msg)).toContain("could not answer feedback via response_url");
  });

  it("asks which bullet, and records the one pressed with its sentence", async () => {
    const card = await slash(seed.id);
    const pick = await press(buttons(card).find((b) => b.action_id === FEEDBACK_ACTIONS.pickBullet)!);
    const choices = buttons(pick.answers[0]!);
    expect(choices).toHaveLength(3);
    // Slack refuses a block whose buttons share an action_id.
    expect(new Set(choices.map((c) => c.action_id)).size).toBe(3);
    expect(choices[1]!.text.text).toMatch(/^2\. /);
    const actionTs = nextActionTs();
    await press(choices[1]!, { actionTs });
    const [record] = (await stored()).filter((r) => r.actionTs === actionTs);
    expect(record).toMatchObject({ kind: "bad_bullet", articleId: seed.id });
    expect(record!.sentence).toBeTypeOf("number");
  });

  it("asks which figure, and records the one pressed as the card showed it", async () => {
    const card = await slash(seed.id);
    const pick = await press(buttons(card).find((b) => b.action_id === FEEDBACK_ACTIONS.pickFigure)!);
    const choices = buttons(pick.answers[0]!);
    expect(choices.length).toBeGreaterThan(0);
    const choice = choices.find((c) => c.text.text.startsWith("at least 129"))!;
    const actionTs = nextActionTs();
    await press(choice, { actionTs });
    const [record] = (await stored()).filter((r) => r.actionTs === actionTs);
    expect(record).toMatchObject({ kind: "wrong_figure", figure: "at least 129", figureRank: 0 });
  });

  it("refuses a figure the card did not show (a forged rank past its four), though the brief behind it has a fifth", async () => {
    const card = await slash(seed.id);
    const pick = await press(buttons(card).find((b) => b.action_id === FEEDBACK_ACTIONS.pickFigure)!);
    const choices = buttons(pick.answers[0]!);
    expect(choices).toHaveLength(4);
    const value = JSON.parse(choices[0]!.value) as Record<string, unknown>;
    const before = (await stored()).length;
    // Rank 4 is the seed's fifth figure ("almost 300 searches"): in the brief the press rebuilds, not on the card.
    const forged = await press({ ...choices[0]!, value: JSON.stringify({ ...value, f: 4 }) });
    expect(textOf(forged.answers[0]!)).toContain("no longer on this brief");
    expect((await stored()).length).toBe(before);
  });

  it("answers a forged or stale button without recording anything", async () => {
    const useful = buttons(await slash(seed.id)).find((b) => b.action_id === FEEDBACK_ACTIONS.useful)!;
    const before = (await stored()).length;
    const forged = await press({ ...useful, value: '{"id":"x","v":1}' });
    expect(textOf(forged.answers[0]!)).toContain("no longer works");
    const badTs = await press(useful, { actionTs: "not-a-time" });
    expect(badTs.status).toBe(200);
    expect(textOf(badTs.answers[0]!)).toContain("no longer works");
    expect((await stored()).length).toBe(before);
  });

  it("records feedback against the version the editor saw, even after the story changed", async () => {
    const useful = buttons(await slash(changing.id)).find((b) => b.action_id === FEEDBACK_ACTIONS.useful)!;
    const changed = parseJsonArticle({ ...changing, paragraphs: [...changing.paragraphs, "The vote was 30 to 12."] });
    await articles.put(changed);
    const actionTs = nextActionTs();
    await press(useful, { actionTs });
    const [record] = (await stored()).filter((r) => r.actionTs === actionTs);
    expect(record).toMatchObject({ articleId: changing.id, version: 1, contentHash: changing.contentHash });
    // A button naming a version whose content is not what is stored (a hand-edited table) records nothing.
    const before = (await stored()).length;
    const value = JSON.parse(useful.value) as Record<string, unknown>;
    const stale = await press({ ...useful, value: JSON.stringify({ ...value, h: "0123456789abcdef" }) });
    expect(textOf(stale.answers[0]!)).toContain("has changed");
    expect((await stored()).length).toBe(before);
  });

  it("summarizes a window with nutgraf feedback, complaints first", async () => {
    // Presses of its own, in a week of their own, so the other tests (in any order) change nothing here.
    const week = Date.parse("2025-01-10T12:00:00Z") / 1000;
    const press = (i: number, extra: Partial<Feedback>): Feedback => {
      const actionTs = `${week + i * 60}.000100`;
      return { kind: "useful", articleId: seed.id, version: 1, contentHash: seed.contentHash, userId: "U1", actionTs, at: new Date((week + i * 60) * 1000).toISOString(), ...extra };
    };
    for (const f of [
      press(0, {}),
      press(1, { kind: "bad_bullet", sentence: 3 }),
      press(2, { kind: "bad_bullet", sentence: 3, userId: "U2" }),
      press(3, { kind: "wrong_figure", figure: "at least 129", figureRank: 0, userId: "U2" }),
      press(4, { articleId: changing.id, contentHash: changing.contentHash }),
    ]) {
      expect(await feedback.record(f)).toBe(true);
    }
    const env = { DYNAMODB_ENDPOINT: table.endpoint, NUTGRAF_TABLE: table.tableName };
    const now = new Date("2025-01-12T00:00:00Z");
    const out = await feedbackCommand({ since: "7d", json: false, env, now });
    expect(out).toMatch(/^Feedback 2025-01-05T00:00:00.000Z – 2025-01-12T00:00:00.000Z: 5 presses by 2 editors \(useful 2, bad bullet 2, wrong figure 1\)/);
    // The story with complaints first, by its headline, with what drew them.
    expect(out.indexOf(seed.headline)).toBeLessThan(out.indexOf(changing.headline));
    expect(out).toContain("bad bullets 2 (sentence 3 ×2); wrong figures 1 (at least 129 ×1); useful 1  [version 1]");
    const json = JSON.parse(await feedbackCommand({ since: "1d", json: true, env, now })) as { total: number };
    expect(json.total).toBe(0);
  });

  it("answers a bad --since with the accepted forms (exit 2)", async () => {
    const stderr: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string) => (stderr.push(String(chunk)), true)) as typeof process.stderr.write;
    try {
      expect(await main(["feedback", "--since", "7 fortnights"])).toBe(2);
    } finally {
      process.stderr.write = write;
    }
    expect(stderr.join("")).toMatch(/30m, 6h, 7d or 2w/);
  });
});

describe("feedback records and their summary (pure parts)", () => {
  const base: Feedback = { kind: "useful", articleId: "a", version: 1, contentHash: "h", userId: "U1", actionTs: "1764000000.000100", at: "2025-11-24T16:00:00.000Z" };

  it("keys a press by its day, action_ts and user, and refuses what is not a Slack timestamp", () => {
    expect(feedbackKey("1764000000.000100", "U1")).toEqual({ pk: "FB#2025-11-24", sk: "1764000000.000100#U1" });
    expect(feedbackKey("soon", "U1")).toBeUndefined();
  });

  it("parses durations and names the accepted forms otherwise", () => {
    expect(parseDuration("7d")).toBe(7 * 86_400_000);
    expect(parseDuration("6h")).toBe(6 * 3_600_000);
    expect(parseDuration("6 hours")).toBe(6 * 3_600_000);
    expect(parseDuration("2 Days")).toBe(2 * 86_400_000);
    expect(() => parseDuration("0d")).toThrow(/30m, 6h, 7d or 2w/);
    expect(() => parseDuration("week")).toThrow(/30m, 6h, 7d or 2w/);
    expect(() => parseDuration("6 fortnights")).toThrow(/30m, 6h, 7d or 2w/);
  });

  it("puts the story with most complaints first, with its sentences and figures counted", () => {
    const records: Feedback[] = [
      { ...base, articleId: "b" },
      { ...base, articleId: "b", userId: "U2" },
      { ...base, articleId: "a", kind: "bad_bullet", sentence: 4 },
      { ...base, articleId: "a", kind: "bad_bullet", sentence: 4, userId: "U2" },
      { ...base, articleId: "a", kind: "wrong_figure", figure: "12", figureRank: 0, version: 2 },
    ];
    const s = summarize(records, new Date(0), new Date(1));
    expect(s.byKind).toEqual({ useful: 2, bad_bullet: 2, wrong_figure: 1 });
    expect(s.editors).toBe(2);
    expect(s.stories.map((x) => x.articleId)).toEqual(["a", "b"]);
    expect(s.stories[0]).toMatchObject({ badBullets: 2, wrongFigures: 1, sentences: [{ sentence: 4, presses: 2 }], figures: [{ figure: "12", presses: 1 }], versions: [1, 2] });
    expect(summarize([...records].reverse(), new Date(0), new Date(1))).toEqual(s);
  });
});

describe.each(["dynalite", "dynamodb-local"] as const)("DynamoFeedbackStore on %s", (engine) => {
  let own: TestTable;
  beforeAll(async () => {
    own = await startTestTable(engine);
  }, 60_000);
  afterAll(async () => {
    await own?.stop();
  });

  it("writes a press once (the second put of the same action_ts and user is refused) and reads a window back in order", async () => {
    const store = new DynamoFeedbackStore({ client: own.client, tableName: own.tableName, pageSize: 2 });
    const base: Feedback = { kind: "useful", articleId: "a", version: 1, contentHash: "h", userId: "U1", actionTs: "1764000000.000100", at: "2025-11-24T16:00:00.000Z" };
    expect(await store.record(base)).toBe(true);
    expect(await store.record({ ...base, kind: "bad_bullet", sentence: 2 })).toBe(false);
    expect(await store.record({ ...base, userId: "U2" })).toBe(true);
    // Across midnight UTC: the next day's partition is read too.
    const late: Feedback = { ...base, actionTs: "1764028800.000200", at: "2025-11-25T00:00:00.000Z", kind: "wrong_figure", figure: "12", figureRank: 1 };
    expect(await store.record(late)).toBe(true);
    const read = await store.between(new Date("2025-11-24T00:00:00Z"), new Date("2025-11-26T00:00:00Z"));
    expect(read.map((r) => [r.actionTs, r.userId, r.kind])).toEqual([
      ["1764000000.000100", "U1", "useful"],
      ["1764000000.000100", "U2", "useful"],
      ["1764028800.000200", "U1", "wrong_figure"],
    ]);
    expect(read[2]).toEqual(late);
    expect(await store.between(new Date("2025-11-24T17:00:00Z"), new Date("2025-11-25T00:00:00Z"))).toEqual([]);
    // Half-open inside a day too: presses at exactly `to` are the next window's, at exactly `from` this one's.
    expect(await store.between(new Date("2025-11-24T00:00:00Z"), new Date("2025-11-24T16:00:00Z"))).toEqual([]);
    expect(await store.between(new Date("2025-11-24T16:00:00Z"), new Date("2025-11-24T16:00:00.001Z"))).toHaveLength(2);
  });
});

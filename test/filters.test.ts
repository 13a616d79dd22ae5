import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { parseJsonArticle, type Article } from "#news/article.ts";
import { describeFilter, matchesFilter, parseDigestArgs, parseFilter, tokenize } from "#digest/filters.ts";
import { DynamoSubscriptionStore } from "#store/dynamo-subscriptions.ts";
import type { RecordedCall, SlackApi } from "#local/slack-api.ts";
import type { TestTable } from "#test/helpers/dynamo.ts";
import { startSlackStack, type SlackStack } from "#test/helpers/slack-stack.ts";
import { blockKitViolations, signedEvent, slashCommandBody, type FunctionUrlHandler } from "#test/helpers/slack-request.ts";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe("parsing windows and filters", () => {
  it("reads section: and source:, quoted names with spaces, in any order, leaving the rest", () => {
    const parsed = parseFilter(tokenize('5 source:AP section:"UK politics"'));
    expect(parsed).toEqual({ ok: true, value: { filter: { source: "AP", section: "UK politics" }, rest: ["5"] } });
  });

  it.each([
    ["section:", /names no section/],
    ['section:""', /names no section/],
    ["source:AP source:AFP", /two sources/],
    [`section:${"x".repeat(61)}`, /over 60 characters/],
  ])("refuses %s with the accepted forms", (text, message) => {
    const parsed = parseFilter(tokenize(text));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });

  it("reads since <duration> for a digest, default 24 hours", () => {
    expect(parseDigestArgs("since 6h", DAY)).toEqual({ ok: true, value: { windowMs: 6 * HOUR, filter: {} } });
    expect(parseDigestArgs("section:business since 6 hours", DAY)).toEqual({ ok: true, value: { windowMs: 6 * HOUR, filter: { section: "business" } } });
    expect(parseDigestArgs("last 2d", DAY)).toEqual({ ok: true, value: { windowMs: 2 * DAY, filter: {} } });
    expect(parseDigestArgs("", DAY)).toEqual({ ok: true, value: { windowMs: DAY, filter: {} } });
    // "At most 31 days": 31 is allowed (744 hours), an hour more is not.
    expect(parseDigestArgs("since 31d", DAY)).toEqual({ ok: true, value: { windowMs: 31 * DAY, filter: {} } });
    expect(parseDigestArgs("since 745h", DAY)).toMatchObject({ ok: false, error: expect.stringMatching(/at most 31 days/) });
  });

  it.each([
    ["since", /since what/],
    ["since 6 fortnights", /30m, 6h, 7d or 2w/],
    ["since 40d", /at most 31 days/],
    ["yesterday", /unexpected "yesterday".*since <duration>.*section:<name>/],
    ["since 6h since 2h", /give one window/],
  ])("answers /brief digest %s with the accepted forms", (text, message) => {
    const parsed = parseDigestArgs(text, DAY);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });

  it("matches sections and sources case- and accent-insensitively, and agencies of a shared credit", () => {
    expect(matchesFilter({ section: "Économie" }, { section: "economie" })).toBe(true);
    expect(matchesFilter({ credit: "AP/Reuters" }, { source: "reuters" })).toBe(true);
    expect(matchesFilter({ credit: "APTN" }, { source: "AP" })).toBe(false);
    expect(matchesFilter({}, { section: "world" })).toBe(false);
    // An uncredited story is from no source: a source filter leaves it out (it still passes a section filter alone).
    expect(matchesFilter({ section: "world" }, { source: "AP" })).toBe(false);
    expect(matchesFilter({ section: "world" }, { section: "world" })).toBe(true);
    expect(matchesFilter({ section: "world", credit: "AFP" }, { section: "World", source: "AP" })).toBe(false);
    expect(describeFilter({ section: "world", source: "AP" })).toBe("section world, source AP");
  });
});

// ---- Over signed HTTP into the real handler, on local DynamoDB ----------------------------------------------------

const SECRET = "test-signing-secret-filters-0123456789";
const TOKEN = "xoxb-test-filters";
let table: TestTable;
let api: SlackApi;
let handler: FunctionUrlHandler;
let seq = 0;
const now = Date.now();

function story(id: string, hoursAgo: number, section: string, credit: string, body: string): Article {
  return parseJsonArticle({
    id,
    headline: `${section} story ${id} from ${credit}`,
    publishedAt: new Date(now - hoursAgo * HOUR).toISOString(),
    section,
    credit,
    paragraphs: [body, `It came from ${credit}.`],
  });
}
// Different stories (distinct wording), so the digest's wire-duplicate merge keeps them apart.
const stories = [
  story("biz-ap", 2, "business", "AP", "Steel output rose 4% in October as carmakers ordered more sheet metal, the industry body said."),
  story("world-rt", 3, "world", "Reuters", "Ceasefire talks resumed in Geneva with 12 delegations at the table for the first time since spring."),
  story("biz-afp", 10, "business", "AFP", "A regional airline cut 300 jobs and grounded nine aircraft after fuel costs doubled over the summer."),
  story("old-biz", 30, "business", "AP", "The central bank held interest rates at 3.5% for a fourth month, citing stubborn food prices."),
];
// One event filed by two wires: the same copy, the second re-edited, under another headline.
const FLOOD = [
  "Floods forced 4,000 people from their homes in the river valley overnight, emergency services said on Tuesday.",
  "Rescue crews used boats to reach villages cut off by the water, and two bridges were closed as a precaution.",
  "Forecasters expect more heavy rain on Wednesday, with river levels not due to fall before the weekend.",
];
const floods = [
  parseJsonArticle({ id: "flood-ap", headline: "Floods force 4,000 from homes", publishedAt: new Date(now - 4 * HOUR).toISOString(), section: "weather", credit: "AP", paragraphs: FLOOD }),
  parseJsonArticle({
    id: "flood-afp",
    headline: "Thousands flee rising river",
    publishedAt: new Date(now - 5 * HOUR).toISOString(),
    section: "weather",
    credit: "AFP",
    paragraphs: [FLOOD[0]!.replace("said on Tuesday", "told reporters on Tuesday"), FLOOD[2]!, FLOOD[1]!],
  }),
];

let stack: SlackStack;

beforeAll(async () => {
  stack = await startSlackStack({ secret: SECRET, token: TOKEN, stories: [...stories, ...floods] });
  ({ table, api, handler } = stack);
});

afterAll(async () => {
  await stack?.stop();
});

beforeEach(() => {
  expect(blockKitViolations(api.calls)).toEqual([]);
  api.reset();
});

async function slash(text: string): Promise<string> {
  const id = `cmd-${++seq}`;
  const responseUrl = api.responseUrl(id, { channel: "C0FILTER", user: "U0EDITOR" });
  const response = await handler(signedEvent(slashCommandBody({ text, responseUrl, channelId: "C0FILTER" }), { secret: SECRET }));
  expect(response.statusCode).toBe(200);
  const answers = api.calls.filter((c) => c.responseUrlId === id);
  expect(answers).toHaveLength(1);
  return JSON.stringify((answers[0] as RecordedCall).body.blocks);
}

const ids = (text: string) => stories.map((s) => s.id).filter((id) => text.includes(`story ${id} from`));

describe("/brief with windows and filters", () => {
  it("digest since 6h covers only the last six hours", async () => {
    const text = await slash("digest since 6h");
    expect(ids(text)).toEqual(["biz-ap", "world-rt"]);
    expect(text).toContain("published in the 6 hours to");
  });

  it("digest lists a story filed by two wires once, with both sources", async () => {
    const text = await slash("digest section:weather");
    expect(text.match(/flood-a(p|fp)/g)).toHaveLength(1);
    expect(text).toMatch(/2 filings: (AP, AFP|AFP, AP)/);
    expect(text).toContain("1 story (section weather)");
  });

  it("digest section:business keeps the section's stories of the last 24 hours", async () => {
    const text = await slash("digest section:business");
    expect(ids(text)).toEqual(["biz-ap", "biz-afp"]);
    expect(text).toContain("(section business)");
  });

  it("latest section:business and latest source:AP list only those stories, newest first", async () => {
    expect(ids(await slash("latest section:Business"))).toEqual(["biz-ap", "biz-afp", "old-biz"]);
    expect(ids(await slash("latest source:ap 1"))).toEqual(["biz-ap"]);
    expect(await slash("latest source:TASS")).toContain("No story with source TASS");
  });

  it("answers a bad window or filter with the accepted forms, not a digest", async () => {
    const bad = await slash("digest since 6 fortnights");
    expect(bad).toContain("30m, 6h, 7d or 2w");
    // The accepted forms, escaped so Slack shows <name> instead of reading it as a link.
    expect(bad).toContain("Usage: `/brief digest [since 6h] [section:&lt;name&gt;] [source:&lt;name&gt;]`");
    expect(await slash("latest section:")).toMatch(/names no section/);
    // Words that are not a count or a filter still search headlines, as before.
    expect(await slash("latest business story")).not.toMatch(/names no|Usage/);
  });

  it("subscribes a channel with a section filter, and its digest carries only that section", async () => {
    const at = new Date(now + 2 * 60_000);
    const hhmm = at.toISOString().slice(11, 16);
    expect(await slash(`subscribe ${hhmm} UTC section:world`)).toContain("only section world");
    const subscriptions = new DynamoSubscriptionStore({ client: table.client, tableName: table.tableName });
    expect(await subscriptions.get("C0FILTER")).toMatchObject({ time: hhmm, timeZone: "UTC", section: "world" });
    expect(await slash("subscribe 07:00 UTC section:a section:b")).toMatch(/two sections/);

    const { handler: digest } = await import("#functions/digest.ts");
    const slot = new Date(Math.floor(at.getTime() / 60_000) * 60_000 + 1000);
    const report = await digest({ now: slot.toISOString(), channels: ["C0FILTER"] });
    expect(report.results).toMatchObject([{ channel: "C0FILTER", outcome: "posted" }]);
    const posted = api.calls.find((c) => c.method === "chat.postMessage" && c.body.channel === "C0FILTER")!;
    const text = JSON.stringify(posted.body.blocks);
    expect(ids(text)).toEqual(["world-rt"]);
    expect(text).toContain("(section world)");
  });
});

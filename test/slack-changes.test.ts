import { readFileSync } from "node:fs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { parseJsonArticle, parseWireText } from "#news/article.ts";
import type { RecordedCall, SlackApi } from "#local/slack-api.ts";
import { startSlackStack, type SlackStack } from "#test/helpers/slack-stack.ts";
import { blockKitViolations, shownText, signedEvent, slashCommandBody, type FunctionUrlHandler } from "#test/helpers/slack-request.ts";

// `/brief changes` through the real Lambda entry point (functions/slack.ts), signed as Slack signs, answering
// through the local Slack stand-in; the story's two versions are in a real local DynamoDB.

const SECRET = "changes-test-signing-secret";
const TOKEN = "xoxb-changes-test";
const seed = parseWireText(readFileSync(new URL("../seeds/000_c74584ab3f8b7ef3.txt", import.meta.url), "utf8"));
const update = parseJsonArticle({
  id: seed.id,
  headline: "Paris attacks toll rises to 132 as France seeks EU aid",
  publishedAt: "2015-11-18T09:30:00Z",
  paragraphs: seed.paragraphs.map((p) => p.replace("killed at least 129 people", "killed 132 people")),
  dateline: "Paris",
  credit: "AP",
});
const single = parseJsonArticle({ id: "one-version", headline: "Museum reopens", publishedAt: "2015-11-18T10:00:00Z", text: "The museum reopened on Wednesday." });

let stack: SlackStack;
let api: SlackApi;
let handler: FunctionUrlHandler;
let seq = 0;

beforeAll(async () => {
  stack = await startSlackStack({ secret: SECRET, token: TOKEN, stories: [seed, update, single] });
  ({ api, handler } = stack);
});

afterAll(async () => {
  await stack?.stop();
});

beforeEach(() => api.reset());

async function slash(text: string): Promise<RecordedCall> {
  const id = `changes-${++seq}`;
  const responseUrl = api.responseUrl(id, { channel: "C0NEWS", user: "U0EDITOR" });
  const response = await handler(signedEvent(slashCommandBody({ text, responseUrl }), { secret: SECRET }));
  expect(response.statusCode).toBe(200);
  const answers = api.calls.filter((c) => c.responseUrlId === id);
  expect(answers).toHaveLength(1);
  expect(blockKitViolations(answers)).toEqual([]);
  return answers[0]!;
}

describe("/brief changes", () => {
  it("shows the figure that moved, the new headline and both versions' times", async () => {
    const text = shownText(await slash("changes paris"));
    expect(text).toContain("people killed: at least 129 → 132");
    expect(text).toContain("was: France seeks EU security aid, launches new airstrikes on IS");
    expect(text).toContain("now: Paris attacks toll rises to 132 as France seeks EU aid");
    expect(text).toContain("version 1 (<!date^1447793400^");
    expect(text).toContain("version 2 (<!date^1447839000^");
    expect(text).toContain("Rewritten in the brief");
  });

  it("says so for a story with one version, asks which story when none is named, and is listed in help", async () => {
    expect(shownText(await slash("changes one-version"))).toContain("has one version only");
    expect(shownText(await slash("changes"))).toContain("Which story?");
    expect(shownText(await slash("changes no such story anywhere"))).toContain("No story matches");
    expect(shownText(await slash("help"))).toContain("/brief changes");
  });
});

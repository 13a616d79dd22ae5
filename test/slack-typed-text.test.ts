import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseJsonArticle } from "#news/article.ts";
import { DynamoSubscriptionStore } from "#store/dynamo-subscriptions.ts";
import { slashInto, startSlackStack, type SlackStack } from "#test/helpers/slack-stack.ts";
import { blockKitViolations, shownText } from "#test/helpers/slack-request.ts";

// `/brief` text with `&`, `<` and `>` in it, typed as an editor types it: Slack's client sends them as `&amp;`, `&lt;`
// and `&gt;` (test/helpers/slack-request.ts), through the real Lambda entry point and the Slack stand-in. What the
// editor typed is what is searched for, stored and echoed, never the entities.

const SECRET = "typed-text-signing-secret";
const TOKEN = "xoxb-typed-text";

const story = parseJsonArticle({
  id: "att-q3",
  headline: "AT&T profits jump in third quarter",
  publishedAt: "2026-05-01T08:00:00Z",
  paragraphs: ["AT&T said profits rose 12% in the third quarter.", "The company added 400,000 subscribers."],
  credit: "AP",
  section: "R&D",
});

let stack: SlackStack;
beforeAll(async () => void (stack = await startSlackStack({ secret: SECRET, token: TOKEN, stories: [story] })));
afterAll(() => stack?.stop());

/** What `/brief <typed>` showed the editor (header, then all text), checked as Slack would accept it. */
async function shown(typed: string): Promise<{ header: string | undefined; text: string }> {
  const { status, answers } = await slashInto(stack, SECRET, typed);
  expect([status, answers.length, blockKitViolations(answers)]).toEqual([200, 1, []]);
  const blocks = answers[0]!.body.blocks as Array<{ type: string; text?: { text: string } }>;
  return { header: blocks.find((b) => b.type === "header")?.text?.text, text: shownText(answers[0]!) };
}

describe("what an editor types with & < >", () => {
  it("/brief AT&T profits finds the AT&T story", async () => {
    expect((await shown("AT&T profits")).header).toBe("AT&T profits jump in third quarter");
  });

  it("a headline search that finds nothing quotes the words as typed, escaped once", async () => {
    expect((await shown("Q&A <draft>")).text).toContain("No story matches “Q&amp;A &lt;draft&gt;”");
  });

  it("an entity typed as text stays text: '&lt;' typed is searched for and quoted as '&lt;', not as '<'", async () => {
    // Slack sends a typed "&lt;" as "&amp;lt;": decoding "&amp;" first would make it "&lt;" and then "<".
    expect((await shown("Q&A &lt;draft&gt;")).text).toContain("No story matches “Q&amp;A &amp;lt;draft&amp;gt;”");
  });

  it("latest section:R&D lists the section's story", async () => {
    expect((await shown("latest section:R&D")).text).toContain("AT&amp;T profits jump in third quarter");
  });

  it("subscribe section:R&D stores the section as typed, so the digest finds its stories", async () => {
    await shown("subscribe 07:00 Europe/Paris section:R&D");
    const subscriptions = new DynamoSubscriptionStore({ client: stack.table.client, tableName: stack.table.tableName });
    expect(await subscriptions.get("C0NEWS")).toMatchObject({ section: "R&D" });
  });
});

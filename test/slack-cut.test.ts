import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { RecordedCall } from "#local/slack-api.ts";
import { notice } from "#slack/blocks.ts";
import { registerSubCommand } from "#slack/commands.ts";
import { DynamoSubscriptionStore } from "#store/dynamo-subscriptions.ts";
import { slashInto, startSlackStack, type SlackStack } from "#test/helpers/slack-stack.ts";
import { mrkdwnDamage } from "#test/helpers/mrkdwn-damage.ts";
import { blockKitViolations } from "#test/helpers/slack-request.ts";

// Answers too long for one section, cut to fit: `/brief subscriptions` and `/brief help` through the real Lambda entry
// point (functions/slack.ts), signed as Slack signs, answering through the local Slack stand-in; the subscriptions
// are in a real local DynamoDB. A cut must never leave half an `&amp;`, half a `<#C…>` mention or half an emoji.

const SECRET = "cut-test-signing-secret";
const TOKEN = "xoxb-cut-test";
const SECTION_TEXT = 3000;

let stack: SlackStack;

beforeAll(async () => {
  stack = await startSlackStack({ secret: SECRET, token: TOKEN, stories: [] });
});

afterAll(async () => {
  await stack?.stop();
});

beforeEach(() => stack.api.reset());

/** The one answer `/brief <text>` got, which Slack must accept as it is. */
async function slash(text: string): Promise<RecordedCall> {
  const { status, answers } = await slashInto(stack, SECRET, text);
  expect([status, answers.length, blockKitViolations(answers)]).toEqual([200, 1, []]);
  return answers[0]!;
}

function sectionTexts(call: RecordedCall): string[] {
  return (call.body.blocks as Array<{ type: string; text?: { text: string } }>).filter((b) => b.type === "section").map((b) => b.text!.text);
}

// Names dense with what mrkdwn escapes and with emoji, so wherever 3,000 characters end, it is likely inside one.
const NAME = "R&D & M&A 🗞 <desk> & P&L 🗞 Q&A & S&P 🗞 <wire>";

const subscription = (i: number, source: string) => ({
  channelId: `C0DESK${String(i).padStart(3, "0")}`,
  time: "07:30",
  timeZone: "America/Argentina/ComodRivadavia",
  quietWhenEmpty: true,
  createdBy: "U0EDITOR",
  createdAt: "2026-05-01T08:00:00.000Z",
  section: NAME,
  source,
});

describe("answers longer than a section", () => {
  it("/brief subscriptions cuts its list between entities, mentions and code points, within 3,000 characters", async () => {
    const store = new DynamoSubscriptionStore({ client: stack.table.client, tableName: stack.table.tableName });
    for (let i = 0; i < 40; i++) await store.subscribe(subscription(i, "AP & Reuters"));
    // The first channel's source grows one character a time, so the 3,000th character of the list walks across
    // a whole line of the later ones: mentions, entities and emoji.
    const damaged: string[] = [];
    for (let pad = 0; pad < 48; pad++) {
      await store.subscribe(subscription(0, `AP & Reuters ${"x".repeat(pad)}`));
      const answer = await slash("subscriptions");
      const [list] = sectionTexts(answer);
      const fallback = String(answer.body.text);
      expect(list).toBeDefined();
      expect([list!.length, fallback.length].every((n) => n <= SECTION_TEXT && n > SECTION_TEXT - 400)).toBe(true);
      expect(list!.startsWith("*Digest subscriptions (40)*\n•  <#C0DESK000>  07:30 America/Argentina/ComodRivadavia")).toBe(true);
      // The notification text is mrkdwn too: escaped, and cut as safely.
      for (const problem of mrkdwnDamage(list!)) damaged.push(`pad ${pad}, list: ${problem}`);
      for (const problem of mrkdwnDamage(fallback)) damaged.push(`pad ${pad}, notification: ${problem}`);
      if (!list!.endsWith("…") || !fallback.endsWith("…")) damaged.push(`pad ${pad}: no … where the list was cut`);
    }
    expect(damaged).toEqual([]);
    const last = await slash("subscriptions");
    expect(String(last.body.text)).toContain("C0DESK001 07:30 America/Argentina/ComodRivadavia, quiet on empty days, only section R&amp;D &amp; M&amp;A");
  });

  it("/brief help cuts its list of sub-commands as safely once more of them are registered", async () => {
    const register = (i: number, pad: number) =>
      registerSubCommand({
        name: `desk${i}`,
        usage: `/brief desk${i} <R&D|M&A>`,
        summary: `${"x".repeat(pad)}${NAME}: ${NAME}, ${NAME} ${i}`,
        run: () => Promise.resolve(notice(`desk ${i}`)),
      });
    for (let i = 0; i < 14; i++) register(i, 0);
    const damaged: string[] = [];
    for (let pad = 0; pad < 48; pad++) {
      register(0, pad);
      const list = sectionTexts(await slash("help")).find((t) => t.startsWith("*nutgraf* briefs the stories in the archive:"));
      expect(list).toBeDefined();
      expect(list!.length).toBeLessThanOrEqual(SECTION_TEXT);
      expect(list!.length).toBeGreaterThan(SECTION_TEXT - 400);
      expect(list).toContain("`/brief desk1 &lt;R&amp;D|M&amp;A&gt;`");
      for (const problem of mrkdwnDamage(list!)) damaged.push(`pad ${pad}: ${problem}`);
      if (!list!.endsWith("…")) damaged.push(`pad ${pad}: no … where the list was cut`);
    }
    expect(damaged).toEqual([]);
  });
});

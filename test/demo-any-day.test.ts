import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { previousSlot } from "#digest/slots.ts";
import { parseJsonArticle } from "#news/article.ts";
import { offsetToNow, shiftArticle } from "#news/retime.ts";
import { createDynamoClient } from "#store/dynamo-client.ts";
import { DynamoArticleStore } from "#store/dynamo-store.ts";
import { DynamoSubscriptionStore } from "#store/dynamo-subscriptions.ts";
import { startLocal, type LocalApp } from "#local/server.ts";

// npm start's demo must show stories on any day (issue 14): the seeds move up to the clock, and "Run digest now"
// runs the slot that is due at it.

describe("moving stories in time", () => {
  const story = parseJsonArticle({ headline: "Floods close the valley road", text: "Floods closed the road.", publishedAt: "2026-11-25T07:35:00Z" });

  it("puts the newest story ten minutes before now, on a whole minute, and never in the future", () => {
    for (const now of ["2027-03-01T12:00:00Z", "2031-07-15T23:59:59.999Z", "2026-11-25T07:40:30Z", "2020-01-01T00:00:00Z"]) {
      const moved = shiftArticle(story, offsetToNow(Date.parse(story.publishedAt), new Date(now)));
      const at = Date.parse(moved.publishedAt);
      expect(at, now).toBeLessThanOrEqual(Date.parse(now) - 9 * 60_000);
      expect(at, now).toBeGreaterThan(Date.parse(now) - 11 * 60_000);
      expect(at % 60_000).toBe(0);
      expect(moved.publishedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00Z$/);
    }
  });

  it("keeps the gaps between stories, and each story's id and content hash", () => {
    const older = parseJsonArticle({ headline: "Council meets", text: "The council met.", publishedAt: "2026-11-23T07:10:00Z" });
    const offset = offsetToNow(Date.parse(story.publishedAt), new Date("2030-05-05T10:00:00Z"));
    const [a, b] = [story, older].map((s) => shiftArticle(s, offset));
    expect(Date.parse(a!.publishedAt) - Date.parse(b!.publishedAt)).toBe(Date.parse(story.publishedAt) - Date.parse(older.publishedAt));
    expect(a).toEqual({ ...story, publishedAt: a!.publishedAt });
    expect(b!.id).toBe(older.id);
  });
});

describe("the slot due now", () => {
  const paris = { time: "07:00", timeZone: "Europe/Paris" };

  it("is today's slot once it has passed, else yesterday's, at the local time across daylight saving", () => {
    expect(previousSlot(paris, Date.parse("2026-11-30T06:00:00Z")).toISOString()).toBe("2026-11-30T06:00:00.000Z");
    expect(previousSlot(paris, Date.parse("2026-11-30T05:59:59Z")).toISOString()).toBe("2026-11-29T06:00:00.000Z");
    expect(previousSlot(paris, Date.parse("2026-11-30T23:00:00Z")).toISOString()).toBe("2026-11-30T06:00:00.000Z");
    // The morning after Paris moves to summer time: 07:00 is 05:00 UTC, the day before it was 06:00 UTC.
    expect(previousSlot(paris, Date.parse("2031-03-30T05:30:00Z")).toISOString()).toBe("2031-03-30T05:00:00.000Z");
    expect(previousSlot(paris, Date.parse("2031-03-30T04:30:00Z")).toISOString()).toBe("2031-03-29T06:00:00.000Z");
  });
});

describe("npm start's demo on a day far from the seeds' own dates", () => {
  // A Sunday night years after the seed files' November 2026 dates, just after a daylight-saving change.
  const NOW = new Date("2031-03-30T04:30:00Z");
  let app: LocalApp;

  beforeAll(async () => {
    app = await startLocal({ port: 0, slackDeadlineMs: 60_000, clock: () => NOW });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it("files the newest seed story ten minutes before the clock", async () => {
    const client = createDynamoClient({ endpoint: app.dynamoEndpoint });
    try {
      const [newest] = await new DynamoArticleStore({ client, tableName: app.tableName }).latest(1);
      expect(newest?.publishedAt).toBe("2031-03-30T04:20:00Z");
    } finally {
      client.destroy();
    }
  });

  it("Run digest now posts the slot due at the clock, with stories, once", async () => {
    const client = createDynamoClient({ endpoint: app.dynamoEndpoint });
    try {
      await new DynamoSubscriptionStore({ client, tableName: app.tableName }).subscribe({
        channelId: "C0LOCAL",
        time: "07:00",
        timeZone: "Europe/Paris",
        quietWhenEmpty: false,
        createdBy: "U0EDITOR",
        createdAt: NOW.toISOString(),
      });
    } finally {
      client.destroy();
    }
    const press = async () => (await (await fetch(`${app.url.replace("localhost", "127.0.0.1")}api/digest`, { method: "POST", body: "{}" })).json()) as {
      report: { posted: number; results: Array<{ slot: string; outcome: string; stories?: number; reason?: string }> };
      summary: string;
    };
    const first = await press();
    expect(first.report.posted).toBe(1);
    expect(first.report.results[0]).toMatchObject({ slot: "2031-03-29T07:00", outcome: "posted" });
    expect(first.report.results[0]!.stories).toBeGreaterThan(0);
    expect(first.summary).toContain("slot due now");
    expect((await press()).report.results[0]).toMatchObject({ slot: "2031-03-29T07:00", outcome: "skipped", reason: "already-posted" });
  });
});

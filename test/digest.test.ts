import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { Article } from "#news/article.ts";
import type { Brief } from "#brief/brief.ts";
import type { KeyFigure } from "#brief/figures/card/figure.ts";
import { ZERO_PARTS } from "#brief/rank.ts";
import { buildDigest, rankDigest, type Digest, type DigestStory } from "#digest/digest.ts";
import { dueSubscriptions, nextSlot, slotInstant, zonedTimeToUtc } from "#digest/slots.ts";
import { DIGEST_SCHEDULE, runAtOrAfter, scheduleCron } from "#digest/run-schedule.ts";
import { parseSubscribeArgs, type Subscription } from "#digest/subscriptions.ts";
import { checkSlackMessage } from "#local/block-kit.ts";
import { digestMessage } from "#slack/digest-blocks.ts";

function sub(channelId: string, time: string, timeZone: string, createdAt = "2020-01-01T00:00:00Z"): Subscription {
  return { channelId, time, timeZone, quietWhenEmpty: false, createdBy: "U1", createdAt };
}

const iso = (d: Date) => d.toISOString();

describe("slot instants across time zones and daylight saving", () => {
  it("puts 07:00 Europe/Paris at 06:00Z in winter and 05:00Z in summer", () => {
    expect(iso(slotInstant("2024-03-30", "07:00", "Europe/Paris"))).toBe("2024-03-30T06:00:00.000Z");
    expect(iso(slotInstant("2024-03-31", "07:00", "Europe/Paris"))).toBe("2024-03-31T05:00:00.000Z");
    expect(iso(slotInstant("2024-10-26", "07:00", "Europe/Paris"))).toBe("2024-10-26T05:00:00.000Z");
    expect(iso(slotInstant("2024-10-27", "07:00", "Europe/Paris"))).toBe("2024-10-27T06:00:00.000Z");
  });

  it("moves a time that does not exist on a spring-forward day forward by the gap", () => {
    // Paris skips 02:00–03:00 on 2024-03-31: 02:30 is read as 03:30 CEST (01:30Z).
    expect(iso(slotInstant("2024-03-31", "02:30", "Europe/Paris"))).toBe("2024-03-31T01:30:00.000Z");
    // New York skips 02:00–03:00 on 2024-03-10.
    expect(iso(slotInstant("2024-03-10", "02:15", "America/New_York"))).toBe("2024-03-10T07:15:00.000Z");
  });

  it("takes the first of a time that happens twice on a fall-back day", () => {
    // Paris repeats 02:00–03:00 on 2024-10-27: first at +02:00 (00:30Z), again at +01:00 (01:30Z).
    expect(iso(slotInstant("2024-10-27", "02:30", "Europe/Paris"))).toBe("2024-10-27T00:30:00.000Z");
  });

  it("handles zones with half-hour offsets and no daylight saving", () => {
    expect(iso(zonedTimeToUtc({ year: 2024, month: 6, day: 1, hour: 7, minute: 0 }, "Asia/Kolkata"))).toBe(
      "2024-06-01T01:30:00.000Z",
    );
    expect(iso(slotInstant("2024-06-01", "07:00", "UTC"))).toBe("2024-06-01T07:00:00.000Z");
  });
});

describe("nextSlot", () => {
  const at = (sub: { time: string; timeZone: string }, from: string) => iso(nextSlot(sub, Date.parse(from)));

  it("is today's slot while it is ahead (or now), else tomorrow's, in the subscription's zone", () => {
    const paris = { time: "07:00", timeZone: "Europe/Paris" };
    // 08:00 UTC is 09:00 in Paris (winter): today's 07:00 has passed, so tomorrow's.
    expect(at(paris, "2026-11-25T08:00:00Z")).toBe("2026-11-26T06:00:00.000Z");
    expect(at(paris, "2026-11-25T05:00:00Z")).toBe("2026-11-25T06:00:00.000Z");
    expect(at(paris, "2026-11-25T06:00:00Z")).toBe("2026-11-25T06:00:00.000Z");
  });

  it("puts a late-evening slot that has just passed on the next day, not the day after", () => {
    // 23:45 in London on Mon 1 Jul: the next 23:30 is Tue 2 Jul (22:30Z).
    expect(at({ time: "23:30", timeZone: "Europe/London" }, "2024-07-01T22:45:00Z")).toBe("2024-07-02T22:30:00.000Z");
    expect(at({ time: "22:00", timeZone: "America/New_York" }, "2024-07-02T02:30:00Z")).toBe("2024-07-03T02:00:00.000Z");
  });

  it("steps over daylight-saving days by the local date", () => {
    // Just after 07:00 on the 23-hour and the 25-hour days in Paris.
    expect(at({ time: "07:00", timeZone: "Europe/Paris" }, "2024-03-31T05:01:00Z")).toBe("2024-04-01T05:00:00.000Z");
    expect(at({ time: "07:00", timeZone: "Europe/Paris" }, "2024-10-27T06:01:00Z")).toBe("2024-10-28T06:00:00.000Z");
    // 00:30 on the 25-hour day: today's 23:59 is still ahead.
    expect(at({ time: "23:59", timeZone: "Europe/Paris" }, "2024-10-26T22:30:00Z")).toBe("2024-10-27T22:59:00.000Z");
  });
});

describe("the digest's run schedule (sst.config.ts's cron is built from it)", () => {
  it("fires evenly every hour: the minutes between runs divide 60, the first run's minute falls inside them", () => {
    expect(60 % DIGEST_SCHEDULE.everyMinutes).toBe(0);
    expect(DIGEST_SCHEDULE.offsetMinutes).toBeGreaterThanOrEqual(0);
    expect(DIGEST_SCHEDULE.offsetMinutes).toBeLessThan(DIGEST_SCHEDULE.everyMinutes);
    expect(scheduleCron()).toBe("cron(0/15 * * * ? *)");
    expect(scheduleCron({ everyMinutes: 30, offsetMinutes: 5 })).toBe("cron(5/30 * * * ? *)");
  });

  it("names the first run at or after an instant, on the schedule given", () => {
    const run = (iso: string, schedule = DIGEST_SCHEDULE) => runAtOrAfter(Date.parse(iso), schedule).toISOString();
    expect(run("2024-07-02T05:16:00Z")).toBe("2024-07-02T05:30:00.000Z");
    expect(run("2024-07-02T05:15:00Z")).toBe("2024-07-02T05:15:00.000Z");
    expect(run("2024-07-02T05:15:00.001Z")).toBe("2024-07-02T05:30:00.000Z");
    const halfPastFive = { everyMinutes: 30, offsetMinutes: 5 };
    expect(run("2024-07-02T05:16:00Z", halfPastFive)).toBe("2024-07-02T05:35:00.000Z");
    expect(run("2024-07-02T05:40:00Z", halfPastFive)).toBe("2024-07-02T06:05:00.000Z");
    expect(run("2024-07-02T05:05:00Z", halfPastFive)).toBe("2024-07-02T05:05:00.000Z");
  });
});

describe("dueSubscriptions", () => {
  const paris = sub("CPARIS", "07:00", "Europe/Paris");
  const ny = sub("CNY", "07:00", "America/New_York");
  const tokyo = sub("CTOKYO", "07:00", "Asia/Tokyo");
  const all = [paris, ny, tokyo];

  it("finds the Paris subscription at the right UTC instant on both sides of DST, and no other", () => {
    const winter = dueSubscriptions(all, new Date("2024-03-30T06:00:00Z"));
    expect(winter.map((d) => [d.subscription.channelId, d.slot])).toEqual([["CPARIS", "2024-03-30T07:00"]]);
    expect(dueSubscriptions(all, new Date("2024-03-30T05:00:00Z"))).toEqual([]);

    const summer = dueSubscriptions(all, new Date("2024-03-31T05:10:00Z"));
    expect(summer.map((d) => [d.subscription.channelId, d.slot, iso(d.at)])).toEqual([
      ["CPARIS", "2024-03-31T07:00", "2024-03-31T05:00:00.000Z"],
    ]);
    expect(dueSubscriptions(all, new Date("2024-03-31T06:00:00Z"))).toEqual([]);
  });

  it("uses a half-open window (now − window, now]: a slot is picked by exactly one quarter-hour run", () => {
    const runs = ["2024-07-01T10:45:00Z", "2024-07-01T11:00:00Z", "2024-07-01T11:15:00Z", "2024-07-01T11:30:00Z"];
    const picked = runs.flatMap((r) => dueSubscriptions(all, new Date(r)).map((d) => `${r} ${d.subscription.channelId}`));
    // 07:00 EDT is 11:00Z.
    expect(picked).toEqual(["2024-07-01T11:00:00Z CNY"]);
  });

  it("names the slot (the once-a-day key, and the digest's date) by the channel's own date, not UTC's", () => {
    // 07:00 in Tokyo on 1 July is 22:00Z on 30 June.
    const due = dueSubscriptions([tokyo], new Date("2024-06-30T22:00:00Z"));
    expect(due.map((d) => [d.subscription.channelId, d.slot, iso(d.at)])).toEqual([["CTOKYO", "2024-07-01T07:00", "2024-06-30T22:00:00.000Z"]]);
  });

  it("reports a stored time of 24:00 as unusable (a hand-edited item) and finds no slot for it", () => {
    const reasons: string[] = [];
    const midnight = sub("CMID", "24:00", "Europe/Paris");
    // 24:00 in Paris on 1 July would be 22:00Z; the time is refused before any instant is worked out.
    expect(dueSubscriptions([midnight], new Date("2024-07-01T22:00:00Z"), undefined, (s, why) => reasons.push(`${s.channelId}: ${why}`))).toEqual([]);
    expect(reasons).toEqual(['CMID: time "24:00" is not HH:MM']);
  });

  it("finds yesterday's slot when the window reaches back over local midnight", () => {
    const late = sub("CLATE", "23:55", "Asia/Tokyo");
    // 00:05 JST on 2 July = 15:05Z on 1 July.
    const due = dueSubscriptions([late], new Date("2024-07-01T15:05:00Z"));
    expect(due.map((d) => d.slot)).toEqual(["2024-07-01T23:55"]);
  });

  it("catches up with a wider window, and never posts a slot from before the subscription existed", () => {
    const now = new Date("2024-07-01T11:40:00Z");
    expect(dueSubscriptions([ny], now).length).toBe(0);
    expect(dueSubscriptions([ny], now, 60 * 60_000).map((d) => d.slot)).toEqual(["2024-07-01T07:00"]);
    const fresh = sub("CNEW", "07:00", "America/New_York", "2024-07-01T11:20:00Z");
    expect(dueSubscriptions([fresh], now, 60 * 60_000)).toEqual([]);
  });

  it("on a spring-forward day, a slot inside the gap is due once, an hour of wall time later", () => {
    const gap = sub("CGAP", "02:30", "Europe/Paris");
    const runs = Array.from({ length: 16 }, (_, i) => new Date(Date.parse("2024-03-31T00:00:00Z") + i * 15 * 60_000));
    const due = runs.flatMap((r) => dueSubscriptions([gap], r).map((d) => [iso(r), d.slot]));
    expect(due).toEqual([["2024-03-31T01:30:00.000Z", "2024-03-31T02:30"]]);
  });

  it("on a fall-back day, a slot in the repeated hour is due once, not twice", () => {
    const twice = sub("CTWICE", "02:30", "Europe/Paris");
    const runs = Array.from({ length: 16 }, (_, i) => new Date(Date.parse("2024-10-26T23:00:00Z") + i * 15 * 60_000));
    const due = runs.flatMap((r) => dueSubscriptions([twice], r).map((d) => [iso(r), d.slot]));
    expect(due).toEqual([["2024-10-27T00:30:00.000Z", "2024-10-27T02:30"]]);
  });

  it("fires every subscription exactly once over a year of quarter-hour runs (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.constantFrom("Europe/Paris", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "America/Santiago"),
        fc.integer({ min: 0, max: 360 }),
        (hour, minute, zone, startDay) => {
          const s = sub("C", `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`, zone);
          const start = Date.parse("2024-01-01T00:00:00Z") + startDay * 86_400_000;
          const slots: string[] = [];
          for (let t = start; t < start + 3 * 86_400_000; t += 15 * 60_000) {
            for (const d of dueSubscriptions([s], new Date(t))) slots.push(d.slot);
          }
          // Three days of runs: two or three slots, never a repeat.
          return new Set(slots).size === slots.length && slots.length >= 2 && slots.length <= 4;
        },
      ),
      { seed: 20240331, numRuns: 60 },
    );
  });
});

describe("parseSubscribeArgs", () => {
  it("defaults to 07:00 in the workspace zone", () => {
    expect(parseSubscribeArgs("", "Europe/London")).toEqual({
      ok: true,
      value: { time: "07:00", timeZone: "Europe/London", quietWhenEmpty: false },
    });
  });

  it("reads a time, a zone (any case) and quiet in any order", () => {
    expect(parseSubscribeArgs("quiet america/new_york 6:30", "UTC")).toEqual({
      ok: true,
      value: { time: "06:30", timeZone: "America/New_York", quietWhenEmpty: true },
    });
    expect(parseSubscribeArgs("7 pm Asia/Tokyo", "UTC")).toEqual({
      ok: true,
      value: { time: "19:00", timeZone: "Asia/Tokyo", quietWhenEmpty: false },
    });
    expect(parseSubscribeArgs("12am", "UTC")).toMatchObject({ ok: true, value: { time: "00:00" } });
  });

  it("takes Etc/GMT0 and Etc/GMT+0 as UTC: no sign to read backwards", () => {
    expect(parseSubscribeArgs("Etc/GMT0", "Europe/London")).toMatchObject({ ok: true, value: { timeZone: "UTC" } });
    expect(parseSubscribeArgs("Etc/GMT+0", "Europe/London")).toMatchObject({ ok: true, value: { timeZone: "UTC" } });
  });

  it.each([
    ["25:00", /not a time of day/],
    // The first hour past the day (it would be stored, then never be due) and a 12-hour clock's missing zero.
    ["24:00", /not a time of day/],
    ["0am", /not a time of day/],
    ["7:60", /not a time of day/],
    ["13pm", /not a time of day/],
    ["07:00 Mars/Olympus", /unknown time zone "Mars\/Olympus"/],
    ["07:00 EST", /not a time zone name/],
    ["07:00 +01:00", /fixed offset/],
    // POSIX-signed: Etc/GMT+5 is five hours behind UTC. Where no Etc name mirrors it (UTC−14:00), none is given.
    ["07:00 Etc/GMT+5", /^"Etc\/GMT\+5" is UTC-05:00, not UTC\+05:00: Etc\/GMT names count the other way \(UTC\+05:00 is Etc\/GMT-5\), and/],
    ["07:00 etc/gmt-14", /^"etc\/gmt-14" is UTC\+14:00, not UTC-14:00: Etc\/GMT names count the other way, and/],
    ["07:00 Etc/GMT-12", /\(UTC-12:00 is Etc\/GMT\+12\)/],
    ["07:00 08:00", /two times/],
    ["Europe/Paris Asia/Tokyo", /unexpected "Asia\/Tokyo"/],
  ])("refuses %s with a clear error", (text, message) => {
    const result = parseSubscribeArgs(text, "UTC");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});

// ---------------------------------------------------------------------------------------------------------------

function article(id: string, publishedAt: string, headline = `Story ${id}`): Article {
  return { id, headline, publishedAt, paragraphs: [`Body of ${id}.`], contentHash: id };
}

function figure(kind: KeyFigure["kind"], value: number, display: string, label: string): KeyFigure {
  return { value, display, label, kind, sentence: 0 };
}

function brief(a: Article, scores: number[], figures: KeyFigure[] = []): Brief {
  return {
    article: { id: a.id, headline: a.headline, publishedAt: a.publishedAt },
    bullets: scores.map((score, i) => ({
      text: `Sentence ${i} of ${a.id}.`,
      sentence: i,
      score,
      parts: { ...ZERO_PARTS, centrality: score },
    })),
    figures,
  };
}

function fixture() {
  const arts = [
    article("a1", "2024-07-01T08:00:00Z", "Attack kills at least 129"),
    article("a2", "2024-07-01T09:00:00Z", "Budget row"),
    article("a3", "2024-07-01T10:00:00Z", "Tie newer"),
    article("a4", "2024-07-01T07:00:00Z", "Tie older"),
    article("a5", "2024-07-01T10:00:00Z", "Tie same time, later id"),
    article("a0", "2024-07-01T10:00:00Z", "Tie same time, earlier id"),
    article("a6", "2024-07-01T06:00:00Z", "Quiet story"),
  ];
  const briefs = new Map<string, Brief>([
    ["a1", brief(arts[0]!, [0.9, 0.8, 0.2], [figure("casualties", 129, "at least 129", "people killed")])],
    ["a2", brief(arts[1]!, [0.5, 0.4], [figure("money", 2e9, "$2bn", "budget gap")])],
    ["a3", brief(arts[2]!, [0.5, 0.5], [figure("count", 12, "12", "arrests")])],
    ["a4", brief(arts[3]!, [0.5, 0.5], [figure("count", 12, "12", "arrests")])],
    ["a5", brief(arts[4]!, [0.5, 0.5], [figure("count", 12, "12", "arrests")])],
    ["a0", brief(arts[5]!, [0.5, 0.5], [figure("count", 12, "12", "arrests")])],
    ["a6", brief(arts[6]!, [0.3])],
  ]);
  return { arts, briefs };
}

describe("rankDigest", () => {
  it("ranks by newsworthiness, then newest first, then id", () => {
    const { arts, briefs } = fixture();
    expect(rankDigest(arts, briefs).map((r) => r.article.id)).toEqual(["a1", "a2", "a0", "a3", "a5", "a4", "a6"]);
  });

  it("gives the same order for every input order (shuffled store reads)", () => {
    const { arts, briefs } = fixture();
    const expected = JSON.stringify(rankDigest(arts, briefs));
    fc.assert(
      fc.property(fc.shuffledSubarray(arts, { minLength: arts.length, maxLength: arts.length }), (shuffled) => {
        return JSON.stringify(rankDigest(shuffled, briefs)) === expected;
      }),
      { seed: 7, numRuns: 50 },
    );
  });
});

describe("buildDigest and its Slack message", () => {
  const since = new Date("2024-07-01T05:00:00Z");
  const until = new Date("2024-07-02T05:00:00Z");

  it("keeps the top 5 stories with 2 bullets in reading order and the top figure", () => {
    const { arts, briefs } = fixture();
    const digest = buildDigest(arts, briefs, { since, until, timeZone: "Europe/Paris" });
    expect(digest.total).toBe(7);
    expect(digest.date).toBe("2024-07-02");
    expect(digest.stories.map((s) => s.id)).toEqual(["a1", "a2", "a0", "a3", "a5"]);
    expect(digest.stories[0]).toMatchObject({
      headline: "Attack kills at least 129",
      bullets: ["Sentence 0 of a1.", "Sentence 1 of a1."],
      figure: { display: "at least 129", label: "people killed" },
    });
  });

  it("gives a story's best two bullets in reading order, and names a window closing at local midnight for the day it closes", () => {
    const a = article("b1", "2024-07-01T08:00:00Z");
    // The best two are sentence 2 (0.9) and sentence 0 (0.8). 22:00Z is midnight in Paris (CEST, UTC+2): the window
    // covers 1 July there, and its last instant is on 1 July.
    const digest = buildDigest([a], new Map([["b1", brief(a, [0.8, 0.2, 0.9])]]), { since, until: new Date("2024-07-01T22:00:00Z"), timeZone: "Europe/Paris" });
    expect(digest.stories[0]?.bullets).toEqual(["Sentence 0 of b1.", "Sentence 2 of b1."]);
    expect(digest.date).toBe("2024-07-01");
  });

  it("renders a message within Block Kit limits, with a text fallback and escaped markup", () => {
    const { arts, briefs } = fixture();
    const a = article("x1", "2024-07-01T11:00:00Z", `Cats & dogs <script> ${"very long headline ".repeat(30)}`);
    const huge = brief(a, [0.99, 0.98], [figure("casualties", 5000, "5,000", "people <displaced>")]);
    huge.bullets = huge.bullets.map((b) => ({ ...b, text: `${"A very long sentence & more. ".repeat(200)}` }));
    const digest = buildDigest([...arts, a], new Map([...briefs, ["x1", huge]]), { since, until });
    const message = digestMessage(digest);
    expect(checkSlackMessage(message).problems).toEqual([]);
    expect(message.text).toContain("Cats &amp; dogs &lt;script&gt;");
    const json = JSON.stringify(message.blocks);
    expect(json).not.toContain("<script>");
    expect(json).toContain("&lt;displaced&gt;");
  });

  it("keeps five stories with the longest links, headlines, bullets and sources within the 10k block budget", () => {
    // A link is block text too: a CMS URL of near 1,000 characters on every story once took a digest to 14k.
    const url = `https://news.example.com/${"a-very-long-slug-".repeat(16)}`; // 297 characters: still linked
    const tooLong = `https://news.example.com/${"a-very-long-slug-".repeat(57)}`;
    const arts = ["l1", "l2", "l3", "l4", "l5"].map((id, i) => ({
      ...article(id, `2024-07-01T1${i}:00:00Z`, `${"A headline that runs on and on ".repeat(12)}${id}`),
      url: i === 4 ? tooLong : url,
      credit: "C".repeat(200),
      dateline: "D".repeat(200),
    }));
    const briefs = new Map(
      arts.map((a) => {
        const b = brief(a, [0.9, 0.8], [figure("money", 2e9, "$2bn", `${"budget gap ".repeat(40)}`)]);
        b.bullets = b.bullets.map((x) => ({ ...x, text: "A very long sentence & more. ".repeat(60) }));
        return [a.id, b] as const;
      }),
    );
    const message = digestMessage(buildDigest(arts, briefs, { since, until }));
    expect(JSON.stringify(message.blocks)).toContain(`<${url}|`);
    expect(JSON.stringify(message.blocks)).not.toContain(tooLong);
    expect(checkSlackMessage(message).problems).toEqual([]);
  });

  it("cuts a story section past Slack's 3,000 characters between entities, never inside an '&amp;'", () => {
    // Eight bullets at the bullet budget pass a section's limit; a plain slice ended the text on "&am".
    const bullet = "Costs & fees rose. ".repeat(40);
    // Headlines of every length over one repeat of the bullet's 23 escaped characters: one cut falls in each entity spot.
    for (let pad = 0; pad < 23; pad++) {
      const story: DigestStory = { id: "long1", headline: `Long story${"x".repeat(pad)}`, publishedAt: "2024-07-01T10:00:00Z", bullets: Array.from({ length: 8 }, () => bullet), newsworthiness: 1 };
      const digest: Digest = { since: "2024-07-01T00:00:00Z", until: "2024-07-02T00:00:00Z", timeZone: "UTC", date: "2024-07-02", total: 1, stories: [story] };
      const section = digestMessage(digest).blocks.find((b) => b.type === "section" && JSON.stringify(b).includes("Long story"));
      const text = section?.type === "section" ? (section.text?.text ?? "") : "";
      // Cut (and marked) at the end of a whole bullet, as cutMrkdwn prefers: still most of the section.
      expect(text.length).toBeGreaterThan(1500);
      expect(text.length).toBeLessThanOrEqual(3000);
      expect(text.endsWith("…")).toBe(true);
      expect(text.replace(/&(?:amp|lt|gt);/g, "")).not.toContain("&");
    }
  });

  it("keeps five stories within the 10k block budget when each is merged from many wires and was updated too", () => {
    // The "N filings: AP, Reuters, …" line (up to 200 characters of credits) was block text the budget never paid
    // for: five merged stories at their longest came to 10.6k, Slack refused the blocks (msg_blocks_too_long) and
    // the channel got the headlines-only fallback instead of the digest.
    const wires = Array.from({ length: 30 }, (_, j) => `Wire agency ${j}`);
    const longest = (i: number, extras: Partial<DigestStory>): DigestStory => ({
      id: `merged${i}`,
      headline: `${"A headline that runs on and on ".repeat(12)}${i}`,
      publishedAt: `2024-07-01T1${i}:00:00Z`,
      credit: "C".repeat(200),
      dateline: "D".repeat(200),
      bullets: ["A very long sentence & more. ".repeat(60), "Another long sentence & more. ".repeat(60)],
      figure: { display: "9".repeat(100), label: "budget gap ".repeat(40) },
      newsworthiness: 1,
      sources: wires,
      merged: wires.slice(1).map((_, j) => `copy${i}-${j}`),
      ...extras,
    });
    const update = { fromVersion: 1, toVersion: 9, moved: Array.from({ length: 10 }, () => "people killed: at least 129 → 132"), headlineChanged: true };
    const url = `https://news.example.com/${"a-very-long-slug-".repeat(16)}`;
    for (const extras of [{}, { update }, { url }, { url, update }]) {
      const digest: Digest = {
        since: "2024-07-01T00:00:00Z",
        until: "2024-07-02T00:00:00Z",
        timeZone: "UTC",
        date: "2024-07-02",
        total: 40,
        filter: `section ${"s".repeat(300)}`,
        stories: [1, 2, 3, 4, 5].map((i) => longest(i, extras)),
      };
      const message = digestMessage(digest);
      expect(checkSlackMessage(message).problems, JSON.stringify(Object.keys(extras))).toEqual([]);
      // Every story still says how many filings it stands for, and still has words of both bullets.
      expect(JSON.stringify(message.blocks).match(/30 filings: Wire agency 0/g)).toHaveLength(5);
      for (const block of message.blocks.filter((b) => b.type === "section").slice(0, 5)) {
        expect(JSON.stringify(block)).toMatch(/A very long sentence[\s\S]*Another long sentence/);
      }
    }
  });

  it("says there is nothing new on an empty day", () => {
    const digest = buildDigest([], new Map(), { since, until, timeZone: "UTC" });
    expect(digest.stories).toEqual([]);
    const message = digestMessage(digest);
    expect(message.text).toMatch(/no new stories/i);
    expect(checkSlackMessage(message).problems).toEqual([]);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Brief } from "#brief/brief.ts";
import type { KeyFigure } from "#brief/figures/card/figure.ts";
import { ZERO_PARTS } from "#brief/rank.ts";
import {
  briefCard,
  checkBlockLimits,
  decodeShareValue,
  encodeShareValue,
  escapeMrkdwn,
  figuresCard,
  fitMrkdwn,
  helpMessage,
  latestList,
  LIMITS,
  notFoundMessage,
  slackDate,
  truncate,
  type Block,
} from "#slack/blocks.ts";
import { parseCommand, registerSubCommand, subCommands } from "#slack/commands.ts";
import { checkSlackMessage } from "#local/block-kit.ts";
import { cutMrkdwn } from "#slack/cut-mrkdwn.ts";
import { mrkdwnDamage } from "#test/helpers/mrkdwn-damage.ts";

const parts = { ...ZERO_PARTS, centrality: 0.5, position: 0.2, headline: 0.1, figures: 0.1, length: 0.1 };

function figure(display: string, label: string, sentence = 0): KeyFigure {
  return { value: 1, display, label, kind: "count", sentence };
}

function brief(headline: string, bullets: string[], figures: KeyFigure[] = [], id = "abc123def456"): Brief {
  return {
    article: { id, headline, publishedAt: "2015-11-17T20:50:00Z", credit: "AP", dateline: "Paris", byline: "admin" },
    bullets: bullets.map((text, sentence) => ({ text, sentence, score: 1 - sentence / 10, parts })),
    figures,
  };
}

const section = (text: string): Block => ({ type: "section", text: { type: "mrkdwn", text } });

describe("mrkdwn text", () => {
  it("escapes &, < and > (and nothing else)", () => {
    expect(escapeMrkdwn("AT&T <b> 5 > 3 *bold* _it_")).toBe("AT&amp;T &lt;b&gt; 5 &gt; 3 *bold* _it_");
  });

  it("truncates with a marker, on a word boundary when one is near, never splitting a surrogate pair", () => {
    expect(truncate("short", 10)).toBe("short");
    expect(truncate("the quick brown fox jumps", 12)).toBe("the quick…");
    const emoji = "😀".repeat(10); // 20 UTF-16 units
    const cut = truncate(emoji, 6);
    expect(cut.length).toBeLessThanOrEqual(6);
    expect(cut).toBe("😀😀…");
  });

  it("fits escaped text in the limit without ever cutting an entity in half", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", " ", "&", "<", ">", "é", "😀"), maxLength: 400 }), fc.integer({ min: 8, max: 300 }), (raw, max) => {
        const out = fitMrkdwn(raw, max);
        expect(out.length).toBeLessThanOrEqual(max);
        // Every & starts a whole entity.
        expect(out.replace(/&(amp|lt|gt);/g, "")).not.toContain("&");
        expect(out).not.toMatch(/[<>]/);
        if (escapeMrkdwn(raw).length <= max) expect(out).toBe(escapeMrkdwn(raw));
      }),
      { numRuns: 300 },
    );
  });

  it("cuts built mrkdwn only between entities, mentions, dates and code points, within the limit", () => {
    const piece = fc.constantFrom("a", " ", "\n", "é", "😀", "&amp;", "&lt;", "&gt;", "<#C0DESK01>", "<!date^1447793400^{date_short_pretty} {time}|2015-11-17>");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 120 }), fc.integer({ min: 8, max: 300 }), (pieces, max) => {
        const built = pieces.join("");
        const out = cutMrkdwn(built, max);
        expect(out.length).toBeLessThanOrEqual(max);
        expect(mrkdwnDamage(out)).toEqual([]);
        if (built.length <= max) expect(out).toBe(built);
        else expect(out.endsWith("…") && built.startsWith(out.slice(0, -1).trimEnd())).toBe(true);
      }),
      { numRuns: 300 },
    );
    // A list keeps whole items when a line ends in the second half of the room.
    expect(cutMrkdwn("• <#C01> one\n• <#C02> two &amp; three", 22)).toBe("• <#C01> one…");
  });

  it("writes dates as Slack date tokens with an ISO fallback", () => {
    expect(slackDate("2015-11-17T20:50:00Z")).toBe("<!date^1447793400^{date_short_pretty} {time}|2015-11-17T20:50:00Z>");
    expect(slackDate("2015-11-17T21:50:00+01:00")).toBe("<!date^1447793400^{date_short_pretty} {time}|2015-11-17T20:50:00Z>");
  });
});

describe("checkBlockLimits", () => {
  const ok = { text: "fallback", blocks: [section("hello")] };

  it("accepts a well-formed message", () => {
    expect(checkBlockLimits(ok)).toEqual([]);
    expect(checkBlockLimits({ delete_original: true })).toEqual([]);
  });

  it.each<[string, unknown, RegExp]>([
    ["no fallback text", { blocks: [section("x")] }, /text fallback is missing/],
    ["51 blocks", { text: "t", blocks: Array.from({ length: 51 }, () => section("x")) }, /51 blocks \(max 50\)/],
    ["a 3,001-char section", { text: "t", blocks: [section("x".repeat(3001))] }, /3001 chars \(max 3000\)/],
    ["11 fields", { text: "t", blocks: [{ type: "section", fields: Array.from({ length: 11 }, () => ({ type: "mrkdwn", text: "f" })) }] }, /11 fields/],
    ["a 2,001-char field", { text: "t", blocks: [{ type: "section", fields: [{ type: "mrkdwn", text: "f".repeat(2001) }] }] }, /field 0 is 2001 chars/],
    ["a 151-char header", { text: "t", blocks: [{ type: "header", text: { type: "plain_text", text: "h".repeat(151) } }] }, /header is 151 chars/],
    ["an empty header", { text: "t", blocks: [{ type: "header", text: { type: "plain_text", text: " " } }] }, /header text is empty/],
    ["a mrkdwn header", { text: "t", blocks: [{ type: "header", text: { type: "mrkdwn", text: "h" } }] }, /header needs plain_text/],
    ["11 context elements", { text: "t", blocks: [{ type: "context", elements: Array.from({ length: 11 }, () => ({ type: "mrkdwn", text: "c" })) }] }, /11 elements/],
    ["a 76-char button", { text: "t", blocks: [{ type: "actions", elements: [{ type: "button", action_id: "a", text: { type: "plain_text", text: "b".repeat(76) } }] }] }, /button 0 text/],
    ["a 2,001-char value", { text: "t", blocks: [{ type: "actions", elements: [{ type: "button", action_id: "a", text: { type: "plain_text", text: "b" }, value: "v".repeat(2001) }] }] }, /value is 2001 chars/],
    ["over 10,000 chars in all", { text: "t", blocks: Array.from({ length: 4 }, () => section("x".repeat(2501))) }, /msg_blocks_too_long/],
    ["over 10,000 chars of field text", { text: "t", blocks: Array.from({ length: 6 }, () => ({ type: "section", fields: [{ type: "mrkdwn", text: "f".repeat(1700) }] })) }, /msg_blocks_too_long/],
    ["an unknown block", { text: "t", blocks: [{ type: "carousel" }] }, /unknown block type/],
    ["an empty section", { text: "t", blocks: [{ type: "section" }] }, /needs text or fields/],
  ])("reports %s", (_name, message, expected) => {
    const problems = checkBlockLimits(message);
    expect(problems.some((p) => expected.test(p)), problems.join("; ")).toBe(true);
  });
});

describe("checkBlockLimits agrees with Slack's published limits (local/block-kit.ts, coded separately)", () => {
  const nonBlank = (max: number) => fc.integer({ min: 1, max }).map((n) => "x".repeat(n));
  const textObject = (max: number) => nonBlank(max).map((text) => ({ type: "mrkdwn", text }));
  const block = fc.oneof(
    nonBlank(170).map((text) => ({ type: "header", text: { type: "plain_text", text } })),
    textObject(3200).map((text) => ({ type: "section", text })),
    fc.array(textObject(2200), { minLength: 1, maxLength: 12 }).map((fields) => ({ type: "section", fields })),
    fc.tuple(textObject(400), fc.array(textObject(2200), { minLength: 1, maxLength: 4 })).map(([text, fields]) => ({ type: "section", text, fields })),
    fc.array(textObject(600), { minLength: 1, maxLength: 12 }).map((elements) => ({ type: "context", elements })),
    fc.constant({ type: "divider" }),
  );

  it("accepts exactly what Slack accepts, for messages of every block nutgraf builds", () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 12 }), (blocks) => {
        const message = { text: "fallback", blocks };
        expect(checkBlockLimits(message).length === 0).toBe(checkSlackMessage(message).error === undefined);
      }),
      { numRuns: 400, seed: 2867 },
    );
  });
});

describe("cards", () => {
  const figures = [figure("at least 129", "people killed"), figure("seven", "attackers"), figure("28-nation", "bloc")];

  it("builds the brief card: header, source context, bullets, figure fields, why, share button", () => {
    const card = briefCard(brief("France seeks EU aid", ["One.", "Two & three.", "Four."], figures), {
      share: { kind: "brief", id: "abc123def456", bullets: 3 },
      note: "2 other stories matched",
    });
    expect(checkSlackMessage(card).problems).toEqual([]);
    expect(card.blocks.map((b) => b.type)).toEqual(["header", "context", "section", "section", "context", "actions"]);
    expect(JSON.stringify(card.blocks[1])).toContain("`abc123def456`");
    expect(JSON.stringify(card.blocks[1])).toContain("2 other stories matched");
    expect((card.blocks[2] as { text: { text: string } }).text.text).toBe("•  One.\n•  Two &amp; three.\n•  Four.");
    expect((card.blocks[3] as { fields: Array<{ text: string }> }).fields[0]!.text).toBe("*at least 129*\npeople killed");
    expect(card.text).toContain("France seeks EU aid");
    const shared = briefCard(brief("France seeks EU aid", ["One."], figures), { sharedBy: "U1" });
    expect(shared.blocks.some((b) => b.type === "actions")).toBe(false);
    expect(JSON.stringify(shared.blocks)).toContain("Shared by <@U1>");
  });

  it("keeps any brief, however large, within every limit and marks what it cut", () => {
    const huge = brief(
      "H&<>".repeat(200),
      Array.from({ length: 10 }, (_, i) => `${i} ${"word & <tag> ".repeat(600)}`),
      Array.from({ length: 14 }, (_, i) => figure("9".repeat(300), `label ${i} `.repeat(400))),
      "x".repeat(64),
    );
    for (const card of [briefCard(huge, { share: { kind: "brief", id: "x".repeat(64), bullets: 10 } }), figuresCard(huge, { sharedBy: "U1" })]) {
      expect(checkSlackMessage(card).problems).toEqual([]);
    }
    expect(JSON.stringify(briefCard(huge).blocks)).toMatch(/more cut to fit Slack's limits/);
    expect(JSON.stringify(briefCard(huge).blocks)).toContain("Some text was cut");
  });

  it("never produces a message Slack would reject, for arbitrary briefs", () => {
    const text = fc.string({ unit: fc.constantFrom("a", "b", " ", "&", "<", ">", ".", "😀", "é"), maxLength: 4000 });
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.array(text, { maxLength: 10 }), fc.array(fc.tuple(text, text), { maxLength: 12 }), (headline, bullets, figs) => {
        const b = brief(headline || "h", bullets, figs.map(([d, l]) => figure(d || "1", l)));
        expect(checkSlackMessage(briefCard(b, { share: { kind: "brief", id: "abc", bullets: 10 } })).problems).toEqual([]);
        expect(checkSlackMessage(figuresCard(b)).problems).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it("posts a card even for a blank headline and no bullets", () => {
    const card = briefCard(brief("   ", []));
    expect(checkSlackMessage(card).problems).toEqual([]);
    expect(card.text).toBe("Story abc123def456");
  });

  it("lists up to 20 stories within the limits", () => {
    const briefs = Array.from({ length: 20 }, (_, i) => brief(`Story ${i} ${"long ".repeat(100)}`, ["x".repeat(5000)], [], `id${i}`));
    const list = latestList(briefs, 50);
    expect(checkSlackMessage(list).problems).toEqual([]);
    expect(list.blocks.filter((b) => b.type === "section")).toHaveLength(20);
    expect(JSON.stringify(list.blocks.at(-1))).toContain("at most 20");
    expect(JSON.stringify(latestList([], 5).blocks)).toContain("archive is empty");
  });

  it("writes help and not-found messages that pass the limits", () => {
    expect(checkSlackMessage(helpMessage([{ usage: "/brief x", summary: "y" }])).problems).toEqual([]);
    const nf = notFoundMessage("<script>&".repeat(100));
    expect(checkSlackMessage(nf).problems).toEqual([]);
    expect(JSON.stringify(nf.blocks)).toContain("/brief latest");
    expect(JSON.stringify(nf.blocks)).not.toContain("<script>");
  });
});

describe("share button value", () => {
  it("round-trips and rejects anything else", () => {
    const value = { kind: "brief" as const, id: "abc123def456", bullets: 4 };
    expect(decodeShareValue(encodeShareValue(value))).toEqual(value);
    expect(decodeShareValue(encodeShareValue({ kind: "figures", id: "x" }))).toEqual({ kind: "figures", id: "x" });
    for (const bad of [undefined, "", "not json", '{"k":"brief"}', '{"k":"other","id":"a"}', '{"k":"brief","id":"a/b"}', "x".repeat(2001)]) {
      expect(decodeShareValue(bad)).toBeUndefined();
    }
    expect(decodeShareValue('{"k":"brief","id":"a","b":99}')).toEqual({ kind: "brief", id: "a" });
  });
});

describe("parseCommand", () => {
  it("routes sub-commands, help and lookups", () => {
    expect(parseCommand("")).toEqual({ kind: "help", reason: "empty" });
    expect(parseCommand("  HELP ")).toEqual({ kind: "help", reason: "asked" });
    expect(parseCommand("latest 3")).toEqual({ kind: "sub", name: "latest", args: "3" });
    expect(parseCommand("Figures  paris   attacks")).toEqual({ kind: "sub", name: "figures", args: "paris attacks" });
    expect(parseCommand("digest")).toEqual({ kind: "sub", name: "digest", args: "" });
    expect(parseCommand("paris attacks")).toEqual({ kind: "lookup", query: "paris attacks" });
    expect(parseCommand("c74584ab3f8b")).toEqual({ kind: "lookup", query: "c74584ab3f8b" });
  });

  it("lets another module register a sub-command, which help then lists", () => {
    registerSubCommand({ name: "ping", usage: "/brief ping", summary: "answers pong", run: async () => ({ text: "pong", blocks: [] }) });
    expect(parseCommand("ping now")).toEqual({ kind: "sub", name: "ping", args: "now" });
    expect(subCommands().map((c) => c.name)).toContain("ping");
    expect(LIMITS.blocks).toBe(50);
  });
});

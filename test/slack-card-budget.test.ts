import { describe, expect, it } from "vitest";
import type { Brief } from "#brief/brief.ts";
import type { KeyFigure } from "#brief/figures/card/figure.ts";
import { ZERO_PARTS } from "#brief/rank.ts";
import { briefCard, figureField, latestList } from "#slack/blocks.ts";
import { whyText } from "#slack/why-blocks.ts";
import { checkSlackMessage, SLACK_LIMITS } from "#local/block-kit.ts";

/**
 * The card's share of Slack's message-wide text budget, at its edges. The large-brief test elsewhere cuts bullets of
 * 1,200 characters, so whatever it leaves unused hides a budget that forgets a block: here bullet lengths sweep
 * one character at a time, so some card lands within a few characters of the limit. Slack's limits come from the
 * stand-in's own table (local/block-kit.ts), not from the builder's.
 */

const parts = { ...ZERO_PARTS, centrality: 0.5, position: 0.2, headline: 0.1, figures: 0.1, length: 0.1 };

function figure(display: string, label: string): KeyFigure {
  return { value: 1, display, label, kind: "count", sentence: 0 };
}

function brief(headline: string, bullets: string[], figures: KeyFigure[] = [], id = "abc123def456"): Brief {
  return {
    article: { id, headline, publishedAt: "2015-11-17T20:50:00Z", credit: "AP", dateline: "Paris", byline: "admin" },
    bullets: bullets.map((text, sentence) => ({ text, sentence, score: 1 - sentence / 10, parts })),
    figures,
  };
}

/** Characters of text in a message's blocks, counted as the stand-in counts them (every text object). */
function blockText(message: { blocks: readonly unknown[] }): number {
  let total = 0;
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === "object") {
      const o = v as Record<string, unknown>;
      if ((o.type === "mrkdwn" || o.type === "plain_text") && typeof o.text === "string") total += o.text.length;
      else Object.values(o).forEach(walk);
    }
  };
  walk(message.blocks);
  return total;
}

describe("the brief card within Slack's 10k block-text budget, at the edge", () => {
  it("stays within it for every bullet length, with the real 'why these' lines and a full header", () => {
    const failures: string[] = [];
    let nearest = 0;
    for (let length = 700; length <= 1200; length++) {
      const bullets = Array.from({ length: 10 }, (_, i) => `${i} ${"w".repeat(length - 2)}`);
      const b = brief("H".repeat(400), bullets, Array.from({ length: 4 }, (_, i) => figure("9".repeat(50), `label ${i} `.repeat(30))));
      const card = briefCard(b, { share: { kind: "brief", id: b.article.id, bullets: 10 }, why: whyText(b) });
      const verdict = checkSlackMessage(card);
      if (verdict.error) failures.push(`${length}: ${verdict.problems.join("; ")}`);
      nearest = Math.max(nearest, blockText(card));
    }
    expect(failures).toEqual([]);
    // The sweep did reach the edge: some card came within one bullet of the limit (not a test that cannot fail).
    expect(nearest).toBeGreaterThan(SLACK_LIMITS.blockTextBudget - 1300);
  });

  it("never joins two bullet lines into a section over 3,000 characters", () => {
    // Lines of 1,499 to 1,501 characters: two of them and the newline between sit on the 3,000 boundary.
    for (const lineLength of [1499, 1500, 1501]) {
      const text = "w".repeat(1200);
      const fixed = `•  ${text}  <|in story ↗>`.length;
      const link = `https://news.example/s#${"x".repeat(lineLength - fixed - 23)}`;
      const b = brief("Two long bullets", [text, text]);
      const card = briefCard(b, { bulletLinks: [link, link] });
      const lines = card.blocks.flatMap((block) => (block.type === "section" && block.text ? [block.text.text] : []));
      expect(lines.join("\n")).toContain(link);
      expect(checkSlackMessage(card).problems).toEqual([]);
    }
  });

  it("keeps figure fields to their share, so long labels do not crowd the bullets out", () => {
    const bullets = Array.from({ length: 4 }, (_, i) => `${i} ${"w".repeat(998)}`);
    const b = brief("Crowded", bullets, Array.from({ length: 4 }, (_, i) => figure("9".repeat(300), `label ${i} `.repeat(300))));
    const card = briefCard(b);
    expect(checkSlackMessage(card).problems).toEqual([]);
    const text = JSON.stringify(card.blocks);
    for (let i = 0; i < 4; i++) expect(text).toContain(`${i} ${"w".repeat(998)}`);
    expect(text).not.toContain("more cut to fit");
  });

  it("writes a figure field of at most its max, display and caption together", () => {
    for (const max of [30, 300, 850, 2000]) {
      const field = figureField(figure("9".repeat(3000), "label ".repeat(1000)), max);
      expect(field.text.length).toBeLessThanOrEqual(max);
      expect(field.text.length).toBeGreaterThan(max - 10);
    }
  });
});

describe("/brief latest's hint", () => {
  it("says 'at most 20' only when the cap, not the archive, stopped the list", () => {
    const three = Array.from({ length: 3 }, (_, i) => brief(`Story ${i}`, ["Top."], [], `id${i}`));
    expect(JSON.stringify(latestList(three, 10).blocks)).not.toContain("at most");
    const twenty = Array.from({ length: 20 }, (_, i) => brief(`Story ${i}`, ["Top."], [], `id${i}`));
    expect(JSON.stringify(latestList(twenty, 21).blocks)).toContain("(at most 20)");
    expect(JSON.stringify(latestList(twenty, 20).blocks)).not.toContain("at most");
  });
});

import { describe, expect, it } from "vitest";
import { explainParts } from "#brief/explain.ts";
import type { Brief } from "#brief/brief.ts";
import { ZERO_PARTS, type ScoreParts } from "#brief/rank.ts";
import { whyText } from "#slack/why-blocks.ts";
import { briefCard, checkBlockLimits } from "#slack/blocks.ts";

const parts = (p: Partial<ScoreParts>): ScoreParts => ({ ...ZERO_PARTS, ...p });

describe("explainParts: the score parts in an editor's words", () => {
  it("names what counted, weightiest first", () => {
    // With the checked-in weights: position 0.4 × 1 outweighs centrality 0.2 × 1, then headline 0.3 × 0.6, figures 0.05 × 1.
    expect(explainParts(parts({ position: 1, headline: 0.6, centrality: 1, figures: 1 }))).toEqual([
      "the opening sentence",
      "central to the story",
      "shares the headline's words",
      "has figures",
    ]);
    // position 0.4 × 0.5 ties length 0.2 × 1 (the tie goes to position, listed first), then headline 0.3 × 0.25.
    expect(explainParts(parts({ position: 0.5, length: 1, headline: 0.25 }))).toEqual(["near the top", "a full, self-contained sentence", "shares some headline words"]);
    // length 0.2 × 1 outweighs position 0.4 × 0.35 (a reason from 0.5 up only: so not said at all).
    expect(explainParts(parts({ position: 0.35, length: 1 }))).toEqual(["a full, self-contained sentence"]);
  });

  it("leaves out parts too small to be a reason", () => {
    expect(explainParts(parts({ position: 0.4, centrality: 0.49, headline: 0.19, length: 0.9 }))).toEqual(["the strongest of the remaining sentences"]);
  });

  it("is a pure function of the parts (same words, same order, every time)", () => {
    const p = parts({ position: 0.8, centrality: 0.7, headline: 0.5, figures: 1, length: 1 });
    expect(explainParts(p)).toEqual(explainParts({ ...p }));
  });
});

describe("whyText: the card's why line", () => {
  const brief: Brief = {
    article: { id: "a1", headline: "H", publishedAt: "2026-11-24T08:00:00Z" },
    bullets: [
      { text: "Profits at <Smith & Co> rose 5% to $1bn, the firm said on Monday.", sentence: 0, score: 0.7, parts: parts({ position: 1, figures: 1 }) },
      { text: "Short one.", sentence: 4, score: 0.3, parts: parts({ centrality: 0.9 }) },
    ],
    figures: [],
  };

  it("quotes each bullet's opening words, escaped, with its reasons", () => {
    const text = whyText(brief);
    expect(text).toContain("_“Profits at &lt;Smith &amp; Co&gt;…”_ — the opening sentence, has figures");
    expect(text).toContain("_“Short one.”_ — central to the story");
    expect(text).not.toMatch(/<Smith/);
  });

  it("fits the card within Block Kit limits", () => {
    const card = briefCard(brief, { why: whyText(brief) });
    expect(checkBlockLimits(card)).toEqual([]);
    expect(JSON.stringify(card.blocks)).toContain("Why these bullets");
  });
});

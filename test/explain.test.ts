import { describe, expect, it } from "vitest";
import { explainParts } from "#brief/explain.ts";
import type { Brief } from "#brief/brief.ts";
import { DEFAULT_WEIGHTS, ZERO_PARTS, type ScoreParts } from "#brief/rank.ts";
import { whyText } from "#slack/why-blocks.ts";
import { briefCard } from "#slack/blocks.ts";
import { checkSlackMessage } from "#local/block-kit.ts";

const parts = (p: Partial<ScoreParts>): ScoreParts => ({ ...ZERO_PARTS, ...p });

describe("explainParts: the score parts in an editor's words", () => {
  it("names what counted, weightiest first", () => {
    // Weights of their own (the second round's), so a retune of DEFAULT_WEIGHTS does not change what these say.
    const weights = { ...DEFAULT_WEIGHTS, position: 0.4, centrality: 0.2, headline: 0.3, figures: 0.05, length: 0.2 };
    // position 0.4 × 1 outweighs centrality 0.2 × 1, then headline 0.3 × 0.6, figures 0.05 × 1.
    expect(explainParts(parts({ position: 1, headline: 0.6, centrality: 1, figures: 1 }), weights)).toEqual([
      "the opening sentence",
      "central to the story",
      "shares the headline's words",
      "has figures",
    ]);
    // position 0.4 × 0.5 ties length 0.2 × 1 (the tie goes to position, listed first), then headline 0.3 × 0.25.
    expect(explainParts(parts({ position: 0.5, length: 1, headline: 0.25 }), weights)).toEqual(["near the top", "a full, self-contained sentence", "shares some headline words"]);
    // length 0.2 × 1 outweighs position 0.4 × 0.35 (a reason from 0.5 up only: so not said at all).
    expect(explainParts(parts({ position: 0.35, length: 1 }), weights)).toEqual(["a full, self-contained sentence"]);
  });

  describe("the newer parts: overlap, fraction, forward", () => {
    // Weights of their own, so a retune of DEFAULT_WEIGHTS does not change what these examples say.
    const weights = { ...DEFAULT_WEIGHTS, position: 0.4, centrality: 0.2, length: 0.2, overlap: 0.05, fraction: 0.1, forward: 0.3 };

    it("names each from 0.5 (0.75 for fraction) up, by weight × part among the others", () => {
      // length 0.2 × 1 = 0.2, forward 0.3 × 0.6 = 0.18, fraction 0.1 × 0.8 = 0.08, overlap 0.05 × 1 = 0.05.
      expect(explainParts(parts({ length: 1, forward: 0.6, fraction: 0.8, overlap: 1 }), weights)).toEqual([
        "a full, self-contained sentence",
        "taken up by the sentences after it",
        "in the first quarter of the story",
        "shares many words with the rest of the story",
      ]);
      expect(explainParts(parts({ overlap: 0.5 }), weights)).toEqual(["shares many words with the rest of the story"]);
      expect(explainParts(parts({ forward: 0.5 }), weights)).toEqual(["taken up by the sentences after it"]);
      expect(explainParts(parts({ fraction: 0.75 }), weights)).toEqual(["in the first quarter of the story"]);
      // Just under each cut-off: not a reason.
      expect(explainParts(parts({ overlap: 0.49, forward: 0.49, fraction: 0.74 }), weights)).toEqual(["the strongest of the remaining sentences"]);
    });

    it("says a sentence is early in the story only when its place in the count did not already say so", () => {
      expect(explainParts(parts({ position: 1, fraction: 1 }), weights)).toEqual(["the opening sentence"]);
      expect(explainParts(parts({ position: 0.5, fraction: 0.9 }), weights)).toEqual(["near the top"]);
      // Sentence 9 of 40 with positionScale 8: position 0.47 says nothing; the story's first quarter does.
      expect(explainParts(parts({ position: 0.47, fraction: 0.775 }), weights)).toEqual(["in the first quarter of the story"]);
    });

    it("never names a part the weights ignore or count against", () => {
      const p = parts({ overlap: 1, forward: 1, fraction: 1, position: 0.4, centrality: 1 });
      expect(explainParts(p, { ...weights, forward: 0 })).toEqual(["central to the story", "in the first quarter of the story", "shares many words with the rest of the story"]);
      expect(explainParts(p, { ...weights, forward: 0, overlap: -0.05, fraction: 0, centrality: 0 })).toEqual(["the strongest of the remaining sentences"]);
    });
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
    // Judged by the Slack stand-in's own table of limits, not the builder's checker.
    expect(checkSlackMessage(card).problems).toEqual([]);
    expect(JSON.stringify(card.blocks)).toContain("Why these bullets");
  });
});

// A rank only hoped for (prospect.ts): "with the chance of becoming the 1,000th number one" ranks as a hypothetical
// does, below the place reached, "now the 999th number one" (blind sample AH's shape, informed; made-up sentences).
import { describe, expect, it } from "vitest";
import { cardCandidates } from "#brief/figures/card/candidates.ts";
import { pickFigures } from "#brief/figures/card/card.ts";
import { CARD_WEIGHTS } from "#brief/figures/card/weights.ts";
import { articleSentences } from "#news/sentences.ts";
import { exact } from "#test/helpers/figures.ts";

/** The card of `limit` figures of these paragraphs, every sentence equally salient, under a headline naming none. */
function card(paragraphs: string[], limit: number) {
  const s = articleSentences({ paragraphs });
  const options = { salience: paragraphs.map(() => 1), headline: "News in brief" };
  return pickFigures(cardCandidates(s, options), s.length, limit, CARD_WEIGHTS).map(exact);
}

const rank = (value: number, label: string) => ({ value, qualifier: undefined, unit: undefined, label, type: "ordinal" });

describe("a rank hoped for ranks below the place reached", () => {
  it("'the chance of becoming the 1,000th number one' waits behind 'now the 999th number one', said before it", () => {
    const paragraphs = [
      "The next single has the chance of becoming the 1,000th number one in UK pop history.",
      "The song is now the 999th number one in UK pop history.",
    ];
    expect(card(paragraphs, 1)).toEqual([rank(999, "number one")]);
  });

  it("a rank reached is no prospect: 'became the 1,000th number one' keeps its place first", () => {
    const paragraphs = ["The next single became the 1,000th number one in UK pop history.", "The song was the 999th number one in UK pop history."];
    expect(card(paragraphs, 1)).toEqual([rank(1000, "number one")]);
  });

  it("a past told ahead is no prospect: 'would become the 1,000th number one' keeps its place first", () => {
    const paragraphs = ["A year later the single would become the 1,000th number one.", "The song was the 999th number one in UK pop history."];
    expect(card(paragraphs, 1)).toEqual([rank(1000, "number one")]);
  });
});

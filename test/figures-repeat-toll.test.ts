// The card's repeat penalty (card.ts): a figure whose label is already on the card counts for less, so a series (race
// times, a crowd counted twice) does not crowd out everything else; but two tolls under one label whose values lie
// CardWeights.apart times or more apart are two facts (blind sample AH, informed: a year's toll and one since 2000).
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

const toll = (value: number, qualifier: string, label: string) => ({ value, qualifier, unit: undefined, label, type: "count" });

describe("the repeat penalty frees a second toll of another size", () => {
  it("'almost 22,000 people died' in an earlier quake beside 'At least 3,200 people died': two tolls on the card", () => {
    const paragraphs = [
      "At least 3,200 people died in the quake on Saturday.",
      "More than 400 volunteers joined the rescue.",
      "In the 1934 quake, the worst on record, almost 22,000 people died.",
    ];
    expect(card(paragraphs, 2)).toEqual([toll(3200, "at least", "people died"), toll(22000, "almost", "people died")]);
  });

  it("'apart' is inclusive: a toll exactly five times another is a second fact, one a little under five is a series", () => {
    const paragraphs = (earlier: string) => [
      "At least 3,200 people died in the quake on Saturday.",
      "More than 400 volunteers joined the rescue.",
      `In the 1934 quake, the worst on record, ${earlier} people died.`,
    ];
    expect(card(paragraphs("16,000"), 2)).toEqual([toll(3200, "at least", "people died"), { value: 16000, qualifier: undefined, unit: undefined, label: "people died", type: "count" }]);
    expect(card(paragraphs("15,000"), 2)).toEqual([toll(3200, "at least", "people died"), toll(400, "more than", "volunteers")]);
  });

  it("tolls of one size are still a series: 'Eleven people were injured' waits behind '400 volunteers'", () => {
    const paragraphs = [
      "At least 15 people were injured in the blast.",
      "More than 400 volunteers joined the rescue.",
      "Eleven people were injured in the second blast.",
    ];
    expect(card(paragraphs, 2)).toEqual([toll(15, "at least", "people injured"), toll(400, "more than", "volunteers")]);
  });

  it("only tolls: a crowd counted twice, ten times apart, is a series ('4,000 fans' waits behind '30 arrests')", () => {
    const paragraphs = ["More than 400 fans watched the first game.", "More than 4,000 fans watched the second game.", "Police made 30 arrests."];
    expect(card(paragraphs, 2)).toEqual([toll(400, "more than", "fans"), { value: 30, qualifier: undefined, unit: undefined, label: "arrests", type: "count" }]);
  });

  it("four race times do not crowd the card: after '9.85 seconds' the places come before '9.91 seconds'", () => {
    const paragraphs = [
      "Smith won the 100m in 9.85 seconds.",
      "Jones was second in 9.91 seconds.",
      "Brown was third in 9.97 seconds.",
      "Green was fourth in 10.02 seconds.",
      "The stadium holds 60,000 fans.",
    ];
    expect(card(paragraphs, 4)).toEqual([
      { value: 60000, qualifier: undefined, unit: undefined, label: "fans", type: "count" },
      { value: 9.85, qualifier: undefined, unit: undefined, label: "100m time", type: "measure" },
      { value: 2, qualifier: undefined, unit: undefined, label: "place of Jones", type: "rank" },
      { value: 3, qualifier: undefined, unit: undefined, label: "place of Brown", type: "rank" },
    ]);
  });
});

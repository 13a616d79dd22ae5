// A background duration in the story's first two sentences is the news' own span and ranks above the same duration
// later in the story (news-span.ts, CardWeights.span); a match clock's minutes stay background wherever they stand.
import { describe, expect, it } from "vitest";
import { cardCandidates } from "#brief/figures/card/candidates.ts";
import { cardScore } from "#brief/figures/card/card.ts";
import { CARD_WEIGHTS } from "#brief/figures/card/weights.ts";
import { articleSentences } from "#news/sentences.ts";

/** Each candidate of a made-up article as display, period and span. */
const spans = (text: string) =>
  cardCandidates(articleSentences({ paragraphs: [text] })).map((c) => [c.figure.display, c.signals.period, c.signals.span]);

describe("the news' own span", () => {
  it("'deliberated for more than six hours' in the first sentence is a span", () => {
    expect(spans("The jury deliberated for more than six hours on Monday without reaching a verdict.")).toEqual([["more than six", true, true]]);
  });

  it("'their first league title in nine years' in the second sentence is a span", () => {
    expect(spans("Fans packed the square on Sunday. City won their first league title in nine years.")).toEqual([["nine", true, true]]);
  });

  it("the span weighs `span` times the same background duration", () => {
    const [c] = cardCandidates(articleSentences({ paragraphs: ["The jury deliberated for more than six hours on Monday."] }));
    if (c === undefined) throw new Error("no candidate");
    const ratio = cardScore(c.signals, 1, CARD_WEIGHTS) / cardScore({ ...c.signals, span: false }, 1, CARD_WEIGHTS);
    expect(ratio).toBeCloseTo(CARD_WEIGHTS.span);
  });
});

describe("near misses: background stays background", () => {
  it("the same duration in the third sentence is no span", () => {
    expect(spans("The council approved the plan on Monday. Residents had campaigned against it. The vote came after a debate lasting more than six hours.")).toEqual([["more than six", true, false]]);
  });

  it("a match clock's 'after 30 minutes' in the second sentence is no span", () => {
    expect(spans("Rovers won at home on Saturday. Jones doubled the lead after 30 minutes with a header.")).toEqual([["30", true, false]]);
  });

  it("a count in the first sentence is no span", () => {
    expect(spans("Lawyers for the bakery owner called 40 witnesses.")).toEqual([["40", false, false]]);
  });
});

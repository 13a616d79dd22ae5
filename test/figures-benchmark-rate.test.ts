// A second rate in a lead sentence that gives the story's own change is the rate that change is set against, and counts
// what the story is about as the change does (benchmark-rate.ts; a blind sample's made-up shape). Every sentence here
// is made up.
import { describe, expect, it } from "vitest";
import { cardCandidates } from "#brief/figures/card/candidates.ts";
import { articleSentences } from "#news/sentences.ts";
import { headlineCard, want } from "#test/helpers/figures.ts";

/** Each candidate's value and whether it counts what the story is about, under the headline. */
const about = (headline: string, paragraphs: string[]) => cardCandidates(articleSentences({ paragraphs }), { headline }).map((c) => [c.figure.value, c.signals.about]);

const percent = (value: number, label: string) => want(value, undefined, "%", label, "percent");

describe("benchmark-rate.ts: the rate a lead's change is set against is the story's own", () => {
  const headline = "Council tax to rise by 4.9% in most of England";
  const paragraphs = [
    "Council tax bills in most of England will rise by 4.9% from April, over double the inflation rate, now 2.1%.",
    "The government said 150 councils would be allowed to raise the charge without holding a local vote.",
    "Councils with social care duties may add up to 2p in the pound on top.",
    "The average band D bill will reach £2,280 a year.",
    "The Local Government Association said its members faced a funding gap of £4bn.",
  ];

  it("the inflation rate a tax rise is set against is on the card, the 2p power off it", () => {
    // Was 4.9%, 150 councils, £4bn, £2,280, up to 2p: the inflation rate sixth.
    expect(headlineCard(headline, paragraphs)).toEqual([
      percent(4.9, "rise in most"),
      want(150, undefined, undefined, "councils", "count"),
      percent(2.1, "inflation rate"),
      want(4e9, undefined, "GBP", "funding gap", "money"),
      want(2280, undefined, "GBP", "average band D bill a year", "money"),
    ]);
  });

  it("a share index's move beside a company's share move in the second sentence counts the story too", () => {
    const lead = ["Harbour Foods issued a profit warning on Monday.", "Its shares fell 12% while the FTSE 100 gained 0.4%."];
    expect(about("Harbour Foods shares fall after profit warning", lead)).toEqual([[12, true], [0.4, true]]);
  });

  it("near miss: a rate in the third sentence beside the change is not lifted (past the lead)", () => {
    const story = ["Harbour Foods issued a profit warning on Monday.", "The firm blamed a wet summer.", "Its shares fell 12% while the FTSE 100 gained 0.4%."];
    expect(about("Harbour Foods shares fall after profit warning", story)).toEqual([[12, true], [0.4, false]]);
  });

  it("near miss: two rates of a lead sentence neither of which is the story's own stay as they were", () => {
    expect(about("Bakery chain opens in Leeds", ["Food prices rose 3.1% last year while wages grew 1.2%."])).toEqual([[3.1, false], [1.2, false]]);
  });

  it("near miss: a count beside the lead's change is not a rate and is not lifted", () => {
    expect(about("Council tax to rise by 4.9%", ["Council tax will rise by 4.9% for 24 million homes."])).toEqual([[4.9, true], [24e6, false]]);
  });
});

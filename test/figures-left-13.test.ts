// Card faults the twelfth round's audit (card-audit-15.md, sample I) and rev12 found and left, each fixed by a general
// rule (branch left13): each test is a one-sentence repro with the exact figure expected, and fails with its fix reverted.
import { describe, expect, it } from "vitest";
import { findFigures } from "#brief/figures/card.ts";
import { everyNumber } from "#brief/figures/every.ts";
import { articleSentences, readSentences } from "#news/sentences.ts";
import { at, exact, figs } from "#test/helpers/figures.ts";

/** The card's figures of paragraphs as the brief reads them, with what the cleaner left out (fact boxes, cut clauses). */
function briefFigures(...paragraphs: string[]) {
  const { sentences, leftOut } = readSentences({ paragraphs });
  return findFigures(sentences, { limit: 50, leftOut });
}

describe("lonely-label.ts: a label of words that name nothing takes a dimension or the governing verb's subject", () => {
  it("'dragged face first for 3ft along a pavement' is a distance (was '3ft — along')", () => {
    expect(exact(at("He was dragged face first for 3ft along a pavement.", 3))).toEqual({ value: 3, qualifier: undefined, unit: "ft", label: "distance", type: "measure" });
  });
  it("'A property in Kincumber, north of Sydney, went from $889,000' is the property's (was '$889,000 — to')", () => {
    const text = "A property in Kincumber, north of Sydney, went from $889,000 to a 55 per cent cut.";
    expect(exact(at(text, 889000))).toEqual({ value: 889000, qualifier: undefined, unit: "USD", label: "property", type: "money" });
  });
});

describe("cut-clause.ts: a paragraph whose subject the source cut is read by the card when it is a whole clause", () => {
  it("'finished third in 7.27 seconds in a high-class women's 60m.' after a story sentence is the 60m time (was left out as a fragment)", () => {
    const found = briefFigures("Britain's athletes were in action over the weekend.", "finished third in 7.27 seconds in a high-class women's 60m.");
    expect(found.map(exact)).toEqual([{ value: 7.27, qualifier: undefined, unit: undefined, label: "60m time", type: "measure" }]);
  });
  it("a tail opening on a preposition stays out: 'in the final, which drew a crowd of 12,000 fans, …' (not: any fragment that ends a sentence)", () => {
    expect(briefFigures("Britain's athletes were in action over the weekend.", "in the final, which drew a crowd of 12,000 fans, she set a record.")).toEqual([]);
  });
});

describe("odds.ts: betting odds N/M before a word of betting are a ratio, not a date", () => {
  it("'placed Levy's novel as the 6/4 favourite to win' lists 6 and 4 as other, no candidate (was a date)", () => {
    const text = "Bookmaker William Hill has placed London-based Levy's novel as the 6/4 favourite to win.";
    const numbers = everyNumber(articleSentences({ paragraphs: [text] })).map((n) => ({ ...exact(n), candidate: n.candidate }));
    expect(numbers).toEqual([
      { value: 6, qualifier: undefined, unit: undefined, label: "", type: "other", candidate: false },
      { value: 4, qualifier: undefined, unit: undefined, label: "", type: "other", candidate: false },
    ]);
  });
  it("'On 6/4 the favourite won' stays a date: the betting word must follow the pair", () => {
    expect(everyNumber(articleSentences({ paragraphs: ["On 6/4 the favourite won the race."] })).map((n) => n.type)).toEqual(["date"]);
  });
});

describe("sentence.ts: a fact-box line kept in the story ('Price: £4million.') is named by its heading, not as a fallback", () => {
  const story = ["A house once owned by a wartime codebreaker is on the market.", "It has two cottages and a tennis court."];
  it("'Price: £4million.' is the price, and ranks as money the story names, above 'two — cottages' (was a fallback label, ranked below)", () => {
    expect(briefFigures(...story, "Price: £4million.").map(exact)).toEqual([
      { value: 4000000, qualifier: undefined, unit: "GBP", label: "price", type: "money" },
      { value: 2, qualifier: undefined, unit: undefined, label: "cottages", type: "count" },
    ]);
  });
  it("'Total: £4million.' names no thing, so it stays a fallback below the cottages (not: any heading)", () => {
    expect(briefFigures(...story, "Total: £4million.").map((f) => f.label)).toEqual(["cottages", "total"]);
  });
});

describe("unit-after.ts: a spaced 'm' is metres after an athlete's verb or before a size", () => {
  it("'He ran 100 m in 9.58 seconds' keeps the 100 m, a distance run (was dropped: 'm' read as a noun)", () => {
    expect(exact(at("He ran 100 m in 9.58 seconds.", 100))).toEqual({ value: 100, qualifier: undefined, unit: "m", label: "run", type: "measure" });
  });
  it("'1.2 m people' stays no length: a spaced 'm' before a noun is not metres", () => {
    expect(exact(at("Some 1.2 m people have been forced to flee.", 1.2))?.unit).toBeUndefined();
  });
});

describe("falling-to.ts: after a verb of falling, 'N to M' is a fall from N to M, as with 'from'", () => {
  it("'The term was reduced 12 to 9 months' is 9 months, from 12 (was '12 — term', a count of its own)", () => {
    const found = figs("The term was reduced 12 to 9 months.");
    expect(found.map(exact)).toEqual([{ value: 9, qualifier: undefined, unit: "months", label: "months", type: "duration" }]);
    expect(found[0]?.previous).toBe(12);
  });
  it("'Profits fell £12m to £9m' keeps both amounts: money may fall by N (not: any falling pair)", () => {
    expect(figs("Profits fell £12m to £9m.").map((f) => f.value)).toEqual([12000000, 9000000]);
  });
});

// A percent change set beside the amount it changes is a change in what that amount counts ("increase in penalty
// notices"), not the change noun alone ("increase"), which says how but not what.
import { describe, expect, it } from "vitest";
import { at, exact } from "#test/helpers/figures.ts";

const percent = (value: number, label: string) => ({ value, qualifier: undefined, unit: "%", label, type: "percent" });

describe("a change beside its amount", () => {
  it("'217 penalty notices were issued … -- an increase of 61 per cent' → increase in penalty notices", () => {
    const s = "The latest Ofqual figures show 217 penalty notices were issued to schools and colleges for malpractice in 2013 -- an increase of 61 per cent on the previous year.";
    expect(exact(at(s, 61))).toEqual(percent(61, "increase in penalty notices"));
  });

  it("'a collective turnover of £1 billion last year -- a 22 per cent increase from 2010' → increase in collective turnover", () => {
    const s = "Research revealed the highest-earning cosmetic dentists made a collective turnover of £1 billion last year -- a 22 per cent increase from 2010.";
    expect(exact(at(s, 22))).toEqual(percent(22, "increase in collective turnover"));
  });

  it("'Retail sales dropped by 1% …, after a 0.6% rise in November' → rise in retail sales", () => {
    const s = "Retail sales dropped by 1% on the month in December, after a 0.6% rise in November, the Office for National Statistics said.";
    expect(exact(at(s, 0.6))).toEqual(percent(0.6, "rise in retail sales"));
  });

  it("'the country's GDP rose by 2% in 2004, after a 31% decline in 2003' → decline in country's GDP", () => {
    const s = "The IMF said that the country's GDP rose by 2% in 2004, after a 31% decline in 2003.";
    expect(exact(at(s, 31))).toEqual(percent(31, "decline in country's GDP"));
  });
});

describe("a change of something else keeps its noun", () => {
  it("'in contrast with a 33 per cent fall for cigarettes' → fall for cigarettes (no aside: not the cigars' change; change-after.ts names its own)", () => {
    const s = "Cigar consumption rose to more than 13.7 billion in 2011 -- in contrast with a 33 per cent fall for cigarettes.";
    expect(exact(at(s, 33))).toEqual(percent(33, "fall for cigarettes"));
  });

  it("'241m in 2007 and 10m more (a 4.4 per cent rise)' → rise (the amount between is the one changed)", () => {
    const s = "Some 238m passengers passed through British airports in 2014, less than the pre-recession boom peak of 241m in 2007 and 10m more (a 4.4 per cent rise) than 2013.";
    expect(exact(at(s, 4.4))).toEqual(percent(4.4, "rise"));
  });

  it("'having already been down more than 300 points -- a startling 6 per cent fall' → not points (an index's points are no thing; whose fall: change-restated.ts)", () => {
    const s = "The Dow Jones shed 600 points, having already been down more than 300 points -- a startling 6 per cent fall in just five minutes.";
    expect(exact(at(s, 6))).toEqual(percent(6, "Dow Jones fall"));
  });

  it("'won 31% of the vote, after a 5% rise' → rise (a share names a part, not a thing that moved)", () => {
    expect(exact(at("Labour won 31% of the vote, after a 5% rise.", 5))).toEqual(percent(5, "rise"));
  });

  it("'the number sold will reach 159 million, an increase of 104%' → increase in number sold (the tally named by its participle, tally-subject.ts)", () => {
    expect(exact(at("Globally, the number sold will reach 159 million, an increase of 104%.", 104))).toEqual(percent(104, "increase in number sold"));
  });
});

describe("a change right after its amount", () => {
  it("'Output rose to 159 million, growth of 104%' → growth in output (no article)", () => {
    expect(exact(at("Output rose to 159 million, growth of 104% on the year.", 104))).toEqual(percent(104, "growth in output"));
  });

  it("'Sales rose to 159 million, an increase of 104%' → increase in sales", () => {
    expect(exact(at("Sales rose to 159 million, an increase of 104%.", 104))).toEqual(percent(104, "increase in sales"));
  });
});

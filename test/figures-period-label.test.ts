// Money or a percent labelled by a period alone takes what it is of or what reached it (period-label.ts).
import { describe, expect, it } from "vitest";
import { at, exact, exactOnly } from "#test/helpers/figures.ts";

const pct = (value: number, label: string, qualifier?: string): ReturnType<typeof exact> => ({ value, qualifier, unit: "%", label, type: "percent" });

describe("a period beside the amount says when, the subject what", () => {
  it("'growth slowed sharply in the fourth quarter to 5.6%': growth", () => {
    expect(exact(at("But growth slowed sharply in the fourth quarter to 5.6%, and the bank expected more.", 5.6))).toEqual(pct(5.6, "growth"));
  });

  it("'Economic growth is set to halve in Singapore this year to between 3% and 5%': economic growth, over 'set to'", () => {
    expect(exactOnly("Economic growth is set to halve in Singapore this year to between 3% and 5%.")?.label).toBe("economic growth");
  });

  it("'consumer spending grew at 4.6% in the third quarter': consumer spending", () => {
    expect(exactOnly("Figures show that consumer spending grew at 4.6% in the third quarter.")?.label).toBe("consumer spending");
  });

  // The relative's verb is a change, whose subject is the relative's noun (relative-subject.ts): a rise in it.
  it("'Investors bought stocks which have advanced 4% this month': the relative's noun, a rise in stocks", () => {
    expect(exactOnly("Investors bought stocks which have advanced 4% this month.")?.label).toBe("rise in stocks");
  });

  it("'The club announced record profits last month of £18.7 million': what it is of, past the period", () => {
    expect(exactOnly("The club announced record profits last month of £18.7 million for the season.")).toEqual({ value: 18700000, qualifier: undefined, unit: "GBP", label: "record profits", type: "money" });
  });
});

describe("near misses: the period stays", () => {
  // As "Sales are growing by 6% a year" gives 'rise in sales': the relative's noun grew (relative-subject.ts), not the year.
  it("'It is an industry that is growing by 6% a year': a rise in the relative's noun", () => {
    expect(exactOnly("It is an industry that is growing by 6% a year.")?.label).toBe("rise in industry");
  });

  it("'It reached a staggering £5,000 in the first day': a pronoun subject says nothing", () => {
    expect(exactOnly("It reached a staggering £5,000 in the first day.")?.label).toBe("first day");
  });

  it("'Meanwhile Apple grew in the fourth quarter to 5.6%': a name is who, not what", () => {
    expect(exactOnly("Meanwhile Apple grew in the fourth quarter to 5.6%.")?.label).toBe("fourth quarter");
  });

  it("'Profits fell, but in the fourth quarter it was 5.6%': the clause ends at a conjunction, not at the profits", () => {
    expect(exactOnly("Profits fell, but in the fourth quarter it was 5.6%.")?.label).toBe("fourth quarter");
  });
});

describe("a level after a participle that runs on from the main clause", () => {
  const pct = (value: number, label: string) => ({ value, qualifier: undefined, unit: "%", label, type: "percent" });
  it("'Growth is tipped to be 4.1% this year, dipping to 4% in 2005.': both growth", () => {
    expect(exact(at("Growth is tipped to be 4.1% this year, dipping to 4% in 2005.", 4))).toEqual(pct(4, "growth"));
  });
  it("'It is tipped to be 4.1% this year, dipping to 4% in 2005.': a pronoun main subject names nothing, the period stays", () => {
    expect(exact(at("It is tipped to be 4.1% this year, dipping to 4% in 2005.", 4))).toEqual(pct(4, "year"));
  });
  it("'Shares rose 5% this week, rising by 10% this month.': a change after 'by' is not the subject's level", () => {
    expect(at("Shares rose 5% this week, rising by 10% this month.", 10).label).not.toBe("shares");
  });
});

// An amount said again by the period right after it ("worth £90m over three seasons (or £30m a year)") takes no place
// on the card: the total is kept, and `--all` lists the restatement as no candidate, linked to it (card audit 32's
// pattern 9).
import { describe, expect, it } from "vitest";
import { everyNumber } from "#brief/figures/card/every.ts";
import { articleSentences } from "#news/sentences.ts";
import { exact, figs } from "#test/helpers/figures.ts";

const card = (text: string) => figs(text).map(exact);
const every = (text: string) => everyNumber(articleSentences({ paragraphs: [text] })).map((n) => [n.display, n.label, n.candidate]);

describe("a total divided out by the period is kept once", () => {
  it("'worth £60m over four seasons (or £15m a year)': the total and its span", () => {
    expect(card("The kit contract is worth £60m over four seasons (or £15m a year).")).toEqual([
      { value: 60_000_000, qualifier: undefined, unit: "GBP", label: "kit contract", type: "money" },
      { value: 4, qualifier: undefined, unit: "seasons", label: "seasons", type: "duration" },
    ]);
  });

  it("'£2.4m a year, or £200,000 a month': one salary", () => {
    expect(card("The new chief executive will earn £2.4m a year, or £200,000 a month.")).toEqual([
      { value: 2_400_000, qualifier: undefined, unit: "GBP", label: "earnings a year", type: "money" },
    ]);
  });

  it("'a six-year deal worth $120m, or about $20m a season': a compound span, a hedged restatement", () => {
    expect(figs("He agreed a six-year deal worth $120m, or about $20m a season.").map((f) => f.display)).toEqual(["$120m", "six-year"]);
  });

  it("'raised £3m for the hospice in 2015 (or £300,000 a year over the decade)': a decade is ten years", () => {
    expect(figs("The shop raised £3m for the hospice in 2015 (or £300,000 a year over the decade).").map((f) => f.display)).toEqual(["£3m"]);
  });

  it("`--all` lists the restatement as no candidate, under the total's label", () => {
    expect(every("The kit contract is worth £60m over four seasons (or £15m a year).")).toEqual([
      ["£60m", "kit contract", true],
      ["four", "seasons", true],
      ["£15m", "kit contract", false],
    ]);
  });
});

describe("near miss: a second amount per period stays", () => {
  it("'£6.99 per month or £60 per year' are two prices (12 × 6.99 is 83.88)", () => {
    expect(figs("The service costs £6.99 per month or £60 per year.").map((f) => f.display)).toEqual(["£6.99", "£60"]);
  });

  it("'fines of £1,000, or £2,500 for firms' says no period: a second amount", () => {
    expect(figs("Fines of £1,000, or £2,500 for firms, will apply from May.").map((f) => f.display)).toEqual(["£1,000", "£2,500"]);
  });

  it("'£8m now, or £1m a year for ten years' is another offer", () => {
    expect(figs("She can take £8m now, or £1m a year for ten years.").map((f) => f.display)).toContain("£1m");
  });

  it("'worth £60m over four seasons, with £15m a year' is not opened by a bracket or 'or'", () => {
    expect(figs("The kit contract is worth £60m over four seasons, with £15m a year paid upfront.").map((f) => f.display)).toContain("£15m");
  });

  it("'$120m over six years (or €20m a year)' is another currency, a conversion's business", () => {
    expect(figs("The deal is worth $120m over six years (or €20m a year) to the club.").map((f) => f.display)).toContain("€20m");
  });

  it("'£2.4m a year (about $3m), or £200,000 a month': the restatement reaches past a conversion in another currency", () => {
    expect(every("Her pay is £2.4m a year (about $3m), or £200,000 a month.").find(([d]) => d === "£200,000")?.[2]).toBe(false);
  });

  it("'£7.2m over three years, or £2.4m a year, or £200,000 a month': a restatement of a restatement is dropped too", () => {
    expect(figs("He signed a deal worth £7.2m over three years, or £2.4m a year, or £200,000 a month.").map((f) => f.display)).toEqual(["£7.2m", "three"]);
  });
});

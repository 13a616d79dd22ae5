// "less that £N": "that" between a comparative of amount and the number is a slip for "than", so the amount is
// bounded as "less than" bounds it (card audit 51, sample AS's made-up shape 4: the qualifier lost, a dash gloss's
// head noun the label).
import { describe, expect, it } from "vitest";
import { exactOnly, want } from "#test/helpers/figures.ts";

describe("than-typo.ts: 'less that' before a number is 'less than'", () => {
  it("'Most cleaners earn sums of less that £9,800 – the figure named by the charity as the least a household can live on.'", () => {
    // Was '£9,800 — figure', no qualifier.
    const text = "Most cleaners earn sums of less that £9,800 – the figure named by the charity as the least a household can live on.";
    expect(exactOnly(text)).toEqual(want(9800, "less than", "GBP", "sums", "money"));
  });
  it("'Most cleaners earn wages of more that 9,800 dollars.' → more than, wages", () => {
    expect(exactOnly("Most cleaners earn wages of more that 9,800 dollars.")).toEqual(want(9800, "more than", "USD", "wages", "money"));
  });
  it("near miss: 'She said that 40 people came.' → 40 people, no qualifier", () => {
    expect(exactOnly("She said that 40 people came.")).toEqual(want(40, undefined, undefined, "people", "count"));
  });
  it("near miss: 'It matters less that 40 people came than that they stayed.' → no qualifier, a clause with its 'than'", () => {
    expect(exactOnly("It matters less that 40 people came than that they stayed.")).toEqual(want(40, undefined, undefined, "people", "count"));
  });
  it("near miss: 'The minister could not care less that 2,000 people lost their jobs.' → no qualifier, a clause", () => {
    // Was 'less than 2,000'.
    expect(exactOnly("The minister could not care less that 2,000 people lost their jobs.")).toEqual(want(2000, undefined, undefined, "people lost", "count"));
  });
  it("near miss: 'The more that 5 people know, the worse it gets.' → no qualifier", () => {
    expect(exactOnly("The more that 5 people know, the worse it gets.")).toEqual(want(5, undefined, undefined, "people", "count"));
  });
});

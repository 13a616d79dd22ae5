// The fortieth round's mutation sweep (docs/mutation-sweep-40.md, scripts/mutants-40.ts): one sentence a surviving
// mutant of the value, link and type code, each pinning what an editor would see (value, upper end, qualifier, unit,
// label, type) so that the flipped condition fails here.
import { describe, expect, it } from "vitest";
import { exact, figs, typedList, want } from "#test/helpers/figures.ts";

/** The card's figures of a sentence as value, upper end and unit. */
const ends = (text: string) => figs(text).map((f) => [f.value, f.valueMax, f.unit]);

describe("scale words and currency signs carry their value (V02, V05, V06)", () => {
  it("'worth two billion dollars' is 2,000,000,000 USD (V02: 'billion' read as a million)", () => {
    expect(figs("The deal was worth two billion dollars to the firm.").map(exact)).toEqual([want(2e9, undefined, "USD", "deal", "money")]);
  });

  it("'paid HK$50 million' is Hong Kong dollars (V05: 'HK$' read as US dollars)", () => {
    expect(figs("The tycoon paid HK$50 million for the flat.").map(exact)).toEqual([want(5e7, undefined, "HKD", "payment for the flat", "money")]);
  });

  it("'costs 50p more' is 0.50 GBP (V06: pence read as US cents)", () => {
    expect(figs("A pint of milk now costs 50p more.").map(exact)).toEqual([want(0.5, undefined, "GBP", "pint", "money")]);
  });
});

describe("ranges: alternatives and mixed money (V33, V36)", () => {
  it("'$2.3bn or £1.2bn' is one amount in two currencies, no range (V33: any second sign joined the range)", () => {
    expect(ends("Analysts valued the bid at $2.3bn or £1.2bn on Monday.")).toEqual([[2.3e9, undefined, "USD"]]);
  });

  it("'nine or eight wins' is the range 8–9 (V36: a falling 'or' pair not read as a range)", () => {
    expect(ends("The team has had nine or eight wins this season.")).toEqual([[8, 9, undefined]]);
  });
});

// A year said beside an amount ("164 in 2014", "from $15 million in 2008 to …") is when, not part of the amount, and a tally
// ("the number of …") is named by what it tallies. Each a one-sentence repro with the exact figure, and its look-alike.
import { describe, expect, it } from "vitest";
import { figs } from "#test/helpers/figures.ts";

const exact = (text: string) => figs(text).map((f) => ({ display: f.display, value: f.value, qualifier: f.qualifier, unit: f.unit, label: f.label, type: f.type, previous: f.previous }));

describe("a year after 'in' is when", () => {
  it("'attacks rose to 164 in 2014 compared with 141 in 2013': 164 anti-semitic attacks, from 141 (not a share of 164 in 2014)", () => {
    expect(exact("In France, the number of anti-Semitic attacks rose to 164 in 2014 compared with 141 in 2013.")).toEqual([
      { display: "164", value: 164, qualifier: undefined, unit: undefined, label: "anti-semitic attacks", type: "count", previous: 141 },
    ]);
  });

  it("'1 in 2000 babies' stays a share of babies", () => {
    expect(exact("About 1 in 2000 babies is affected.")).toEqual([
      { display: "About 1 in 2000", value: 0.001, qualifier: "about", unit: undefined, label: "babies affected", type: "other", previous: undefined },
    ]);
  });

  it("'sales soared from $15 million in 2008 to nearly $120 million in 2012': nearly $120m of sales, from $15m", () => {
    expect(exact("The snacks became a hit and sales soared from $15 million in 2008 to nearly $120 million in 2012.")).toEqual([
      { display: "nearly $120 million", value: 120e6, qualifier: "nearly", unit: "USD", label: "sales", type: "money", previous: 15e6 },
    ]);
  });
});

describe("a tally is named by what it tallies", () => {
  it("'The total number of migrants reached 5,000': 5,000 migrants", () => {
    expect(exact("The total number of migrants reached 5,000.")).toEqual([
      { display: "5,000", value: 5000, qualifier: undefined, unit: undefined, label: "migrants", type: "count", previous: undefined },
    ]);
  });
});

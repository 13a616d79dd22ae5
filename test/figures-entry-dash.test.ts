// A boxed list entry that glues its figure to its words with a hyphen ("62.5-Leeds's pass completion rate …") reads
// the number alone, labelled by the entry's words (entry-dash.ts, entry-words.ts; the thirty-fifth round's made-up
// '62.5-Leeds's — leeds's').
import { describe, expect, it } from "vitest";
import { at, exact, figs } from "#test/helpers/figures.ts";

describe("entry-dash.ts: a hyphen after an entry's opening figure is a separator", () => {
  it("'71.4-Everton's tackle success rate this season.' → 71.4 — tackle success rate (not: 71.4-Everton's — everton's)", () => {
    expect(exact(at("71.4-Everton's tackle success rate this season.", 71.4))).toEqual({ value: 71.4, qualifier: undefined, unit: undefined, label: "tackle success rate", type: "count" });
  });

  it("'9-Everton's place in the form table after two wins.' → 9 — place in form table", () => {
    expect(exact(at("9-Everton's place in the form table after two wins.", 9))).toEqual({ value: 9, qualifier: undefined, unit: undefined, label: "place in form table", type: "count" });
  });

  it("'28-Saido Berahino, West Bromwich Albion.': an entry that only names someone is no figure", () => {
    expect(figs("28-Saido Berahino, West Bromwich Albion.")).toEqual([]);
  });

  it("'They unveiled a 10-Point Plan for growth.': mid-sentence, the hyphen still makes a compound ('10-Point')", () => {
    expect(at("They unveiled a 10-Point Plan for growth.", 10).display).toBe("10-Point");
  });
});

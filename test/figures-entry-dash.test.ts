// A boxed list entry that glues its figure to its words with a hyphen ("62.5-Leeds's pass completion rate …") reads
// the number alone, labelled by the entry's words (entry-dash.ts, entry-words.ts; the thirty-fifth round's made-up
// '62.5-Leeds's — leeds's').
import { describe, expect, it } from "vitest";
import { at, exact, figs } from "#test/helpers/figures.ts";

describe("entry-dash.ts: a hyphen after an entry's opening figure is a separator", () => {
  it("'71.4-Everton's tackle success rate this season.' → 71.4 — tackle success rate (not: 71.4-Everton's — everton's)", () => {
    expect(exact(at("71.4-Everton's tackle success rate this season.", 71.4))).toEqual({ value: 71.4, qualifier: undefined, unit: "%", label: "tackle success rate", type: "percent" });
  });

  it("'9-Everton's place in the form table after two wins.' → 9 — place in form table", () => {
    expect(exact(at("9-Everton's place in the form table after two wins.", 9))).toEqual({ value: 9, qualifier: undefined, unit: undefined, label: "place in form table", type: "rank" });
  });

  it("'28-Saido Berahino, West Bromwich Albion.': an entry that only names someone is no figure", () => {
    expect(figs("28-Saido Berahino, West Bromwich Albion.")).toEqual([]);
  });

  it("'They unveiled a 10-Point Plan for growth.': mid-sentence, the hyphen still makes a compound ('10-Point')", () => {
    expect(at("They unveiled a 10-Point Plan for growth.", 10).display).toBe("10-Point");
  });
});

describe("entry-type.ts: an entry's words type its figure, which has no unit of its own", () => {
  it("'70.8-City's pass completion rate percentage at Old Trafford was their worst.' → a percent, not a count", () => {
    const f = at("70.8-City's pass completion rate percentage at Old Trafford was their worst.", 70.8);
    // The word that makes it a percentage is its unit, no part of what it counts
    // (was 'pass completion rate percentage').
    expect(exact(f)).toEqual({ value: 70.8, qualifier: undefined, unit: "%", label: "pass completion rate", type: "percent" });
  });

  it("a spaced entry's unit word goes too: '70.8 - City's pass completion rate percentage was their worst.'", () => {
    const f = at("70.8 - City's pass completion rate percentage at Old Trafford was their worst.", 70.8);
    expect(exact(f)).toEqual({ value: 70.8, qualifier: undefined, unit: "%", label: "pass completion rate", type: "percent" });
  });

  it("'13-City's position in the Premier League form table.' → a rank, not a count", () => {
    const f = at("13-City's position in the Premier League form table.", 13);
    expect(exact(f)).toEqual({ value: 13, qualifier: undefined, unit: undefined, label: "position in Premier League form table", type: "rank" });
  });

  it("a rate on another base stays a count: '12.1-Birth rate per 1,000 people.'", () => {
    expect(exact(at("12.1-Birth rate per 1,000 people.", 12.1))).toEqual({ value: 12.1, qualifier: undefined, unit: undefined, label: "Birth rate", type: "count" });
  });

  it("a place that is no whole number stays a count: '2.5-City's average league position this season.'", () => {
    expect(at("2.5-City's average league position this season.", 2.5).type).toBe("count");
  });
  it("a rate above 100 is no percentage: '135.2-Root's strike rate in the series.' stays a count", () => {
    expect(at("135.2-Root's strike rate in the series.", 135.2).type).toBe("count");
  });
});

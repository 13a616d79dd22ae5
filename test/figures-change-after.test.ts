// An amount labelled by its change noun alone ("growth", "cuts", "expansion") says how but not what; when the clause
// names what changed after the noun, before it as the verb's subject, or as the thing whose level the amount is, the
// label says it (change-after.ts).
import { describe, expect, it } from "vitest";
import { at, exact } from "#test/helpers/figures.ts";

const percent = (value: number, label: string, qualifier?: string) => ({ value, qualifier, unit: "%", label, type: "percent" });

describe("a change noun with what changed", () => {
  it("'led by growth of 13.1% in the key manufacturing sector' → growth in key manufacturing sector", () => {
    expect(exact(at("The advance was led by growth of 13.1% in the key manufacturing sector.", 13.1))).toEqual(percent(13.1, "growth in key manufacturing sector"));
  });

  it("'planning £35 bn cuts in public services' → cuts in public services", () => {
    expect(at("Labour claimed Michael Howard was planning £35 bn cuts in public services.", 35e9).label).toBe("cuts in public services");
  });

  it("'a planned $40 million expansion of its headquarters' → expansion of headquarters", () => {
    expect(at("A local business cancelled a planned $40 million expansion of its headquarters.", 40e6).label).toBe("expansion of headquarters");
  });

  it("'billions of pounds of cuts for UK government departments' → cuts for UK government departments", () => {
    expect(at("The plans could result in billions of pounds of cuts for UK government departments.", 1e9).label).toBe("cuts for UK government departments");
  });

  it("'where spending rises were kept to around 5%' → spending rises", () => {
    const s = "She said where spending rises were kept to around 5% she was confident.";
    expect(exact(at(s, 5))).toEqual(percent(5, "spending rises", "around"));
  });

  it("'the cuts in corporation tax to 20 per cent' → corporation tax (the level the tax was cut to)", () => {
    const s = "They praise the cuts in corporation tax to 20 per cent, which they say is a key part of the plan.";
    expect(exact(at(s, 20))).toEqual(percent(20, "corporation tax"));
  });
});

describe("a change noun whose clause names no more keeps it", () => {
  it("'forecasts growth of 4% for 2005' → forecast growth (a year is when, not what; the forecast kept: expected-change.ts)", () => {
    expect(exact(at("The commission still forecasts growth of 4% for 2005.", 4))).toEqual(percent(4, "forecast growth"));
  });

  it("'from a revised 0.6% increase in October' → increase (a month is when)", () => {
    expect(at("Output rose 0.3% from a revised 0.6% increase in October.", 0.6).label).toBe("increase");
  });

  it("'a startling 6 per cent fall in just five minutes' → no time in the label (whose fall it is: change-restated.ts)", () => {
    const s = "The Dow Jones shed 600 points, having already been down more than 300 points -- a startling 6 per cent fall in just five minutes.";
    expect(exact(at(s, 6))).toEqual(percent(6, "Dow Jones fall"));
  });

  it("'an increase on the 3.3% growth recorded in the second quarter' → growth (a period)", () => {
    expect(at("The figure marked an increase on the 3.3% growth recorded in the second quarter.", 3.3).label).toBe("growth");
  });

  it("'expect growth of 5% in the final quarter' → expected growth (a period after the amount; the expectation kept)", () => {
    expect(exact(at("Analysts expect growth of 5% in the final quarter.", 5))).toEqual(percent(5, "expected growth"));
  });

  it("'The firm posted growth of 5% in the final quarter' → firm growth: the period names nothing, the owner does (change-owner.ts)", () => {
    expect(exact(at("The firm posted growth of 5% in the final quarter.", 5))).toEqual(percent(5, "firm growth"));
  });

  it("'The spokesman said rises were kept to 5%' → rises (the subject has no modifier)", () => {
    expect(at("The spokesman said rises were kept to 5%.", 5).label).toBe("rises");
  });

  it("'up from a £6.4bn rise in November' → rise (a month after the money's noun)", () => {
    expect(at("The figure was up from a £6.4bn rise in November.", 6.4e9).label).toBe("rise");
  });
});

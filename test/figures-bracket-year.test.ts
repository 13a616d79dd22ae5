// A year whose last digit an editor's bracket cut ("May 3, 198 [7]") is that year after a month-day date, no count
// (card audit 41's pattern 9, on made-up sentences); a count before a bracket with no date before it stays.
import { describe, expect, it } from "vitest";
import { exactOnly, figs, typedList, want } from "#test/helpers/figures.ts";

describe("bracket-year.ts: a year cut at an editor's bracket after a month-day date", () => {
  it("'on May 3, 198 [7], my shop burnt down': 198 is the cut year, no figure (not: '198 — years' [count])", () => {
    expect(figs("'[Ten] years ago today, on May 3, 198 [7], my shop burnt down.'")).toEqual([]);
    expect(typedList("The mill burnt down on June 12, 199 [4], and never reopened.")).toContainEqual(["199", "year", false]);
  });

  it("'The fire on May 3 killed 198 [1] people': a count before a bracket, no date right before it, stays", () => {
    expect(exactOnly("The fire on May 3 killed 198 [1] people.")).toEqual(want(198, undefined, undefined, "killed", "count"));
  });
});

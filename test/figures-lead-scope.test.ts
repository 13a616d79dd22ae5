// lead-scope.ts: a count said with its own place before a pair of counts split by places shows its place, not its
// noun alone as if it were the whole (card audit 48's shape 8: 'About 1,100 — jobs' before '700 and 400 … in Wales
// and Scotland').
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("the count before a pair split by places shows its own place", () => {
  it("'while', a verb group on each side: 'About 1,100 jobs will go in the north, while 700 and 400 will go in …'", () => {
    const text = "About 1,100 jobs will go in the north, while 700 and 400 will go in Wales and Scotland.";
    expect(exact(at(text, 1100))).toEqual(want(1100, "about", undefined, "jobs in the north", "count"));
  });

  it("a passive, an elided pair: 'Some 2,000 homes were flooded in York, and 800 and 300 in Selby and Goole'", () => {
    const text = "Some 2,000 homes were flooded in York, and 800 and 300 in Selby and Goole.";
    expect(exact(at(text, 2000))).toEqual(want(2000, "some", undefined, "homes in York", "count"));
    expect(at(text, 800).label).toBe("homes in Selby");
  });

  it("'across', 'with': 'More than 40 schools will shut across the county, with 25 and 15 in the towns and villages'", () => {
    const text = "More than 40 schools will shut across the county, with 25 and 15 in the towns and villages.";
    expect(at(text, 40).label).toBe("schools across the county");
  });

  it("near miss: a time is no place ('About 1,100 jobs will go in March, while 700 and 400 will go in …')", () => {
    expect(at("About 1,100 jobs will go in March, while 700 and 400 will go in Wales and Scotland.", 1100).label).toBe("jobs");
  });

  it("near miss: no pair after it ('About 300 jobs will go at the plant, and 20 more in the offices')", () => {
    expect(at("About 300 jobs will go at the plant, and 20 more in the offices.", 300).label).toBe("jobs");
  });
});

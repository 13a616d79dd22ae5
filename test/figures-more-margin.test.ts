// "52,000 more viewers" is a margin or an addition, not the total: "more" stays in the count's label, as "fewer" does
// (label-count-noun.ts).
import { describe, expect, it } from "vitest";
import { at, exact, exactOnly, want } from "#test/helpers/figures.ts";

describe("a count of more", () => {
  it("'The morning show drew 52,000 more viewers for the week, …': more viewers", () => {
    const text = "The morning show drew 52,000 more viewers for the week, pulling in 4.1 million viewers.";
    expect(exact(at(text, 52000))).toEqual(want(52000, undefined, undefined, "more viewers", "count"));
  });
  it("'There are now 2 million more people in work than in 2010.': more people", () => {
    expect(exactOnly("There are now 2 million more people in work than in 2010.")).toEqual(want(2e6, undefined, undefined, "more people", "count"));
  });
});

describe("near misses", () => {
  it("'The Pentagon sent 300 other troops.': another word that sets them apart is not kept", () => {
    expect(exactOnly("The Pentagon sent 300 other troops.")).toEqual(want(300, undefined, undefined, "troops", "count"));
  });
});

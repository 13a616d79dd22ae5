// A count labelled by a place said "in" after a participle that places a noun's things ("the number of pilots based
// in Madrid") counts the noun's things there: 'pilots based in Madrid', not the place (placing-participle.ts via
// place-label.ts; card audit 57, AY's made-up shape 11). Made-up one-sentence repros with the exact figure and near misses.
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("a participle that places the noun's things keeps noun and place", () => {
  it("\"Last year, Norline raised the number of engineers based in Lisbon from 60 to 250.\": engineers based in Lisbon", () => {
    expect(exact(at("Last year, Norline raised the number of engineers based in Lisbon from 60 to 250.", 250))).toEqual(
      want(250, undefined, undefined, "engineers based in Lisbon", "count"),
    );
  });
  it("\"The bank cut the number of staff working in Derby from 800 to 350.\": staff working in Derby", () => {
    expect(exact(at("The bank cut the number of staff working in Derby from 800 to 350.", 350))).toEqual(want(350, undefined, undefined, "staff working in Derby", "count"));
  });
});

describe("near misses", () => {
  it("\"Last year, Norline raised the number of engineers in Lisbon from 60 to 250.\": no participle, the noun alone", () => {
    expect(exact(at("Last year, Norline raised the number of engineers in Lisbon from 60 to 250.", 250))?.label).toBe("engineers");
  });
});

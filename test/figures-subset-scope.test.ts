// A part of the count before, said with where it is from ("40 trials, including seven from Canada"), keeps its scope:
// 'seven — trials from Canada', not a second total 'seven — trials' (subset-scope.ts; audit 44, AL's shape 2).
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

const TRIALS = "The panel reviewed 40 trials, including seven from Canada, and found the drug was no better than a dummy pill.";

describe("a part of a count keeps where it is from", () => {
  it(`"${TRIALS}": seven trials from Canada, the 40 trials unmoved`, () => {
    expect(exact(at(TRIALS, 7))).toEqual(want(7, undefined, undefined, "trials from Canada", "count"));
    expect(exact(at(TRIALS, 40))).toEqual(want(40, undefined, undefined, "trials", "count"));
  });
  it("\"The club signed 12 players, four of them from France, during the summer.\": players from France", () => {
    expect(exact(at("The club signed 12 players, four of them from France, during the summer.", 4))).toEqual(want(4, undefined, undefined, "players from France", "count"));
  });
  it("\"Officials counted 18 dead, among them five from the same family.\": with its article, within six words", () => {
    expect(exact(at("Officials counted 18 dead, among them five from the same family.", 5))).toEqual(want(5, undefined, undefined, "dead from the same family", "count"));
  });
  it("\"The fund received 90 bids, including 15 from abroad.\": a place said by an adverb", () => {
    expect(exact(at("The fund received 90 bids, including 15 from abroad.", 15))).toEqual(want(15, undefined, undefined, "bids from abroad", "count"));
  });
  it("\"More than 60 police officers, seven of them on horseback, watched the crowd.\": a part on what, not seven more officers", () => {
    expect(exact(at("More than 60 police officers, seven of them on horseback, watched the crowd.", 7))).toEqual(
      want(7, undefined, undefined, "police officers on horseback", "count"),
    );
  });
});

describe("near misses", () => {
  it("\"The club signed 12 players, three of them on Saturday.\": on a day says when", () => {
    expect(exact(at("The club signed 12 players, three of them on Saturday.", 3))).toEqual(want(3, undefined, undefined, "players", "count"));
  });
  it("\"The panel reviewed 40 trials, including seven in the past month.\": a time is no scope", () => {
    expect(exact(at("The panel reviewed 40 trials, including seven in the past month.", 7))).toEqual(want(7, undefined, undefined, "trials", "count"));
  });
  it("\"The panel reviewed 40 trials and seven from Canada were dropped.\": no part of the 40", () => {
    expect(exact(at("The panel reviewed 40 trials and seven from Canada were dropped.", 7))?.label).not.toBe("trials from Canada");
  });
});

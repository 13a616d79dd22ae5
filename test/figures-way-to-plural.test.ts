// A count after "to" whose plural the tagger reads as a verb ("on her way to 84 runs", "saves", "wins") counts that
// plural, not a noun before the "to" that the subject search reaches first (card audit 51, sample AS's made-up
// shape 1: the object of 'past' had labelled the tally).
import { describe, expect, it } from "vitest";
import { at, exact, exactOnly, want } from "#test/helpers/figures.ts";

const count = (value: number, label: string) => want(value, undefined, undefined, label, "count");

describe("label-count.ts: a verb-like plural after 'to N' is the count's noun", () => {
  it("'Silva sweeps past the leaping keeper's outstretched gloves on his way to 71 runs.' → 71 runs", () => {
    // Was '71 — gloves'.
    expect(exactOnly("Silva sweeps past the leaping keeper's outstretched gloves on his way to 71 runs.")).toEqual(count(71, "runs"));
  });
  it("'Lopez skips past the sliding defender on her way to 12 saves.' → 12 saves", () => {
    // Was '12 — sliding defender'.
    expect(exactOnly("Lopez skips past the sliding defender on her way to 12 saves.")).toEqual(count(12, "saves"));
  });
  it("'Lopez skips past the defender's sliding tackle on her way to 12 wins.' → 12 wins", () => {
    // Was '12 — way'.
    expect(exactOnly("Lopez skips past the defender's sliding tackle on her way to 12 wins.")).toEqual(count(12, "wins"));
  });
  it("near miss: 'Lopez skips past the sliding defender on her way to 12 goals.' → 12 goals, as before", () => {
    expect(exactOnly("Lopez skips past the sliding defender on her way to 12 goals.")).toEqual(count(12, "goals"));
  });
  it("near miss: 'The number of victims rose to 41 overnight.' keeps its subject, victims", () => {
    expect(exactOnly("The number of victims rose to 41 overnight.")).toEqual(count(41, "victims"));
  });
});

describe("label-count.ts: a verb-like plural with more after it may be the verb", () => {
  it("near miss: 'Overall attendance of 4,100 translates into a profit.' keeps its subject, attendance", () => {
    expect(exactOnly("Overall attendance of 4,100 translates into a profit.")).toEqual(count(4100, "attendance"));
  });
  it("'Lopez skips past the sliding defender on her way to 12 saves when the rain came.' → 12 saves, a clause after", () => {
    // Was '12 — way'.
    expect(exactOnly("Lopez skips past the sliding defender on her way to 12 saves when the rain came.")).toEqual(want(12, undefined, undefined, "saves", "count"));
  });
  it("near miss: 'He extended his winning streak to 17 matches and his lead to 500 points.' → 17, the streak as before", () => {
    expect(exact(at("He extended his winning streak to 17 matches and his lead to 500 points.", 17))).toEqual(want(17, undefined, undefined, "streak", "count"));
  });
});

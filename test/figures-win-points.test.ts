// A league win's "three points" is no figure; three points as a margin, a change or a tally stay (win-points.ts).
import { describe, expect, it } from "vitest";
import { typedList } from "#test/helpers/figures.ts";

describe("the three points of a win", () => {
  it("\"Leicester struck late to earn a vital three points.\": what a win is worth, no figure", () => {
    expect(typedList("Leicester struck late to earn a vital three points.")).toEqual([["three", "count", false]]);
  });
  it("\"He said he was delighted with the three points.\": the stock phrase", () => {
    expect(typedList("He said he was delighted with the three points.")).toEqual([["three", "count", false]]);
  });
  it("\"United picked up all three points against Villa.\": 'picked up' is no rise", () => {
    expect(typedList("United picked up all three points against Villa.")).toEqual([["three", "count", false]]);
  });
  it("\"The hosts claim three precious points.\": a word that judges them before 'points'", () => {
    expect(typedList("The hosts claim three precious points.")).toEqual([["three", "count", false]]);
  });
  it("\"City hope to pick up a valuable three points away to United.\": 'away' a venue, not 'away from'", () => {
    expect(typedList("City hope to pick up a valuable three points away to United.")).toEqual([["three", "count", false]]);
  });
  it("\"The team needed 3 points to stay up.\": in digits too", () => {
    expect(typedList("The team needed 3 points to stay up.")).toEqual([["3", "count", false]]);
  });
});

describe("three points that are a figure", () => {
  it.each([
    ["City are three points behind United."],
    ["They closed the gap on Grayson's men to three points."],
    ["The SNP is up three points in the poll."],
    ["Rotherham are docked three points."],
    ["He got three points on his licence for speeding."],
    ["Chelsea could move three points away from the title."],
    ["They have three points more than Villa."],
  ])("'%s' stays a card candidate", (text) => {
    expect(typedList(text)).toEqual([["three", "count", true]]);
  });
});

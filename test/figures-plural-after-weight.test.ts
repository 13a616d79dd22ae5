// A small count in words labelled by a plural the tagger took for a verb ("three draws", "four defeats") weighs as a
// count its labeller read does (label-pass.ts, smallInWords): it no longer outranks "five wins" beside it.
import { describe, expect, it } from "vitest";
import { cardCandidates } from "#brief/figures/card/candidates.ts";
import { findFigures } from "#brief/figures/card/card.ts";
import { articleSentences } from "#news/sentences.ts";

/** Each candidate of a one-paragraph made-up article as display, label and its own weight within its kind. */
const weights = (text: string) => cardCandidates(articleSentences({ paragraphs: [text] })).map((c) => [c.figure.display, c.figure.label, c.signals.factor]);

describe("a count labelled by the plural after it weighs as a read count", () => {
  it("'five wins and three draws in the eight games': draws weigh as wins", () => {
    expect(weights("Since then Rovers have dominated the fixture, with five wins and three draws in the eight games.")).toEqual([
      ["five", "wins", 0.75],
      ["three", "draws", 0.75],
      ["eight", "games", 0.75],
    ]);
  });

  it("'three draws' alone weighs as a small count in words", () => {
    expect(weights("Rovers have three draws in their last eight matches.")).toEqual([
      ["three", "draws", 0.75],
      ["eight", "matches", 0.75],
    ]);
  });

  it("the wins, said first, lead the card", () => {
    const card = findFigures(articleSentences({ paragraphs: ["United have six wins and two draws in their last eight matches."] }), { limit: 2 });
    expect(card.map((f) => [f.value, f.label])).toEqual([
      [6, "wins"],
      [2, "draws"],
    ]);
  });
});

describe("near misses", () => {
  it("ten or more in words is no small count: 'twelve draws' keeps its weight", () => {
    expect(weights("Rovers have twelve draws in their last 20 matches.")).toEqual([
      ["twelve", "draws", 1],
      ["20", "matches", 1],
    ]);
  });
});

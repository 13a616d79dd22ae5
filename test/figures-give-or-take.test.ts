// The number after "give or take" is a margin, no second amount (give-or-take.ts): "About 40,000 years ago -- give or
// take 5,000 -- a woman buried a carved bone …" read '5,000 — years ago' too (card-audit-45's made-up shape 1).
import { describe, expect, it } from "vitest";
import { typedList } from "#test/helpers/figures.ts";

describe("give-or-take.ts: a margin is no figure of its own", () => {
  it("'About 40,000 years ago -- give or take 5,000 -- a woman buried …' → 5,000 no candidate", () => {
    const text = "About 40,000 years ago -- give or take 5,000 -- a woman buried a carved bone in a cave in the hills.";
    expect(typedList(text)).toEqual([["About 40,000", "duration", true], ["5,000", "duration", false]]);
  });

  it("'The herd numbers 300, give or take 20.' and 'plus or minus': the margin only", () => {
    expect(typedList("The herd numbers 300, give or take 20.")).toEqual([["300", "count", true], ["20", "count", false]]);
    expect(typedList("Turnout was 6,400, plus or minus 200.")).toEqual([["6,400", "count", true], ["200", "count", false]]);
  });

  it("near miss: 'The margin of error is plus or minus 1 per cent.': no amount before it, so the margin is the figure", () => {
    expect(typedList("The margin of error is plus or minus 1 per cent.")).toEqual([["1 per cent", "percent", true]]);
  });

  it("near miss: 'Give or take, 5,000 people came.' counts the people", () => {
    expect(typedList("Give or take, 5,000 people came.")).toEqual([["5,000", "count", true]]);
  });
});

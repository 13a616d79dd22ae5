// A span of time said "ago", "earlier" or "later" after a stage's word ("at that stage 12 months ago") is a point in
// time, typed a date, no stage's number (card audit 41's 'stage 12' seen off the cards; made-up sentences).
import { describe, expect, it } from "vitest";
import { exact, figs, typedList, want } from "#test/helpers/figures.ts";

describe("stage-ago.ts: a span 'ago' after 'stage' is a time point, no identifier", () => {
  it("'lost seven straight at that stage 12 months ago': 12 is a date (not: '· 12' [identifier]); seven is the figure", () => {
    const text = "Leeds also lost seven straight at that stage 12 months ago.";
    expect(typedList(text)).toContainEqual(["12", "date", false]);
    expect(figs(text).map(exact)).toEqual([want(7, undefined, undefined, "straight lost", "count")]);
  });

  it("'Froome won stage 12 of the race': a stage's number with no span after it stays an identifier", () => {
    expect(typedList("Froome won stage 12 of the race.")).toContainEqual(["12", "identifier", false]);
  });
});

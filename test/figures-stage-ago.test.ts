// A span of time said "ago", "earlier" or "later" after a stage's word ("at that stage 12 months ago") is
// the span, no stage's number (card audit 41's 'stage 12' seen off the cards; made-up sentences).
import { describe, expect, it } from "vitest";
import { at, exact, figs, want } from "#test/helpers/figures.ts";

describe("stage-ago.ts: a span 'ago' after 'stage' is no identifier", () => {
  it("'lost seven straight at that stage 12 months ago': 12 months ago (not: '· 12' [identifier])", () => {
    expect(exact(at("Leeds also lost seven straight at that stage 12 months ago.", 12))).toEqual(want(12, undefined, "months", "months ago", "duration"));
  });

  it("'Froome won stage 12 of the race': a stage's number with no span after it stays an identifier", () => {
    expect(figs("Froome won stage 12 of the race.")).toEqual([]);
  });
});

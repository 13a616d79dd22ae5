// A rank "in" or "into" a place right after a name is that name's place (rank-holder.ts), whatever verb put it there.
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("a name before 'in Nth place' holds it", () => {
  it("no verb: 'an eight-point gap to Manchester United in fourth place' → place of Manchester United", () => {
    expect(exact(at("Henderson will not give up despite an eight-point gap to Manchester United in fourth place.", 4))).toEqual(want(4, undefined, undefined, "place of Manchester United", "rank"));
  });

  it("a verb's object: 'Victory kept Valencia in fourth place in La Liga' → place of Valencia", () => {
    expect(exact(at("Victory kept Valencia in fourth place in La Liga.", 4))).toEqual(want(4, undefined, undefined, "place of Valencia", "rank"));
  });

  it("'into': 'publicity which helped UKIP into third place' → place of UKIP", () => {
    expect(exact(at("It began with a flood of publicity which helped UKIP into third place at the elections.", 3))).toEqual(want(3, undefined, undefined, "place of UKIP", "rank"));
  });

  it("'spot': 'the gap separating them from London Irish in 10th spot' → spot of London Irish", () => {
    expect(exact(at("Newcastle want to close the gap separating them from London Irish in 10th spot.", 10))).toEqual(want(10, undefined, undefined, "spot of London Irish", "rank"));
  });
});

describe("near misses keep the place alone", () => {
  it("a common noun before it: 'a late goal in third place'", () => {
    expect(exact(at("They conceded a late goal in third place.", 3))).toEqual(want(3, undefined, undefined, "place", "rank"));
  });

  it("an opening participle is no name: 'Beaten in fourth place, the side dropped out'", () => {
    expect(exact(at("Beaten in fourth place, the side dropped out.", 4))).toEqual(want(4, undefined, undefined, "place", "rank"));
  });

  it("a name opening the sentence holds it: 'Arsenal in third place have won four in a row' → place of Arsenal", () => {
    expect(exact(at("Arsenal in third place have won four in a row.", 3))).toEqual(want(3, undefined, undefined, "place of Arsenal", "rank"));
  });

  it("a name before 'for' competes for the place: 'a fight between Spurs and Arsenal for fourth place'", () => {
    expect(exact(at("It is a straight fight between Spurs and Arsenal for fourth place.", 4))).toEqual(want(4, undefined, undefined, "place", "rank"));
  });

  it("a name not right before 'in': 'Valencia stayed a point clear in fourth place' keeps the place alone", () => {
    expect(exact(at("Valencia stayed a point clear in fourth place.", 4))).toEqual(want(4, undefined, undefined, "place", "rank"));
  });
});

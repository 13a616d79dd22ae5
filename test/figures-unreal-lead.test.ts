// "should have been five goals ahead by half-time": a lead after "MODAL have" is one a side might have had, no goals
// scored (unreal-lead.ts; card-audit-53's made-up shape 4, junk on a card: 'three — goals').
import { describe, expect, it } from "vitest";
import { exactOnly, typedList, want } from "#test/helpers/figures.ts";

describe("a lead a side might have had: no candidate", () => {
  it("'How Sam Kerr could have put the visitors three goals up so early will trouble Morton.'", () => {
    expect(typedList("How Sam Kerr could have put the visitors three goals up so early will trouble Morton.")).toEqual([["three", "count", false]]);
  });
  it("'The hosts should have been five goals ahead by half-time, their manager conceded.'", () => {
    expect(typedList("The hosts should have been five goals ahead by half-time, their manager conceded.")).toEqual([["five", "count", false]]);
  });
  it("'Leeds might easily have been two goals clear at the interval.': an adverb before 'have'", () => {
    expect(typedList("Leeds might easily have been two goals clear at the interval.")).toEqual([["two", "count", false]]);
  });
  it("'Bath could have been 20 points in front at the break.': a rugby margin, 'in front'", () => {
    expect(typedList("Bath could have been 20 points in front at the break.")).toEqual([["20", "count", false]]);
  });
});

describe("near misses: a lead taken, or a modal's tally, stays", () => {
  it("'Sam Kerr put the visitors three goals up before the break.': a lead they had", () => {
    expect(exactOnly("Sam Kerr put the visitors three goals up before the break.")).toEqual(want(3, undefined, undefined, "goals", "count"));
  });
  it("'Kerr could have scored three goals in the first half.': no margin said with its direction", () => {
    expect(typedList("Kerr could have scored three goals in the first half.")).toEqual([["three", "count", true]]);
  });
  it("'They could have won, but were two goals down at the break.': a comma ends the modal's clause", () => {
    expect(typedList("They could have won, but were two goals down at the break.")).toEqual([["two", "count", true]]);
  });
});

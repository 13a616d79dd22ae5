// "the last eight" (four, 16, 32) names a knockout's round and counts nothing (competition-round.ts); a part of a
// whole, another verb's object or a noun after the number keeps it a count.
import { describe, expect, it } from "vitest";
import { at, exact, typedList, want } from "#test/helpers/figures.ts";

describe("a knockout's round is no count", () => {
  it("'reached the last eight in the Europa League' after 'in three years' → no span of years", () => {
    expect(typedList("For the second time in three years, none of our clubs have reached the last eight in the Europa League.")).toEqual([["three", "duration", true], ["eight", "other", false]]);
  });

  it("'the first leg of the last eight clash' → no count of clashes", () => {
    expect(typedList("They meet on Tuesday in the first leg of the last eight clash.")).toEqual([["eight", "other", false]]);
  });

  it("'Four unforced errors later Dimitrov was through to the last eight.' → the errors counted, the round not", () => {
    expect(typedList("Four tame unforced errors later and Dimitrov was through to the last eight.")).toEqual([["Four", "count", true], ["eight", "other", false]]);
  });

  it("'face Besiktas in the Europa League last 32.' → a round after a competition's name", () => {
    expect(typedList("Liverpool face Besiktas in the Europa League last 32.")).toEqual([["32", "other", false]]);
  });

  it("'as does reaching the last 16.' → no count of the points before", () => {
    expect(typedList("Each win brings three bonus points, as does reaching the last 16.")).toEqual([["three", "count", true], ["16", "other", false]]);
  });
});

describe("near misses stay counts", () => {
  it("a noun after the number: 'in his last eight Premier League games' → eight games", () => {
    expect(exact(at("He has scored four goals in his last eight games.", 8))).toEqual(want(8, undefined, undefined, "games", "count"));
  });

  it("a part of a whole: 'Southampton have won seven of their last eight against Hull' → no round", () => {
    expect(typedList("Southampton have won seven of the last eight against Hull.").map(([, t]) => t)).not.toContain("other");
  });

  it("a part of a whole in digits: 'Southampton have won 7 of the last 8 against Hull' → no round", () => {
    expect(typedList("Southampton have won 7 of the last 8 against Hull.").map(([, t]) => t)).not.toContain("other");
  });

  it("an owner's, no round's: 'He has scored in his last eight.' → no round", () => {
    expect(typedList("He has scored in his last eight.").map(([, t]) => t)).not.toContain("other");
  });

  it("another verb's object: 'Chelsea have won the last eight.' → no round", () => {
    expect(typedList("Chelsea have won the last eight.").map(([, t]) => t)).not.toContain("other");
  });

  it("at a race: 'been on pole at the last four, and who' → no round", () => {
    expect(typedList("He has won 11 grands prix, been on pole at the last four, and leads the title race.").map(([, t]) => t)).not.toContain("other");
  });

  it("each of a whole: 'He has scored in each of the last four.' → no round", () => {
    expect(typedList("He has scored in each of the last four.").map(([, t]) => t)).not.toContain("other");
  });

  it("no knockout's number: 'reached the last five in the contest' → no round", () => {
    expect(typedList("She reached the last five in the contest.").map(([, t]) => t)).not.toContain("other");
  });
});

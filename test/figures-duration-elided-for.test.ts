// A perfect's copula before a duration with its "for" left out says what the time was spent being, as it does with one
// (duration-predicate.ts' elidedFor): "had been married 16 years" → years married. Made-up sentences in the dev cards'
// shapes; each near miss a time that is no state's length.
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("a perfect's state with no 'for' before its time", () => {
  it("'had been married 16 years' → years married", () => {
    expect(exact(at("The couple had been married 16 years and their children were grown.", 16))).toEqual(want(16, undefined, "years", "years married", "duration"));
  });

  it("'has been on the force four years' → years on the force", () => {
    expect(exact(at("The officer, who has been on the force four years, was answering a call.", 4))).toEqual(
      want(4, undefined, "years", "years on the force", "duration"),
    );
  });

  it("'I have been here two years' → years here", () => {
    expect(exact(at("I have been here two years and we have not won the league.", 2))).toEqual(want(2, undefined, "years", "years here", "duration"));
  });
});

describe("near misses: the time described, a hedge, a time point, a denial", () => {
  it("'has been a dramatic 24 hours': the time is the subject's, no state's", () => {
    expect(exact(at("It has been a dramatic 24 hours for the club.", 24))?.label).toBe("hours");
  });

  it("'has been typically two weeks': an adverb in '-ly' is no state", () => {
    expect(exact(at("The wait has been typically two weeks.", 2))?.label).toBe("weeks");
  });

  it("'has been reported they separated three weeks ago': a time point keeps its event", () => {
    expect(exact(at("It has been reported they separated three weeks ago.", 3))?.label).toBe("weeks since separating");
  });

  it("'has been sacked as coach just eight months after taking charge': a time after an event is that time", () => {
    expect(exact(at("He has been sacked as coach just eight months after taking charge.", 8))?.label).toBe("months after taking charge");
  });

  it("'have not been married 10 years': a denied state is no time spent", () => {
    expect(exact(at("They have not been married 10 years.", 10))?.label).toBe("years");
  });
});

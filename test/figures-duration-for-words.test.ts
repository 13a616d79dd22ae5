// A duration's "for" may stand apart from its number by words that say nothing of what the time was spent doing: a
// window ("for the past five years"), an addition ("for another 30 years", "for an extra 15 minutes"), the whole of it
// ("for the whole 90 minutes", "for a total of 226 weeks") or a judgement ("for a staggering 64 years"). The predicate
// before the "for" is read past them (for-words.ts), as it is with nothing between; and past a preposition a relative
// pronoun left behind ("whom she has been friends with for 30 years").
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("the predicate before 'for' is read over the words between 'for' and the number", () => {
  it("'for another 30 years': an addition", () => {
    expect(exact(at("MPs expressed horror at the prospect of Mr Blair remaining in public life for another 30 years.", 30))).toEqual(
      want(30, undefined, "years", "years in public life", "duration"),
    );
  });

  it("'for the whole 90 minutes': the whole of a time", () => {
    expect(exact(at("Celta played well for the whole 90 minutes, but there are games that are won on little details.", 90))).toEqual(
      want(90, undefined, "minutes", "minutes playing well", "duration"),
    );
  });

  it("'for a total of seven hours': a total", () => {
    expect(exact(at("Loughlin told police he worked at the center for a total of seven hours last month.", 7))).toEqual(
      want(7, undefined, "hours", "hours working at the center", "duration"),
    );
  });

  it("'for a staggering 64 years': a judgement", () => {
    expect(exact(at("After languishing in a warehouse for a staggering 64 years, the car has been restored.", 64))).toEqual(
      want(64, undefined, "years", "years languishing in a warehouse", "duration"),
    );
  });

  it("'for the following two seasons': a window ahead", () => {
    expect(exact(at("Players become eligible if they commit to playing Super Rugby in Australia for the following two seasons.", 2))).toEqual(
      want(2, undefined, "seasons", "seasons playing Super Rugby in Australia", "duration"),
    );
  });
});

describe("a preposition a relative pronoun left behind before 'for' ends the predicate, and starts no other", () => {
  it("'whom she has been friends with for 30 years' → years as friends", () => {
    expect(exact(at("She wrote in support of the grandparents whom she has been friends with for 30 years.", 30))).toEqual(
      want(30, undefined, "years", "years as friends", "duration"),
    );
  });

  it("near miss: 'the people she has been friends with for 30 years': with no relative pronoun the 'with' is left unread", () => {
    expect(exact(at("The people she has been friends with for 30 years came to the wedding.", 30))?.label).toBe("years");
  });
});

describe("a hyphened word the tagger reads a verb before a noun is the noun's modifier, and the predicate is read past it", () => {
  it("'has been posting YouTube make-up tutorials for six years'", () => {
    expect(exact(at("Promise has been posting YouTube make-up tutorials for six years now.", 6))).toEqual(
      want(6, undefined, "years", "years posting YouTube make-up tutorials", "duration"),
    );
  });

  it("near miss: 'co-hosted the show for 12 years': a hyphened verb before its object stays the verb", () => {
    expect(exact(at("She co-hosted the show for 12 years.", 12))?.label).toBe("years co-hosting the show");
  });
});

describe("near misses: what stands between is no window, or the 'for' is not the time's", () => {
  it("'looked to be heading for an extra 30 minutes': a progressive of heading says where to", () => {
    expect(exact(at("The game looked to be heading for an extra 30 minutes.", 30))).toEqual(
      want(30, undefined, "minutes", "minutes", "duration"),
    );
  });

  it("'on heading for 15 years a number of companies': heading as leading keeps its time", () => {
    expect(exact(at("I pride myself on heading for 15 years a number of successful companies.", 15))).toEqual(
      want(15, undefined, "years", "years heading", "duration"),
    );
  });

  it("'instead of for another two days': a 'for' after a preposition starts no predicate's time, fillers or none", () => {
    expect(exact(at("The site will now be closed all next week instead of for another two days.", 2))).toEqual(
      want(2, undefined, "days", "days", "duration"),
    );
  });
});

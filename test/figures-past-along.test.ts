// A simple past or perfect with its object after a particle, or with a preposition of on, as or along what it went on,
// names what a time "for" was spent doing (past-doing.ts): "writhed on a gurney for 43 minutes" → minutes writhing on
// a gurney, "spun out the legal battle for nearly five years" → years spinning out the legal battle.
import { describe, expect, it } from "vitest";
import { at, duration, exact } from "#test/helpers/figures.ts";

describe("a past along a preposition", () => {
  it("'he writhed on a gurney for 43 minutes' (the past tagged an adjective) → minutes writhing on a gurney", () => {
    expect(exact(at("This was prompted by an execution in which he writhed on a gurney for 43 minutes before he died.", 43))).toEqual(duration(43, "minutes", "minutes writhing on a gurney"));
  });

  it("a perfect: 'has dressed as a man for 43 years' → years dressing as a man", () => {
    expect(exact(at("The grandmother of two has dressed as a man for 43 years to avoid oppression.", 43))).toEqual(duration(43, "years", "years dressing as a man"));
  });

  it("a phrasal verb: 'spun out the legal battle for nearly five years' → years spinning out the legal battle", () => {
    expect(exact(at("The 52-year-old spun out the legal battle for nearly five years by insisting he was ill.", 5))).toEqual(duration(5, "years", "years spinning out the legal battle", "nearly"));
  });
});

describe("near misses stay their unit", () => {
  it("a particle before a preposition: 'Lyon moved back to the top of Ligue 1 for 24 hours'", () => {
    expect(exact(at("Lyon moved back to the top of Ligue 1 for 24 hours.", 24))).toEqual(duration(24, "hours", "hours"));
  });

  it("where it came to be: 'She arrived in Paris for three days'", () => {
    expect(exact(at("She arrived in Paris for three days.", 3))).toEqual(duration(3, "days", "days"));
  });

  it("where it went: 'They travelled to Europe for five weeks' is no 'travelling to Europe', but the stay there (trip-stay.ts)", () => {
    expect(exact(at("They travelled to Europe for five weeks.", 5))).toEqual(duration(5, "weeks", "weeks in Europe"));
  });

  it("a participle after its noun: 'have a logo tattooed on his head for 30 days'", () => {
    expect(exact(at("He said he would have a logo tattooed on his head for 30 days.", 30))).toEqual(duration(30, "days", "days"));
  });

  it("an '-ed' adjective after an article is no past: 'kept the disused station on standby for ten years' → years keeping the disused station", () => {
    expect(exact(at("The council kept the disused station on standby for ten years.", 10))).toEqual(duration(10, "years", "years keeping the disused station"));
  });
});

// A participle right after an object's noun, right before a time's "for", is a passive with its "which was" left out
// (reduced-passive.ts): the time is how long the noun was so, not the unit alone. Made-up sentences in the shapes of
// the dev cards.
import { describe, expect, it } from "vitest";
import { at, duration, exact } from "#test/helpers/figures.ts";

describe("a reduced passive after an object's noun", () => {
  it("'was given a 26-week sentence suspended for 12 months' → months suspended", () => {
    expect(exact(at("The salesman was given a 26-week sentence suspended for 12 months.", 12))).toEqual(duration(12, "months", "months suspended"));
  });

  it("'at the end of a sacred tunnel sealed for nearly 1,800 years' → years sealed", () => {
    expect(exact(at("The metal lay at the end of a sacred tunnel sealed for nearly 1,800 years.", 1800))).toEqual(
      duration(1800, "years", "years sealed", "nearly"),
    );
  });
});

describe("near misses: a subject's past, a reported clause's", () => {
  it("'after the singer vanished for six weeks': the noun is the past's subject", () => {
    expect(exact(at("After the singer vanished for six weeks, the band split up.", 6))).toEqual(duration(6, "weeks", "weeks"));
  });

  it("'proves the authorities ignored for 14 months that …': a reported clause's subject", () => {
    expect(exact(at("New evidence proves the authorities ignored for 14 months that gas had leaked.", 14))).toEqual(duration(14, "months", "months"));
  });
});

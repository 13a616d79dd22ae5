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

describe("a reduced passive after a sentence's subject, its own verb after the time (labels48)", () => {
  it("'The woman kidnapped for five days was found' → days kidnapped, not the main verb's 'days found'", () => {
    expect(exact(at("The woman kidnapped for five days was found alive.", 5))).toEqual(duration(5, "days", "days kidnapped"));
  });

  it("an irregular participle too: 'The man held for 12 years was freed' → years held", () => {
    expect(exact(at("The man held for 12 years was freed on Monday.", 12))).toEqual(duration(12, "years", "years held"));
  });

  it("a jailing's time is a prison term: 'The man jailed for 12 years was freed' → years in prison, not 'years freed'", () => {
    expect(exact(at("The man jailed for 12 years was freed on Monday.", 12))).toEqual(duration(12, "years", "years in prison"));
  });

  it("a subject's own past with no verb after it is no reduced passive: 'The singer vanished for six weeks.' → its participle (bare-past.ts)", () => {
    expect(exact(at("The singer vanished for six weeks.", 6))).toEqual(duration(6, "weeks", "weeks vanished"));
  });
});

describe("near misses: a subject's past, a reported clause's", () => {
  it("'after the singer vanished for six weeks': the noun is the past's subject", () => {
    expect(exact(at("After the singer vanished for six weeks, the band split up.", 6))).toEqual(duration(6, "weeks", "weeks vanished"));
  });

  it("'proves the authorities ignored for 14 months that …': a reported clause's subject", () => {
    expect(exact(at("New evidence proves the authorities ignored for 14 months that gas had leaked.", 14))).toEqual(duration(14, "months", "months ignored"));
  });
});

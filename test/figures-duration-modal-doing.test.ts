// A verb's base form after a modal or a "have to" is what a time "for" after it was spent doing (base-doing.ts): "had
// to wear a body cast for three and a half months" → months wearing a body cast. A perfect's participle the tagger
// reads as a noun is a past all the same ("has baffled experts for 100 years", past-doing.ts).
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("a modal's or a 'have to''s doing", () => {
  it("'had to wear a body cast for three and a half months'", () => {
    expect(exact(at("Jamie had to wear a body cast for three and a half months after the accident.", 3.5))).toEqual(
      want(3.5, undefined, "months", "months wearing a body cast", "duration"),
    );
  });

  it("'will gain protection from creditors for 180 days'", () => {
    expect(exact(at("If the firm is declared bankrupt it will gain protection from creditors for 180 days.", 180))).toEqual(
      want(180, undefined, "days", "days gaining protection from creditors", "duration"),
    );
  });

  it("'could see his son for 20 minutes': an owner starts the object", () => {
    expect(exact(at("He said he had been told he could see his son for 20 minutes.", 20))).toEqual(
      want(20, undefined, "minutes", "minutes seeing his son", "duration"),
    );
  });

  it("'continued to have periods for the whole nine months': a doing kept up", () => {
    expect(exact(at("She continued to have periods for the whole nine months.", 9))).toEqual(
      want(9, undefined, "months", "months having periods", "duration"),
    );
  });

  it("'has baffled experts for over a hundred years': a participle tagged a noun after 'has'", () => {
    expect(exact(at("The island has baffled experts for over a hundred years.", 100))).toEqual(
      want(100, "over", "years", "years baffling experts", "duration"),
    );
  });
});

describe("near misses: a denied doing, a pronoun object, an infinitive in between, an adjective after 'had'", () => {
  it("'cannot reapply for seven years': how long it may not be done", () => {
    expect(exact(at("The driver has been denied parole and cannot reapply for seven years.", 7))?.label).toBe("years");
  });

  it("'won't be able to wear a cast for two weeks': a denial before the 'able to'", () => {
    expect(exact(at("She won't be able to wear a cast for two weeks.", 2))?.label).toBe("weeks");
  });

  it("'couldn't see his son for 20 minutes': a denied modal is no modal", () => {
    expect(exact(at("He couldn't see his son for 20 minutes.", 20))?.label).toBe("minutes");
  });

  it("'will fly to Paris for three days': where a doing goes is no object (as 'travelled to Europe' is not)", () => {
    expect(exact(at("She will fly to Paris for three days next month.", 3))?.label).toBe("days");
  });

  it("'will win a reception and hotel suite for two nights': past a conjunction the time may be the later part's", () => {
    expect(exact(at("The winning couple will win a free wedding reception and hotel suite for two nights.", 2))?.label).toBe("nights");
  });

  it("'will give its verdict after hearing evidence for three days': past an event's 'after' the time is that event's", () => {
    expect(exact(at("The advisory panel will give its verdict after hearing evidence for three days.", 3))?.label).toBe("days");
  });

  it("'could see him for 20 minutes': a pronoun object names nothing", () => {
    expect(exact(at("He said he could see him for 20 minutes.", 20))?.label).toBe("minutes");
  });

  it("'had to close the shop to detain a shoplifter for three hours': past an infinitive the time is that doing's (infinitive-doing.ts)", () => {
    expect(exact(at("A teenager had to close the shop to detain a shoplifter for three hours.", 3))?.label).toBe("hours detaining a shoplifter");
  });

  it("'had tired legs for three weeks': an adjective after 'had' is the object's", () => {
    expect(exact(at("He had tired legs for three weeks.", 3))?.label).toBe("weeks");
  });
});

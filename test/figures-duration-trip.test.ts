// A trip to a named place "for" a time is a stay there (trip-stay.ts): the time is not the going's but the stay's, and
// the place the trip went to is where it was spent.
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("a verb of going, 'to' and a named place before 'for': the time spent there", () => {
  it("'went to Africa for three weeks'", () => {
    expect(exact(at("He took his wife to a care home while he went to Africa for three weeks.", 3))).toEqual(
      want(3, undefined, "weeks", "weeks in Africa", "duration"),
    );
  });

  it("'had travelled to Europe for five weeks together'", () => {
    expect(exact(at("They were best friends and had travelled to Europe for five weeks together.", 5))).toEqual(
      want(5, undefined, "weeks", "weeks in Europe", "duration"),
    );
  });

  it("'flew to the United States for two weeks': the article stays with the name", () => {
    expect(exact(at("She flew to the United States for two weeks.", 2))).toEqual(
      want(2, undefined, "weeks", "weeks in the United States", "duration"),
    );
  });
});

describe("near misses: no named place, a month, a denied trip", () => {
  it("'went to a care home for two weeks': a common noun is no named place", () => {
    expect(exact(at("He went to a care home for two weeks.", 2))?.label).toBe("weeks");
  });

  it("'moved to March for three weeks': a month says when, not where", () => {
    expect(exact(at("The hearing moved to March for three weeks.", 3))?.label).toBe("weeks");
  });

  it("'never went to Africa for more than two weeks': a denied trip is no stay", () => {
    expect(exact(at("He never went to Africa for more than two weeks.", 2))?.label).toBe("weeks");
  });
});

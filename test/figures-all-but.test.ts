// A time "all but" which of a whole was done is the part not done (all-but.ts): it read its unit alone, or the whole as
// if it were the whole's length (card audit 41, item 3). Made-up sentences.
import { describe, expect, it } from "vitest";
import { at, duration, exact } from "#test/helpers/figures.ts";

describe("all but a time of a whole", () => {
  it("'served all but six months of his nine year term' → months of term not served", () => {
    expect(exact(at("The banker served all but six months of his nine year term before his release.", 6))).toEqual(
      duration(6, "months", "months of term not served"),
    );
  });

  it("the whole kept when it fits: 'played all but 10 minutes of the season' → minutes of season not played", () => {
    expect(exact(at("The keeper played all but 10 minutes of the season.", 10))).toEqual(duration(10, "minutes", "minutes of season not played"));
  });
});

// The first of a pair that shares the second's scale counts the second's noun (scaled-first.ts): "The two stations
// drew 3 and 4 million viewers" read '3 million — stations', the noun of the count before it.
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("scaled-first.ts: 'N and M million NOUN' counts NOUN twice", () => {
  it("'The two stations drew 3 and 4 million viewers.' → 3 million — viewers", () => {
    expect(exact(at("The two stations drew 3 and 4 million viewers.", 3e6))).toEqual(want(3e6, undefined, undefined, "viewers", "count"));
  });

  it("near miss: 'The two firms were fined $3 and $4 million in the cases.' → $3 million — fine: a sum keeps its label", () => {
    expect(exact(at("The two firms were fined $3 and $4 million in the cases.", 3e6))).toEqual(want(3e6, undefined, "USD", "fine", "money"));
  });

  it("near miss: 'Seats cost $30 and 40 million people watched.' → $30 — seats: no scale shared, no noun lent", () => {
    expect(exact(at("Seats cost $30 and 40 million people watched.", 30))).toEqual(want(30, undefined, "USD", "seats", "money"));
  });

  it("near miss: 'About 602 and 402 million people live in India and China.' keeps its own scope", () => {
    expect(exact(at("About 602 and 402 million people live in India and China.", 602e6))).toEqual(want(602e6, "about", undefined, "people in India", "count"));
  });
});

// '"… because our flat is four blocks away"': a count of street units said as how far off is a distance, not a count
// of blocks (card audit 56, sample AX's made-up shape 1: read 'four — blocks').
import { describe, expect, it } from "vitest";
import { exactOnly, labelOf, want } from "#test/helpers/figures.ts";

describe("counted-distance.ts: a count of street units followed by 'away' or 'from' is a distance", () => {
  it("'The bakery is five blocks away, a customer said.' → 5 — blocks away", () => {
    expect(exactOnly("The bakery is five blocks away, a customer said.")).toEqual(want(5, undefined, undefined, "blocks away", "count"));
  });
  it("'Their shop stands two doors from the church.' → 2 — doors from church", () => {
    expect(exactOnly("Their shop stands two doors from the church.")).toEqual(want(2, undefined, undefined, "doors from church", "count"));
  });
  it("near miss: 'Police shut four streets in the centre.' → streets, no distance", () => {
    expect(labelOf("Police shut four streets in the centre.", 4)).toBe("streets");
  });
  it("near miss: 'The coach made six stops from Derby.' → stops a ride made, left as stops", () => {
    expect(labelOf("The coach made six stops from Derby.", 6)).toBe("stops");
  });
});

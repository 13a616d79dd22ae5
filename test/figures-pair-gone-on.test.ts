// "hops along on two feet": the feet a body or a machine goes on are counted, as "walked on two legs" is, not a length
// (pair-gone-on.ts); "on two feet of snow" is still a length.
import { describe, expect, it } from "vitest";
import { exactOnly, want } from "#test/helpers/figures.ts";

describe("feet gone on", () => {
  it("\"The toy crane hops along on two feet.\": a count of feet, no 2 ft", () => {
    expect(exactOnly("The toy crane hops along on two feet.")).toEqual(want(2, undefined, undefined, "feet", "count"));
  });
  it("\"The newborn calf wobbled on 4 feet.\"", () => {
    expect(exactOnly("The newborn calf wobbled on 4 feet.")).toEqual(want(4, undefined, undefined, "feet", "count"));
  });
});

describe("a length after 'on' stays a length", () => {
  it("\"The hamlet woke on two feet of snow.\"", () => {
    expect(exactOnly("The hamlet woke on two feet of snow.")).toEqual(want(2, undefined, "feet", "snow", "measure"));
  });
});

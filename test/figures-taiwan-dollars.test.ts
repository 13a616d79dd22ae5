// A name before "dollars" says whose dollar ("New Taiwan dollars"), and "NT$" is Taiwan's sign (currency-word.ts).
import { describe, expect, it } from "vitest";
import { exactOnly, want } from "#test/helpers/figures.ts";

describe("dollars of a named country", () => {
  it("\"The deal was worth 3 billion New Taiwan dollars.\": TWD, no count of dollars", () => {
    expect(exactOnly("The deal was worth 3 billion New Taiwan dollars.")).toEqual(want(3e9, undefined, "TWD", "deal", "money"));
  });
  it("\"It cost NT$500 million.\": Taiwan's sign, not the US dollar", () => {
    expect(exactOnly("It cost NT$500 million.")).toEqual(want(5e8, undefined, "TWD", "cost", "money"));
  });
  it("\"It cost 500 Hong Kong dollars.\": a two-word name", () => {
    expect(exactOnly("It cost 500 Hong Kong dollars.")).toEqual(want(500, undefined, "HKD", "cost", "money"));
  });
});

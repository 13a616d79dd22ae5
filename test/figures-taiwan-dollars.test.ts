// A name before "dollars" says whose dollar ("New Taiwan dollars"), and "NT$" is Taiwan's sign; a name before another
// currency's word says whose ("Philippine pesos") (currency-word.ts).
import { describe, expect, it } from "vitest";
import { exactOnly, listed, want } from "#test/helpers/figures.ts";

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

describe("a name before another currency's word says whose", () => {
  it("\"Gloves were on sale for 3,000 Philippine pesos (£45) a pair.\": PHP money, not '3,000 — Philippine pesos' counted", () => {
    expect(listed("Gloves were on sale for 3,000 Philippine pesos (£45) a pair.").map((n) => [n.display, n.value, n.unit, n.type])).toEqual([
      ["3,000 Philippine pesos", 3000, "PHP", "money"],
      ["£45", 45, "GBP", "money"],
    ]);
  });
  it("\"The watch costs 500 Swiss francs.\": CHF", () => {
    expect(exactOnly("The watch costs 500 Swiss francs.")).toMatchObject({ value: 500, unit: "CHF", type: "money" });
  });
});

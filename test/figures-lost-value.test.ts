// A share of its own value a thing lost is its fall in value (lost-value.ts): from card audit 37's pattern 8
// (made-up sentences, AE informed).
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("'lost a quarter of its value' is the fall in value", () => {
  it.each([
    ["Since the election the pound has lost a quarter of its value.", 0.25, undefined, "fall in value of pound", "other"],
    ["The house lost a third of its value in the crash.", 0.333, undefined, "fall in value of house", "other"],
    ["The shares have lost 40% of their value this year.", 40, "%", "fall in value of shares", "percent"],
  ] as const)("%s", (text, value, unit, label, type) => {
    expect(exact(at(text, value))).toEqual(want(value, undefined, unit, label, type));
  });

  it("near miss: 'The club lost 40% of its members.' is a share of the members", () => {
    expect(exact(at("The club lost 40% of its members.", 40))).toEqual(want(40, undefined, "%", "share of members lost", "percent"));
  });
});

// A temperature or a percent below zero keeps its sign: "-50C" was read as 50, which the card printed as if true.
import { describe, expect, it } from "vitest";
import { at, exact, figs } from "#test/helpers/figures.ts";

describe("a negative temperature or percent", () => {
  it("'as cold as -50C' → -50C, value -50", () => {
    expect(exact(at("They endured temperatures as cold as -50C.", -50))).toEqual({ value: -50, qualifier: undefined, unit: "c", label: "temperature", type: "measure" });
  });

  it("'minus 20C' → minus 20C, value -20", () => {
    expect(at("At night temperatures drop to minus 20C.", -20)).toMatchObject({ display: "minus 20C", unit: "c" });
  });

  it("'a growth rate of -0.1%' → -0.1%, value -0.1", () => {
    expect(exact(at("Like-for-like sales showed a growth rate of -0.1%.", -0.1))).toEqual({ value: -0.1, qualifier: undefined, unit: "%", label: "growth rate", type: "percent" });
  });

  it("'inflation at minus 0.1 per cent' → inflation, not 'minus'", () => {
    expect(at("Inflation at minus 0.1 per cent is way below the target.", -0.1)).toMatchObject({ display: "minus 0.1 per cent", label: "inflation" });
  });
});

describe("a glued unit says what its number measures", () => {
  it("'At night temperatures drop to 20C' → 20C, a temperature, not a duration in nights", () => {
    expect(exact(at("At night temperatures drop to 20C.", 20))).toEqual({ value: 20, qualifier: undefined, unit: "c", label: "night temperatures", type: "measure" });
  });
});

describe("no sign where none is meant", () => {
  it("'plus or minus 1 percentage point' is a margin either way: 1", () => {
    expect(figs("The margin of error is plus or minus 1 per cent.").map((f) => f.value)).toEqual([1]);
  });

  it("a dash typed short before a distance: 'Zuccoli -25 km southeast from Darwin' → 25 km", () => {
    expect(figs("The rock stands above Zuccoli -25 km southeast from Darwin.").map((f) => f.value)).toEqual([25]);
  });

  it("a hyphen joining two numbers: 'a 40% -50% turnout' holds no negative", () => {
    expect(figs("Fletcher predicted a 40% -50% turnout.").every((f) => f.value > 0)).toBe(true);
  });
});

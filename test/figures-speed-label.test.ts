// A speed is labelled by what goes at it: the nearest noun phrase before a spaced or glued speed ("umbrellas",
// "power outages", "direction") is no such thing, so the wind the sentence names or the dimension labels it.
import { describe, expect, it } from "vitest";
import { at, exact } from "#test/helpers/figures.ts";

describe("a speed whose noun names nothing that moves", () => {
  it("'gave up on their umbrellas in winds of more than 100 km / hr' is the winds' speed", () => {
    expect(exact(at("Most people gave up on their umbrellas in winds of more than 100 km / hr.", 100))).toEqual({ value: 100, qualifier: "more than", unit: "km/hr", label: "winds", type: "measure" });
  });

  it("'power outages after wind gusts reached 70 mph' is the gusts' speed", () => {
    expect(exact(at("Utilities reported a number of power outages after wind gusts reached 70 mph.", 70))).toEqual({ value: 70, qualifier: undefined, unit: "mph", label: "wind gusts", type: "measure" });
  });

  it("'swerves erratically in their direction at 60 mph' with no wind named is a speed", () => {
    expect(exact(at("A Dodge Durango swerves erratically in their direction at 60 mph.", 60))).toEqual({ value: 60, qualifier: undefined, unit: "mph", label: "speed", type: "measure" });
  });

  it("a noun that goes at the speed keeps it ('a 100mph crash')", () => {
    expect(at("He was involved in a 100mph crash last month.", 100)).toMatchObject({ unit: "mph", label: "crash" });
  });
});

// A spec unit in the singular between a number and a noun makes the number a measure of the noun in the unit
// (spec-unit.ts): "a 12 megapixel camera" read '12 — megapixel camera', a count. These sentences are made up.
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("spec-unit.ts: a number before a singular spec unit and a noun measures the noun", () => {
  it("'The phone has a 12 megapixel camera.' → 12 megapixels — camera", () => {
    const f = at("The phone has a 12 megapixel camera.", 12);
    expect(exact(f)).toEqual(want(12, undefined, "megapixels", "camera", "measure"));
    expect(f.display).toBe("12 megapixel");
  });

  it("in words: 'It comes with a two terabyte hard drive.' → 2 terabytes — hard drive", () => {
    expect(exact(at("It comes with a two terabyte hard drive.", 2))).toEqual(want(2, undefined, "terabytes", "hard drive", "measure"));
  });

  it("hyphened: 'It ships with a 64-gigabyte memory card.' → 64 gigabytes — memory card", () => {
    expect(exact(at("It ships with a 64-gigabyte memory card.", 64))).toEqual(want(64, undefined, "gigabytes", "memory card", "measure"));
  });

  it("plural or abbreviated: 'It has 512 megabytes RAM and a 40 GB hard drive.' → megabytes — RAM, gb — hard drive", () => {
    const text = "It has 512 megabytes RAM and a 40 GB hard drive.";
    expect(exact(at(text, 512))).toEqual(want(512, undefined, "megabytes", "RAM", "measure"));
    expect(exact(at(text, 40))).toEqual(want(40, undefined, "gb", "hard drive", "measure"));
  });

  it("a line is no unit: 'He issued a two line statement on Friday.' keeps 'line statement'", () => {
    expect(at("He issued a two line statement on Friday.", 2).unit).toBeUndefined();
  });
});

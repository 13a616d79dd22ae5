// A distance covered in one unit of time keeps the time in its label (distance-in-time.ts; the 36th round's fault
// list: 'cycle 52 km in an hour' had no label).
import { describe, expect, it } from "vitest";
import { exactOnly, labelOf, want } from "#test/helpers/figures.ts";

describe("distance-in-time.ts: 'cycle 52 km in an hour' is the distance cycled in an hour", () => {
  it("a base form after a modal names the motion, and the hour is kept: 'can cycle 52 km in an hour'", () => {
    expect(exactOnly("He can cycle 52 km in an hour.")).toEqual(want(52, undefined, "km", "distance cycled in an hour", "measure"));
  });

  it("a spaced unit of length: 'can cycle 52 miles in an hour' → miles cycled in an hour", () => {
    expect(exactOnly("He can cycle 52 miles in an hour.")).toEqual(want(52, undefined, "miles", "miles cycled in an hour", "measure"));
  });

  it("with no time after it, a base form's motion alone: 'She can walk 5km' → walk", () => {
    expect(exactOnly("She can walk 5km.")).toEqual(want(5, undefined, "km", "walk", "measure"));
  });

  it("near miss: a time of more than one unit is no part of the distance ('ran 26 miles in four hours')", () => {
    expect(labelOf("She ran 26 miles in four hours.", 26)).toBe("miles run");
  });

  it("near miss: a speed after a base form is no distance ('driving approximately 20 mph over the limit' → speed)", () => {
    expect(labelOf("He was driving approximately 20 mph over the speed limit.", 20)).toBe("speed");
  });
});

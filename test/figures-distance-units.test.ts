// One list of the units a distance is said in (compass-after.ts' DISTANCE_UNITS), read before a compass point and
// before where from (measured-thing.ts): the two lists had drifted apart, so a singular unit or "yds" read only one way.
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("a distance's unit, singular or short, before where from", () => {
  it("'The fishing boat sank 1 mile off the coast of Cornwall.' → 1 mile — distance (was the boat)", () => {
    expect(exact(at("The fishing boat sank 1 mile off the coast of Cornwall.", 1))).toEqual(want(1, undefined, "mile", "distance", "measure"));
  });

  it("'The school must stay within 1 mile of the river.' → 1 mile — distance from river (was 'river')", () => {
    expect(exact(at("The school must stay within 1 mile of the river.", 1))).toEqual(want(1, undefined, "mile", "distance from river", "measure"));
  });

  it("'Police closed the road 400 yds east of the bridge.' → 400 yds — distance (was 'east')", () => {
    expect(exact(at("Police closed the road 400 yds east of the bridge.", 400))).toEqual(want(400, undefined, "yds", "distance", "measure"));
  });

  it("'The fishing boat sank 3 miles off the coast.' → 3 miles — distance, as the plural read before", () => {
    expect(exact(at("The fishing boat sank 3 miles off the coast.", 3))).toEqual(want(3, undefined, "miles", "distance", "measure"));
  });
});

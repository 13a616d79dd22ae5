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

describe("a length 'around' a thing is a distance from it, not the bare unit (card audit 55's made-up shape 8)", () => {
  it("'Police held a cordon 250 metres around the embassy.' → 250 metres — distance (was 'metres')", () => {
    expect(exact(at("Police held a cordon 250 metres around the embassy.", 250))).toEqual(want(250, undefined, "metres", "distance", "measure"));
  });

  it("'The cordon ran 200 metres around the embassy.' → 200 metres — distance, not the subject's size", () => {
    expect(exact(at("The cordon ran 200 metres around the embassy.", 200))).toEqual(want(200, undefined, "metres", "distance", "measure"));
  });

  it("near miss: a noun of its own after the unit ('60 metres of fencing around the yard') keeps it", () => {
    expect(at("Workers put up 60 metres of fencing around the yard.", 60).label).toBe("fencing");
  });
});

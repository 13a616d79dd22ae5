// A height: feet and inches read as one measure in feet ("6ft 7in", "6-foot-8"), and a length in feet after "at" with
// no noun of its own is a height, not the noun before it.
import { describe, expect, it } from "vitest";
import { at, displays, exact, want } from "#test/helpers/figures.ts";

describe("a length in feet after 'at' says where something is", () => {
  it("'a setting for the ultimate selfie at 1,982 ft' is a height", () => {
    expect(exact(at("This steep cliff has a flat top that provides a setting for the ultimate selfie at 1,982 ft.", 1982))).toEqual({ value: 1982, qualifier: undefined, unit: "ft", label: "height", type: "measure" });
  });

  it("'won gold at 800m' is a race's distance, not a height", () => {
    expect(at("He won gold at 800m in the final.", 800).label).not.toBe("height");
  });

  it("'who at more than six foot, towered over his victim' is a height (spaced unit; card audit 21's sample O)", () => {
    expect(exact(at("Bygraves, who at more than six foot, towered over his victim.", 6))).toEqual({ value: 6, qualifier: "more than", unit: "foot", label: "height", type: "measure" });
  });

  it("'balloons flying at 25,000 feet' is a height", () => {
    expect(exact(at("Balloons flying at 25,000 feet were seen over the city.", 25000))).toEqual({ value: 25000, qualifier: undefined, unit: "feet", label: "height", type: "measure" });
  });

  it("'at 20 feet of rope' keeps the noun it counts", () => {
    expect(at("He climbed at 20 feet of rope a minute.", 20).label).not.toBe("height");
  });
});

describe("unit-dimension.ts (heightAt): only feet after 'at' with no noun of their own are a height", () => {
  it("'Divers worked at 60 ft depths': the feet's own noun labels them (not: every 'at N ft' a height)", () => {
    expect(exact(at("Divers worked at 60 ft depths.", 60))).toEqual({ value: 60, qualifier: undefined, unit: "ft", label: "depths", type: "measure" });
  });
});

describe("a height in feet and inches is one measure, in feet, labelled 'height' when no noun follows", () => {
  it("'stands 6-foot-8', 'at 6ft 7in', '5 feet 4 inches tall': the inches join the feet", () => {
    expect(at("A man who weighs 385 pounds and stands 6-foot-8 is facing a charge.", 6.667)).toMatchObject({ display: "6-foot-8", unit: "feet", type: "measure", label: "height" });
    expect(at("The striker, who stands at 6ft 7in, scored twice.", 6.583)).toMatchObject({ display: "6ft 7in", unit: "feet", type: "measure", label: "height" });
    expect(at("Elizabeth is 5 feet 4 inches tall, with long black hair.", 5.333)).toMatchObject({ display: "5 feet 4 inches", unit: "feet", type: "measure", label: "height" });
    expect(at("He is described as about 5-feet-5-inches tall.", 5.417)).toMatchObject({ display: "about 5-feet-5-inches", qualifier: "about", unit: "feet", label: "height" });
  });

  it("a noun after the height is what it describes; an owner's noun is the owner ('his 6ft 1in lecturer's account')", () => {
    expect(at("The 6ft 5in defender signed a new deal.", 6.417)).toMatchObject({ display: "6ft 5in", unit: "feet", label: "defender" });
    expect(at("He found his 6ft 1in lecturer's Instagram account.", 6.083)).toMatchObject({ display: "6ft 1in", unit: "feet", label: "lecturer" });
    expect(at("She became a three-time women's short-course champion.", 3)).toMatchObject({ label: "times women's short-course champion" });
  });

  it("a number 'in' after the feet is not inches unless glued, nor a twelfth inch", () => {
    expect(displays("He stands 6ft 4 in the photo.")).toEqual(["6ft", "4"]);
    expect(displays("The wall is 5 feet 14 inches from the road.")).toEqual(["5 feet", "14"]);
    // The bound itself: 11 inches is the most a height's inches run to.
    expect(displays("The wall is 5 feet 12 inches from the road.")).toEqual(["5 feet", "12"]);
    // After a glued "6ft-" a bare number is no inches: only the "6-foot-8" compound takes one (read-height.ts).
    expect(displays("The fence stands 6ft-8 in places.")).toEqual(["6ft", "8"]);
  });
});

describe("feet whose next words say a height are a height, not the bare unit (card audit 55's made-up shape 8)", () => {
  it("'The drone hovered 300 feet above the pitch.' → 300 feet — height", () => {
    expect(exact(at("The drone hovered 300 feet above the pitch.", 300))).toEqual(want(300, undefined, "feet", "height", "measure"));
  });

  it("'a plane, thousands of feet up' at the clause's end → thousands of feet — height", () => {
    expect(exact(at("He teaches students to parachute from a plane, thousands of feet up.", 1000))).toEqual(want(1000, "thousands of", "feet", "height", "measure"));
  });

  it("'Sparks shot 40 feet into the air.' → 40 feet — height", () => {
    expect(exact(at("Sparks shot 40 feet into the air.", 40))).toEqual(want(40, undefined, "feet", "height", "measure"));
  });

  it("near miss: 'up the coast' runs along it: 'The cabin sits 20 miles up the coast.' is no height", () => {
    expect(at("The cabin sits 20 miles up the coast.", 20).label).not.toBe("height");
  });

  it("a building's levels the next words put above something: 'some shot 40 storeys above the street' → height (card audit 56's made-up shape 3)", () => {
    expect(exact(at("Her photos, some shot 40 storeys above the street, show the city at dawn.", 40))).toEqual(want(40, undefined, "storeys", "height", "measure"));
  });

  it("near miss: levels with nothing above ('The tower block has 30 storeys.') keep what has them", () => {
    expect(at("The tower block has 30 storeys.", 30).label).toBe("tower block");
  });

  it("near miss: levels the next words put above nothing ('The blaze raged across 12 storeys.') are no height", () => {
    expect(at("The blaze raged across 12 storeys.", 12).label).not.toBe("height");
  });
});

// A length in feet after "at" with no noun of its own is a height, not the noun before it.
import { describe, expect, it } from "vitest";
import { at, exact } from "#test/helpers/figures.ts";

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

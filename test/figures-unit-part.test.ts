// A fraction of one unit is a measure in that unit ("about a third of a mile" → 0.333 miles, a distance), as "a mile
// and a half" is 1.5 miles; read as a share it was 'about a third — mile', typed other (unit-part.ts; audit 44, AL).
import { describe, expect, it } from "vitest";
import { at, exact, exactOnly, figs, typedList, want } from "#test/helpers/figures.ts";

describe("a fraction of a unit", () => {
  it("\"We rowed about a third of a mile upstream to the old mill.\": 0.333 miles, hedged, a distance", () => {
    expect(exactOnly("We rowed about a third of a mile upstream to the old mill.")).toEqual(want(0.333, "about", "miles", "distance", "measure"));
  });
  it("\"We take a jeep about a quarter of a mile up the crater to the bar.\": 0.25 miles, a distance", () => {
    expect(exactOnly("We take a jeep about a quarter of a mile up the crater to the bar.")).toEqual(want(0.25, "about", "miles", "distance", "measure"));
  });
  it("\"The boat sank half a mile offshore.\": 0.5 miles, where no share reader read anything", () => {
    expect(exactOnly("The boat sank half a mile offshore.")).toEqual(want(0.5, undefined, "miles", "distance", "measure"));
  });
  it("\"The path runs three-quarters of a mile along the river.\": a hyphened fraction, 0.75 miles", () => {
    expect(exactOnly("The path runs three-quarters of a mile along the river.")).toEqual(want(0.75, undefined, "miles", "distance", "measure"));
  });
  it("\"They built a wall a third of a mile long.\": the side after the unit names the dimension", () => {
    expect(exactOnly("They built a wall a third of a mile long.")).toEqual(want(0.333, undefined, "miles", "length", "measure"));
  });
  it("\"The site covers a third of an acre.\": an area, after \"an\"", () => {
    expect(exactOnly("The site covers a third of an acre.")).toEqual(want(0.333, undefined, "acres", "area", "measure"));
  });
  it("\"We rowed about a third of a mile upstream, to a mill four metres above the water.\": the metres unmoved", () => {
    const text = "We rowed about a third of a mile upstream, to a mill four metres above the water.";
    expect(exact(at(text, 0.333))).toEqual(want(0.333, "about", "miles", "distance", "measure"));
    expect(exact(at(text, 4))).toEqual(want(4, undefined, "metres", "height", "measure"));
  });
  it("\"The fire burned a quarter of a square mile of forest.\": an area's unit is both words", () => {
    expect(exactOnly("The fire burned a quarter of a square mile of forest.")).toEqual(want(0.25, undefined, "square miles", "area", "measure"));
  });
});

describe("a fraction of a unit of time is a duration (blind sample AZ's type error, made up)", () => {
  it("\"The Swiss rider was only two fifths of a second off the lead.\": 0.4 seconds, not a share labelled 'second'", () => {
    expect(exactOnly("The Swiss rider was only two fifths of a second off the lead.")).toMatchObject({ value: 0.4, qualifier: "only", unit: "seconds", type: "duration" });
  });
  it("\"The queue moved in a quarter of an hour.\": 0.25 hours", () => {
    expect(exactOnly("The queue moved in a quarter of an hour.")).toMatchObject({ value: 0.25, unit: "hours", type: "duration" });
  });
  it("near miss: \"They aired a 30-second advert.\": a whole 'second' compound stays off, as before", () => {
    expect(typedList("They aired a 30-second advert.")).toEqual([["30-second", "other", false]]);
  });
  it("near miss: \"He waited half an hour.\": no 'of', left to the readers of time (no number, as before)", () => {
    expect(figs("He waited half an hour.")).toEqual([]);
  });
});

describe("near misses", () => {
  it("\"About a third of the miles were run in the rain.\": a share of the miles, no unit's fraction", () => {
    expect(exactOnly("About a third of the miles were run in the rain.")).toEqual(want(0.333, "about", undefined, "miles run in rain", "other"));
  });
  it("\"A quarter of a million homes were flooded.\": a fraction of a scale is a count", () => {
    expect(exactOnly("A quarter of a million homes were flooded.")).toEqual(want(250000, undefined, undefined, "homes", "count"));
  });
});

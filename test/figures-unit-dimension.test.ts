// A measure labelled by its unit alone takes its dimension: a length is a distance, an index's points at a close the close.
// A unit of area is an area, a weight weighed or reached is a weight, a fall's length the height of the fall, and a
// glued measure before a name takes its dimension unless the name is every word capitalised (named-after-unit.ts).
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("a measure whose label would be its unit alone", () => {
  it("'scored from eight yards' is a distance", () => {
    expect(exact(at("Rooney scored from eight yards.", 8))).toEqual({ value: 8, qualifier: undefined, unit: "yards", label: "distance", type: "measure" });
  });

  it("'a buggy measures 4ft (1.2 metres) tall' is a height, the word after the length naming its dimension", () => {
    expect(exact(at("By comparison, an average buggy measures 4ft (1.2 metres) tall.", 1.2))).toEqual({ value: 1.2, qualifier: undefined, unit: "metres", label: "height", type: "measure" });
  });

  it("'to close at 11,488.76 points' is the close of the index the sentence names", () => {
    expect(exact(at("The Nikkei rose 1.2% to close at 11,488.76 points.", 11488.76))).toEqual({ value: 11488.76, qualifier: undefined, unit: "points", label: "Nikkei close", type: "measure" });
  });
});

describe("unit-dimension.ts AREAS: a unit of area alone is labelled 'area'", () => {
  it("'covers 400 hectares' is an area (not: hectares left out of AREAS, labelled 'hectares')", () => {
    expect(exact(at("The estate covers 400 hectares.", 400))).toEqual({ value: 400, qualifier: undefined, unit: "hectares", label: "area", type: "measure" });
  });
});

describe("named-after-unit.ts: a name after a glued unit is every word capitalised", () => {
  it("'a 300lb American lineman' is labelled by the lineman, not 'weight' (not: some word capitalised)", () => {
    expect(exact(at("He is a 300lb American lineman.", 300))).toEqual({ value: 300, qualifier: undefined, unit: "lb", label: "American lineman", type: "measure" });
  });
});

describe("a measure that is weighed is a weight, not the scales or its unit", () => {
  it("'tipped the scales at 20 stone': her weight", () => {
    expect(at("Lizzi Crawford, 32, tipped the scales at 20 stone when she overheard a passenger.", 20)).toMatchObject({ display: "20 stone", unit: "stone", type: "measure", label: "weight" });
  });

  it("'now weighs in at just over 10 stone': a weight, hedged", () => {
    expect(at("Shauna has since dropped seven stone and now weighs in at just over 10 stone.", 10)).toMatchObject({ qualifier: "just over", unit: "stone", type: "measure", label: "weight" });
  });

  it("'a small bag of marijuana weighing 0.86 grams': the noun the participle describes still names it", () => {
    expect(at("Police seized a small bag of marijuana weighing 0.86 grams.", 0.86)).toMatchObject({ unit: "grams", type: "measure", label: "marijuana" });
  });
});

describe("a stone reached is a body's weight (N: '28 — stone')", () => {
  it("'ballooned to 28 stone': 28 stone — peak weight (weight-change.ts)", () => {
    expect(exact(at("He had been drinking 25 pints a day and ballooned to 28 stone, but changed his ways.", 28))).toEqual(want(28, undefined, "stone", "peak weight", "measure"));
  });

  it("'dropped seven stone' is a change of weight, not the weight: not labelled 'weight'", () => {
    expect(at("Determined Shauna has since dropped seven stone.", 7).label).not.toBe("weight");
  });
});

describe("a length a fall covers, or a noun 'of' it, says what the length is", () => {
  it("'dropped her from 6 feet above ground': the height of the drop", () => {
    expect(exact(at("Investigators say Glenara's parents dropped her from 6 feet above ground, and her mother then tried to sew her head wound.", 6))).toEqual({ value: 6, qualifier: undefined, unit: "feet", label: "height of drop", type: "measure" });
  });

  it("'It had 18 feet of break': a lone word after 'of' is a noun, whatever the tagger says", () => {
    expect(exact(at("It had 18 feet of break, it comes almost backwards.", 18))).toEqual({ value: 18, qualifier: undefined, unit: "feet", label: "break", type: "measure" });
  });

  it("'dropped from 30 feet to 20 feet' is a change of level, no fall", () => {
    expect(at("The water level dropped from 30 feet to 20 feet.", 30).label).not.toMatch(/drop|fall/);
  });

  it("'He fell 30 feet from the roof': the fall, not a distance from the roof", () => {
    expect(exact(at("He fell 30 feet from the roof of the building.", 30))).toEqual({ value: 30, qualifier: undefined, unit: "feet", label: "fall", type: "measure" });
  });

  it("'threw his young son from 30 feet': the falling verb four words back, over its object", () => {
    expect(exact(at("The man threw his young son from 30 feet into the river.", 30))).toEqual({ value: 30, qualifier: undefined, unit: "feet", label: "height of fall", type: "measure" });
  });
});

// A table's gap of one point ("just one point behind the leaders") is a count, as "three points behind" is; "one" is
// otherwise no number unless it counts a toll or an arrest (figures-one.test.ts). Each a one-sentence repro with the
// exact figure, and the look-alikes that stay no number at all.
import { describe, expect, it } from "vitest";
import { figs } from "#test/helpers/figures.ts";

const exact = (text: string) => figs(text).map((f) => ({ display: f.display, value: f.value, qualifier: f.qualifier, unit: f.unit, label: f.label, type: f.type }));
const gap = (display: string, qualifier?: string) => ({ display, value: 1, qualifier, unit: undefined, label: "point", type: "count" });

describe("a gap of one point in a table", () => {
  it("'sit just one point behind the leaders': just 1, point", () => {
    expect(exact("The Hornets sit just one point behind the leaders.")).toEqual([gap("just one", "just")]);
  });

  it("'are one point clear of the drop zone': 1, point clear of the drop zone (a gap to a table's mark: mark-gap.ts)", () => {
    expect(exact("The Black Cats are one point clear of the drop zone.")).toEqual([{ ...gap("one"), label: "point clear of the drop zone" }]);
  });

  it("'moved to within one point of Arsenal': 1, point", () => {
    expect(exact("The win moved Everton to within one point of Arsenal.")).toEqual([gap("one")]);
  });

  it("'lead the table by only one point': only 1, point", () => {
    expect(exact("Rovers lead the table by only one point.")).toEqual([gap("only one", "only")]);
  });
});

describe("'one point' that is no gap", () => {
  it("a moment, a point made, a scoring rule: no number", () => {
    for (const text of [
      "At one point the gunman fired into the ceiling.",
      "A draw earns one point for each side.",
      "The scheme has one point in its favour.",
      "Under the rules, one point is awarded for a draw.",
    ]) expect(exact(text), text).toEqual([]);
  });
});

// A measure labelled by its unit alone takes its dimension: a length is a distance, an index's points at a close the close.
import { describe, expect, it } from "vitest";
import { at, exact } from "#test/helpers/figures.ts";

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

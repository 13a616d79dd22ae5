// "twice" after a qualifier and its verb ("won only twice") counts what was done, as "won only three times" does
// (multiples.ts timesDone): the form line of a match preview was no number at all.
import { describe, expect, it } from "vitest";
import { exactOnly, figs, want } from "#test/helpers/figures.ts";

describe("a qualified count of times said 'twice'", () => {
  it("\"Harbour Town have won only twice since March.\": the qualifier is the count's, the verb its label", () => {
    expect(exactOnly("Harbour Town have won only twice since March.")).toEqual(want(2, "only", undefined, "times won", "count"));
  });
  it("\"The mill has flooded just twice in a century.\"", () => {
    expect(exactOnly("The mill has flooded just twice in a century.")).toEqual(want(2, "just", undefined, "times flooded", "count"));
  });
  it("\"The goalkeeper has conceded twice this season.\": a period after it ends the count", () => {
    expect(exactOnly("The goalkeeper has conceded twice this season.")).toEqual(want(2, undefined, undefined, "times conceded", "count"));
  });
  it("\"The hangar measured twice this size.\": a comparison, no count (only a period ends it)", () => {
    expect(figs("The hangar measured twice this size.")).toEqual([]);
  });
});

describe("a particle before 'twice' is the verb's", () => {
  it("\"The cyclist was knocked over twice.\": no 'over twice' (more than twice) read", () => {
    expect(figs("The cyclist was knocked over twice.")).toEqual([]);
  });
});

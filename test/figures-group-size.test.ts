// "a family of four" counts the people in one household (group-size.ts), not what the family did after it ('four —
// plunged into the water') nor a span before it; a noun after the number counts that noun.
import { describe, expect, it } from "vitest";
import { at, exact, labelOf, typedList, want } from "#test/helpers/figures.ts";

describe("a household's size counts its members", () => {
  it("'a car carrying a family of four plunged into the water' → four — family members", () => {
    expect(exact(at("A car carrying a family of four plunged into the water.", 4))).toEqual(want(4, undefined, undefined, "family members", "count"));
  });

  it("'The family of six have been missing from their home.' → six — family members missing", () => {
    expect(exact(at("The family of six have been missing from their home.", 6))).toEqual(want(6, undefined, undefined, "family members missing", "count"));
  });

  it("a household in digits too: 'In the city a household of 5 lived in one room.' → 5 — household members", () => {
    expect(exact(at("In the city a household of 5 lived in one room.", 5))).toEqual(want(5, undefined, undefined, "household members", "count"));
  });
});

describe("near misses", () => {
  it("a noun after the number: 'in a family of four children' → four — children", () => {
    expect(exact(at("Mary was the youngest child in a family of four children.", 4))).toEqual(want(4, undefined, undefined, "children", "count"));
  });

  it("no article before the household: 'the head of family of four' reads no household's size", () => {
    expect(labelOf("He is the head of family of four.", 4)).toBe("");
  });

  it("a plural group noun after no 'in': 'groups of two' is no group's size", () => {
    expect(typedList("They worked in groups of two.")).toEqual([["two", "count", false]]);
  });
});

// An ordinal before a street's word written small names the street, no figure (street-name.ts): from card audit 37's
// pattern 12 (made-up sentences, AE informed).
import { describe, expect, it } from "vitest";
import { exactOnly, figs, typedList, want } from "#test/helpers/figures.ts";

describe("an ordinal naming a street is no figure", () => {
  it.each([
    ["The bakery on 23rd street reopened on Monday.", "23rd"],
    ["He lived in a flat on 5th avenue for a decade.", "5th"],
    ["The shop at the corner of 125th St and Lenox reopened.", "125th"],
  ])("%s", (text, display) => {
    expect(figs(text)).toEqual([]);
    expect(typedList(text)).toEqual([[display, "ordinal", false]]);
  });

  it("near miss: 'The school came 23rd in the league table.' is a place, kept", () => {
    expect(exactOnly("The school came 23rd in the league table.")).toEqual(want(23, undefined, undefined, "position in the league", "rank"));
  });
});

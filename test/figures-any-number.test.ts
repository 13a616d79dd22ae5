// A number picked by "any" is a case, no count (any-number.ts): from card audit 37's pattern 15 (made-up sentences,
// AE informed).
import { describe, expect, it } from "vitest";
import { exactOnly, figs, want } from "#test/helpers/figures.ts";

describe("'any N' counts nothing", () => {
  it.each([
    ["The app lets you message any two friends at once."],
    ["The rule bars any 10 players from meeting."],
  ])("%s", (text) => {
    expect(figs(text)).toEqual([]);
  });

  it("'Any two of the five firms could merge.': the five firms stay a count", () => {
    expect(exactOnly("Any two of the five firms could merge.")).toEqual(want(5, undefined, undefined, "firms", "count"));
  });

  it("near miss: 'The app lets you message two friends at once.' counts the friends", () => {
    expect(exactOnly("The app lets you message two friends at once.")).toEqual(want(2, undefined, undefined, "friends", "count"));
  });
});

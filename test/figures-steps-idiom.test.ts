// A few steps with a direction are an idiom, no count (steps-idiom.ts): from card audit 37's pattern 14 (made-up
// sentences, AE informed).
import { describe, expect, it } from "vitest";
import { exactOnly, typedList, want } from "#test/helpers/figures.ts";

describe("'two steps back' counts no steps", () => {
  it.each([
    ["Every reform seems to take us two steps back.", [["two", "identifier", false]]],
    ["The party keeps taking two steps backwards.", [["two", "identifier", false]]],
  ])("%s", (text, list) => {
    expect(typedList(text)).toEqual(list);
  });

  it("near miss: 'The patient walked 20 steps forward.' counts the steps", () => {
    expect(exactOnly("The patient walked 20 steps forward.")).toEqual(want(20, undefined, undefined, "steps", "count"));
  });
});

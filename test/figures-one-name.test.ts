// "the 1 CROWN bar": "the", a digit 1 and a capitalised word before a singular noun is a venue's name, no count
// (one-name.ts): from card audit 37's pattern 13 (made-up sentences, AE informed).
import { describe, expect, it } from "vitest";
import { exactOnly, typedList, want } from "#test/helpers/figures.ts";

describe("a venue named with a 1 is no count of one", () => {
  it.each([
    ["Police were called to the 1 CROWN bar after closing time."],
    ["A fight broke out outside the 1 Oak club."],
  ])("%s", (text) => {
    expect(typedList(text)).toEqual([["1", "identifier", false]]);
  });

  it("near miss: 'Only 1 British soldier was hurt.' counts one", () => {
    expect(exactOnly("Only 1 British soldier was hurt.")).toEqual(want(1, "only", undefined, "British soldier hurt", "count"));
  });
});

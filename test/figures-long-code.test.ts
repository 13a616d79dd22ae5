// Five or more digits with no thousands commas are a code, a phone or a reference number, no count (type.ts).
import { describe, expect, it } from "vitest";
import { exactOnly, typedList, want } from "#test/helpers/figures.ts";

describe("long digit codes", () => {
  it("\"Text GIVE to 70070 to donate.\": a short code, no count", () => {
    expect(typedList("Text GIVE to 70070 to donate.")).toEqual([["70070", "identifier", false]]);
  });
  it("\"The crowd of 10000 people cheered.\": people counted stay a count", () => {
    expect(exactOnly("The crowd of 10000 people cheered.")).toEqual(want(10000, undefined, undefined, "people", "count"));
  });
});

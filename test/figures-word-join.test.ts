// Number words join by grammar, not by being side by side; a word typed twice is read once (read-core.ts).
import { describe, expect, it } from "vitest";
import { exactOnly, want } from "#test/helpers/figures.ts";

describe("number words joined by grammar", () => {
  it("\"Police said four four people were hurt.\": a doubled word is read once", () => {
    expect(exactOnly("Police said four four people were hurt.")).toEqual(want(4, undefined, undefined, "people hurt", "count"));
  });
  it("\"She won three Six Nations titles in a row.\": 'Six Nations' stays a name", () => {
    expect(exactOnly("She won three Six Nations titles in a row.")).toEqual(want(3, undefined, undefined, "Six Nations titles", "count"));
  });
  it("\"There were twenty five people.\": a tens word takes a unit", () => {
    expect(exactOnly("There were twenty five people.")).toEqual(want(25, undefined, undefined, "people", "count"));
  });
});

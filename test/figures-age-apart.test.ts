// "helped 50,000 nine year olds swim further": an age written without its hyphens is the noun counted ('50,000 — year
// olds', card audit 57, sample AY's made-up shape 7); before a noun it describes the counted as "18-year-old" does.
import { describe, expect, it } from "vitest";
import { exactOnly, want } from "#test/helpers/figures.ts";

describe("age-compound.ts: an age said apart ('nine year olds', '18 year old men')", () => {
  it("'The league coached 7,000 ten year olds last summer.' → 7,000 — ten year olds", () => {
    expect(exactOnly("The league coached 7,000 ten year olds last summer.")).toEqual(want(7000, undefined, undefined, "ten year olds", "count"));
  });
  it("'Officers questioned two 17 year old girls.' → 2 — girls questioned", () => {
    expect(exactOnly("Officers questioned two 17 year old girls.")).toEqual(want(2, undefined, undefined, "girls questioned", "count"));
  });
  it("'The league coached 7,000 ten year old children.' → 7,000 — children", () => {
    expect(exactOnly("The league coached 7,000 ten year old children.")).toEqual(want(7000, undefined, undefined, "children", "count"));
  });
});

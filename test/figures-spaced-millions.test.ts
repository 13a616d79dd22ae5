// A spaced "m" before a plural of people is millions ("3.4 m residents"), not the number alone with the "m" in its
// label (read-core.ts; card-audit-50's made-up shape 6). Other spaced "m"s are left as they were read.
import { describe, expect, it } from "vitest";
import { exactOnly, typedList, want } from "#test/helpers/figures.ts";

describe("'N m PEOPLE': millions", () => {
  it("'Officials say 3.4 m residents have been told to leave the coast.' → 3.4 million — residents", () => {
    expect(exactOnly("Officials say 3.4 m residents have been told to leave the coast.")).toEqual(want(3_400_000, undefined, undefined, "residents", "count"));
  });
  it("'About 1.2 m voters stayed at home.': a hedge kept", () => {
    expect(exactOnly("About 1.2 m voters stayed at home.")).toMatchObject({ value: 1_200_000, qualifier: "about", unit: undefined });
  });
});

describe("near misses: a spaced 'm' before no noun of people is read as before", () => {
  it("'The wall is 3.4 m high.': metres", () => {
    expect(exactOnly("The wall is 3.4 m high.")).toMatchObject({ value: 3.4, unit: "m", type: "measure" });
  });
  it("'He won the 110 m hurdles in record time.': no millions of hurdles", () => {
    expect(typedList("He won the 110 m hurdles in record time.")[0]?.[0]).toBe("110");
  });
  it("'Workers laid 2.5 m pipes under the road.': no millions of pipes", () => {
    expect(typedList("Workers laid 2.5 m pipes under the road.")[0]?.[0]).toBe("2.5");
  });
});

// "a crowd which police put at 40,": an estimate "put at" or "estimated at" a number closing its clause is a count of
// the thing estimated, no age as "died at 40," is (type.ts' LEVEL_VERBS, hedged-age.ts); the thing put, not who put
// it, is what is counted (label-count.ts through rank-put.ts).
import { describe, expect, it } from "vitest";
import { exactOnly, listed } from "#test/helpers/figures.ts";

const count = (value: number, qualifier: string | undefined, label: string): ReturnType<typeof exactOnly> => ({ value, qualifier, unit: undefined, label, type: "count" });

describe("an estimate put at a number", () => {
  it("'The rally drew a crowd, which organisers put at 60, to the square.': a count of the crowd", () => {
    expect(exactOnly("The rally drew a crowd, which organisers put at 60, to the square.")).toEqual(count(60, undefined, "crowd"));
  });
  it("'The queue, which staff placed at 80, reached the car park.': 'placed' as 'put'", () => {
    expect(exactOnly("The queue, which staff placed at 80, reached the car park.")).toEqual(count(80, undefined, "queue"));
  });
  it("'The crowd, which stewards put at just 45, stayed calm.': behind a hedge", () => {
    expect(exactOnly("The crowd, which stewards put at just 45, stayed calm.")).toEqual(count(45, "just", "crowd"));
  });
  it("'The turnout was estimated at 90.': an estimate said in the passive", () => {
    expect(exactOnly("The turnout was estimated at 90.")).toEqual(count(90, undefined, "turnout"));
  });
});

describe("near misses", () => {
  it("'She was diagnosed with diabetes at 40.': a bare 'at N' after another verb stays an age", () => {
    expect(listed("She was diagnosed with diabetes at 40.").map((n) => [n.value, n.type, n.candidate])).toEqual([[40, "age", false]]);
  });
  it("'Pakistan is ranked at 92 in the index, …': a rank's 'at' is no estimate; the ranked thing is not read as counted", () => {
    const n = listed("Pakistan is ranked at 92 in the index, and its citizens can visit 32 countries.").find((x) => x.value === 92);
    expect([n?.label, n?.type]).toEqual(["", "count"]);
  });
});

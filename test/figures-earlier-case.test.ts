// "Although five wardens were charged with neglect after a similar death in 2009, they were later cleared": a count of
// an earlier case is that case's, not this story's (card audit 56, sample AX's made-up shape 7: 'wardens charged').
import { describe, expect, it } from "vitest";
import { exactOnly, labelOf, want } from "#test/helpers/figures.ts";

describe("earlier-case.ts: a count said of an earlier case", () => {
  it("'Six nurses were charged after a similar overdose in 2011.' → 6 — nurses charged in 2011 case", () => {
    expect(exactOnly("Six nurses were charged after a similar overdose in 2011.")).toEqual(want(6, undefined, undefined, "nurses charged in 2011 case", "count"));
  });
  it("'Two drivers were arrested over a previous crash.' → drivers arrested in earlier case", () => {
    expect(labelOf("Two drivers were arrested over a previous crash.", 2)).toBe("drivers arrested in earlier case");
  });
  it("near miss: 'Six nurses were charged after the overdose in 2011.' → no likeness word, this story's case", () => {
    expect(labelOf("Six nurses were charged after the overdose in 2011.", 6)).toBe("nurses charged");
  });
  it("near miss: 'Sales were 40 units more than in the previous quarter.' → no case, a period compared", () => {
    expect(labelOf("Sales were 40 units more than in the previous quarter.", 40)).not.toContain("case");
  });
});

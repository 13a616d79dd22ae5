// "Water bills are to go up on average by about 2%": the adverbial "on average" between the verb and its "by" is no
// object of the change; read as one it labelled the rise 'average' (card audit 56, sample AX's made-up shape 10).
import { describe, expect, it } from "vitest";
import { exactOnly, want } from "#test/helpers/figures.ts";

describe("change-verb.ts: 'on average' before a change's 'by'", () => {
  it("'Council rents in Fife will go up on average by about 4% in April.' → average rise in council rents", () => {
    expect(exactOnly("Council rents in Fife will go up on average by about 4% in April.")).toEqual(want(4, "about", "%", "average rise in council rents", "percent"));
  });
  it("'Ferry fares fell on the average by 6% last year.' → average fall in ferry fares", () => {
    expect(exactOnly("Ferry fares fell on the average by 6% last year.")?.label).toBe("average fall in ferry fares");
  });
  it("near miss: 'Council rents in Fife will go up by about 4% in April.' → rise in council rents, no average", () => {
    expect(exactOnly("Council rents in Fife will go up by about 4% in April.")?.label).toBe("rise in council rents");
  });
});

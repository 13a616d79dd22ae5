// "March saw 30 per cent more rain than average. Last month the figure was 7 per cent below average.": "the figure"
// stands for the rain, not for the difference said before (the lead's made-up shape from blind sample AX, '7 per cent —
// figure'); the anaphor keeps its own comparison with a norm (figure-anaphor.ts' ownComparison).
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("figure-anaphor.ts: 'the figure' after a difference in a noun takes the noun and its own comparison", () => {
  it("'Orchards had 35 per cent more frost than average in January. In February the figure was 9 per cent below average.' → 9% — frost below average", () => {
    const text = "Orchards had 35 per cent more frost than average in January. In February the figure was 9 per cent below average.";
    expect(exact(at(text, 9))).toEqual(want(9, undefined, "%", "frost below average", "percent"));
  });
  it("'Shops had 20 per cent more people than last year. In May the figure was 5 per cent less than usual.' → 5% — less people than usual", () => {
    const text = "Shops had 20 per cent more people than last year. In May the figure was 5 per cent less than usual.";
    expect(exact(at(text, 5))).toEqual(want(5, undefined, "%", "less people than usual", "percent"));
  });
  it("a comparison with no norm it knows keeps the noun alone: '… the figure was 7 per cent below the long-term average.' → snow", () => {
    const text = "Hills had 30 per cent more snow than normal. Last week the figure was 7 per cent below the long-term average.";
    expect(exact(at(text, 7))).toEqual(want(7, undefined, "%", "snow", "percent"));
  });
  it("with no comparison of its own the antecedent's label stands: '… In February the figure was 9 per cent.' → more frost than average", () => {
    const text = "Orchards had 35 per cent more frost than average. In February the figure was 9 per cent.";
    expect(exact(at(text, 9))).toEqual(want(9, undefined, "%", "more frost than average", "percent"));
  });
  it("near miss: no measure before, none invented: 'Farmers say the dry spell cost them a planting. Last month the figure was 7 per cent below average.' → figure", () => {
    const text = "Farmers say the dry spell cost them a planting. Last month the figure was 7 per cent below average.";
    expect(exact(at(text, 7))).toEqual(want(7, undefined, "%", "figure", "percent"));
  });
});

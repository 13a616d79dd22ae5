// Money said over a counted window is what its verb moved in that time, not the window's unit ('$646m — months', card
// audit 32's label that is a duration; window-money.ts). One-sentence repros with the exact figure, and near misses: an
// amount with a noun of its own, a window with no money verb, a time that is no counted window.
import { describe, expect, it } from "vitest";
import { at, exact, exactOnly, want } from "#test/helpers/figures.ts";

describe("money over a counted window is labelled by its verb's noun (window-money.ts)", () => {
  it("'which lost $90m in the six months to June': loss, not 'months'", () => {
    expect(exact(at("The airline, which lost $90m in the six months to June, cut routes.", 9e7))).toEqual(want(9e7, undefined, "USD", "loss", "money"));
  });

  it("'which made $8m over the past two years': earnings, over the window's words", () => {
    expect(exact(at("The studio, which made $8m over the past two years, was sold.", 8e6))).toEqual(want(8e6, undefined, "USD", "earnings", "money"));
  });

  it("'have now lost $3 in four days': loss, over the auxiliary and adverb", () => {
    expect(exactOnly("Shares have now lost $3 in four days.")).toEqual(want(3, undefined, "USD", "loss", "money"));
  });

  it("near miss: '$5m of debt in the past two years' — an amount with a noun of its own keeps it", () => {
    expect(exact(at("The firm, which had $5m of debt in the past two years, is for sale.", 5e6))).toEqual(want(5e6, undefined, "USD", "debt", "money"));
  });

  it("near miss: 'which had $5m in the past two years' — a window with no money verb changes nothing", () => {
    expect(exact(at("The charity, which had $5m in the past two years, closed.", 5e6))).toEqual(want(5e6, undefined, "USD", "charity", "money"));
  });
});

// "more than the £60m brokers had forecast": a relative clause with no "which" names the amount as the subject's
// forecast, not the subject (card audit 56, sample AX's made-up shape 10: read '£60m — brokers').
import { describe, expect, it } from "vitest";
import { exactOnly, labelOf, want } from "#test/helpers/figures.ts";

describe("relative.ts zeroRelative: 'the AMOUNT SUBJECT had forecast'", () => {
  it("'The sale fetched more than the £45m dealers had forecast.' → £45m — dealers forecast", () => {
    expect(exactOnly("The sale fetched more than the £45m dealers had forecast.")).toEqual(want(45000000, undefined, "GBP", "dealers forecast", "money"));
  });
  it("'Output beat the 3% economists expected.' → 3% — economists expected", () => {
    expect(labelOf("Output beat the 3% economists expected.", 3)).toBe("economists expected");
  });
  it("near miss: 'The £45m dealers fee was forecast.' → a passive's 'was', no relative", () => {
    expect(labelOf("The £45m dealers fee was forecast.", 45000000)).not.toContain("forecast");
  });
  it("near miss: 'A £45m dealers had forecast was paid.' → no 'the' before the amount, left as it was", () => {
    expect(labelOf("A £45m dealers had forecast was paid.", 45000000)).not.toContain("forecast");
  });
  it("near miss: 'Output fell short of the 3% rate pencilled in by analysts.' → rate, a participle with its agent", () => {
    expect(labelOf("Output fell short of the 3% rate pencilled in by analysts.", 3)).toBe("rate");
  });
  it("near miss: 'Output fell short of the 3% figures expected by analysts.' → no forecast label, a participle with its agent", () => {
    expect(labelOf("Output fell short of the 3% figures expected by analysts.", 3)).not.toBe("figures expected");
  });
  it("near miss: 'Output fell short of the 3% rate predicted last month.' → no forecast label, a singular noun's participle", () => {
    expect(labelOf("Output fell short of the 3% rate predicted last month.", 3)).not.toBe("rate predicted");
  });
});

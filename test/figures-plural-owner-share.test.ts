// A share of a plural owner's whole ("of the growers' total sales") runs on past the owner's apostrophe, a token of its
// own, and the label keeps it (noun-phrase.ts pastOwner, phrase.ts): from card audit 37's pattern 9 (made-up
// sentences, AE informed).
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("a share of several owners' whole is a share of the whole, not of the owners", () => {
  it.each([
    ["Farmers want the levy held at 2% of the growers' total sales.", 2, "share of growers' total sales"],
    ["The tax takes 5% of the workers' wages.", 5, "share of workers' wages"],
  ])("%s", (text, value, label) => {
    expect(exact(at(text, value))).toEqual(want(value, undefined, "%", label, "percent"));
  });

  it("near miss: 'the industry's most important positions', a singular owner, reads as before", () => {
    const text = "Women hold 20 per cent of the industry's most important positions.";
    expect(at(text, 20).label).toBe("share of industry's most important positions");
  });
});

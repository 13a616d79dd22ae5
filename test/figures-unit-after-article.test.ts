// After an article, a number and a singular unit, the next word is the noun the measure describes whatever its tag
// (label-count-noun.ts' singularUnit): "a 17 inch monitor" read '17 — inch', the tagger calling "monitor" a verb.
// These sentences are made up.
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("label-count-noun.ts: a singular unit after an article describes the next word", () => {
  it("'It comes with a 17 inch monitor, keyboard and mouse.' → 17 inch — monitor", () => {
    const f = at("It comes with a 17 inch monitor, keyboard and mouse.", 17);
    expect(exact(f)).toEqual(want(17, undefined, "inches", "monitor", "measure"));
  });

  it("no article: 'Screens of 17 inch monitor the hall.' keeps no monitor", () => {
    expect(at("Screens of 17 inch monitor the hall.", 17).label).not.toBe("monitor");
  });
});

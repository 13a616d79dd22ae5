// "N times" before a comparative, "as many" or a whole it multiplies is a multiple, typed "other" as a growth multiple
// is, no count (multiple-type.ts): from card audit 37's pattern 10 (made-up sentences, AE informed).
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("a multiple 'N times higher / as many / the mass' is typed other, not count", () => {
  it.each([
    ["Complaints about the service reached 900 in March, eight times higher than a year earlier.", 8, undefined, "times higher"],
    ["The planet has about 70 times the mass of Earth.", 70, "about", "times the mass of Earth"],
    ["The infected females produced four times as many offspring.", 4, undefined, "times as many offspring"],
  ])("%s", (text, value, qualifier, label) => {
    expect(exact(at(text, value))).toEqual(want(value, qualifier, undefined, label, "other"));
  });

  it.each([
    ["The scheme has been used five times this year.", 5, "times used"],
    ["He struck the door 12 times as she slept.", 12, "times struck door"],
  ])("near miss: '%s' counts how often", (text, value, label) => {
    expect(exact(at(text, value))).toEqual(want(value, undefined, undefined, label, "count"));
  });
});

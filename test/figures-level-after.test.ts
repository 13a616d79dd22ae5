// An amount after a change noun and "to" is the level the change reaches, not the change (level-after.ts): from card
// audit 37's pattern 9 (made-up sentences, AE informed).
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("'an increase to 3.5%' is a level, not the increase", () => {
  it.each([
    ["Farmers want the levy held at 2%, but the board has proposed an increase to 3.5%.", 3.5, "level after increase"],
    ["The European Commission has urged an increase to 1.26%.", 1.26, "level after increase"],
    ["The board has proposed a sharp rise to 3.5% next year.", 3.5, "level after sharp rise"],
  ])("%s", (text, value, label) => {
    expect(exact(at(text, value))).toEqual(want(value, undefined, "%", label, "percent"));
  });

  it.each([
    ["Unions demanded an increase of 3.5%.", 3.5, "increase"],
    ["The bank announced a cut to 0.5% in its main rate.", 0.5, "main rate"],
  ])("near miss: '%s' reads as before", (text, value, label) => {
    expect(exact(at(text, value))).toEqual(want(value, undefined, "%", label, "percent"));
  });
});

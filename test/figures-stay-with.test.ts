// A stay with someone said by a pronoun is a bare stay (stay-or-lie.ts): '"The kitten is only staying with us for
// three weeks, so we spoil him," said the foster carer.' read 'three — weeks' (card-audit-45's made-up shape 7).
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("stay-or-lie.ts: 'staying with us for N weeks' is the time stayed with them", () => {
  it("'\"The kitten is only staying with us for three weeks, …\" said the foster carer.' → weeks staying with us", () => {
    const text = "\"The kitten is only staying with us for three weeks, so we spoil him,\" said the foster carer.";
    expect(exact(at(text, 3))).toEqual(want(3, undefined, "weeks", "weeks staying with us", "duration"));
  });

  it("near miss: denied, 'She did not stay with them for two days.' keeps the unit", () => {
    expect(at("She did not stay with them for two days.", 2).label).toBe("days");
  });
});

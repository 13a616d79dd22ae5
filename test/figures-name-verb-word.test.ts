// A capitalised word after a capitalised name's word, mid-sentence, is the name's even when the parse calls it a verb
// (noun-phrase.ts nounStop): "Cleopatra Lift £420" is priced whole, not as 'Cleopatra'.
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("a name's word the parse calls a verb", () => {
  it("'Treatments: Cleopatra Lift £420, Venus Glow £300.': £420 — Cleopatra Lift", () => {
    expect(exact(at("Treatments: Cleopatra Lift £420, Venus Glow £300.", 420))).toEqual(want(420, undefined, "GBP", "Cleopatra Lift", "money"));
  });
});

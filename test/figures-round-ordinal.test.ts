// "in the <Nth>" closing its clause is a round or an inning, no elided count of the noun before (round-ordinal.ts).
import { describe, expect, it } from "vitest";
import { exact, figs, want } from "#test/helpers/figures.ts";

describe("a round's ordinal", () => {
  it("'The striker hit four shots on target in the ninth.': four — shots, and the ninth no count of shots", () => {
    expect(figs("The striker hit four shots on target in the ninth.").map(exact)).toEqual([want(4, undefined, undefined, "shots", "count")]);
  });
});

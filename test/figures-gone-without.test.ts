// '"We have gone five matches on the road without a victory"': a run's count by what it lacked, not the noun alone
// (card audit 56, sample AX's made-up shape 10: read 'five — matches', the matches played).
import { describe, expect, it } from "vitest";
import { exactOnly, labelOf, want } from "#test/helpers/figures.ts";

describe("gone-without.ts: a run's count by what it lacked", () => {
  it("'Dunmore have gone seven games in all competitions without a win.' → 7 — games without a win", () => {
    expect(exactOnly("Dunmore have gone seven games in all competitions without a win.")).toEqual(want(7, undefined, undefined, "games without a win", "count"));
  });
  it("'The Hornets played nine matches without scoring.' → matches without scoring", () => {
    expect(labelOf("The Hornets played nine matches without scoring.", 9)).toBe("matches without scoring");
  });
  it("near miss: 'Dunmore have gone seven games in all competitions.' → games, no 'without'", () => {
    expect(labelOf("Dunmore have gone seven games in all competitions.", 7)).toBe("games");
  });
  it("near miss: 'Dunmore lost seven games without a fight.' → no run's verb, not 'games without a fight'", () => {
    expect(labelOf("Dunmore lost seven games without a fight.", 7)).not.toContain("without");
  });
});

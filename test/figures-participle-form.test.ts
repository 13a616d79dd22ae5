// One list of irregular participles (lexicon.ts's participleForm) for the rules that read a state after a copula:
// still-state.ts and them-state.ts each kept their own, so "still made" and "were stuck" were read by one and not the other.
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("lexicon.ts participleForm: an irregular participle is a state for both readers", () => {
  it("still-state: 'About 120 of the cars are still made in Britain.' → about 120 — cars still made (them-state's 'made')", () => {
    const text = "About 120 of the cars are still made in Britain.";
    expect(exact(at(text, 120))).toEqual(want(120, "about", undefined, "cars still made", "count"));
  });

  it("them-state: 'The lift carried eight workers and three of them were stuck.' → three — workers stuck (still-state's 'stuck')", () => {
    const text = "The lift carried eight workers and three of them were stuck.";
    expect(exact(at(text, 3))).toEqual(want(3, undefined, undefined, "workers stuck", "count"));
  });
});

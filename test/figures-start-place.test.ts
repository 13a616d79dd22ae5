// A bare ordinal after a verb of starting ("will start ninth", "will begin the race 22nd and last") is the starting
// place its subject holds on the grid (start-place.ts; blind sample AZ's miss M2, made up): it was read as a bare
// 'position', no card candidate, so a story whose news is that the driver starts last showed other trivia instead.
import { describe, expect, it } from "vitest";
import { at, exactOnly, labelOf, want } from "#test/helpers/figures.ts";

describe("a starting place", () => {
  it("\"Ortiz will begin the race 22nd and last, his worst grid place since 2011.\": the grid place is a card figure", () => {
    const text = "The new fault means Ortiz will begin the race 22nd and last, his worst grid place since 2011.";
    expect(exactOnly(text)).toEqual(want(22, undefined, undefined, "starting place of Ortiz", "rank"));
  });
  it("\"His team-mate will start ninth.\": the verb alone", () => {
    expect(at("Bell is on pole. His team-mate will start ninth.", 9).label).toBe("starting place of team-mate");
  });
});

describe("near misses", () => {
  it("\"They start second season.\": a noun after the ordinal orders it", () => {
    expect(labelOf("They start second season on Friday.", 2) ?? "none").not.toMatch(/starting place/);
  });
  it("\"Ortiz will begin the tour ninth.\": an object that is no race", () => {
    expect(labelOf("Ortiz will begin the tour ninth.", 9) ?? "none").not.toMatch(/starting place/);
  });
});

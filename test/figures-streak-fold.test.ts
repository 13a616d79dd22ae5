// A run of games is labelled by its noun and the verb that made it: winning or losing folds into the streak's label
// (fold.ts), as "lost" already did into any count's; the owner and "last" that mark a run stand between verb and number.
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

const count = (value: number, label: string) => want(value, undefined, undefined, label, "count");

describe("a streak's label keeps its modifiers and its verb", () => {
  it("'won five successive games' → successive games won", () => {
    expect(exact(at("Leeds won five successive games to climb the table.", 5))).toEqual(count(5, "successive games won"));
  });

  it("'lost their last three away games' → away games lost", () => {
    expect(exact(at("Hull have lost their last three away games in the league.", 3))).toEqual(count(3, "away games lost"));
  });

  it("'won their last four matches' → matches won", () => {
    expect(exact(at("Swansea have won their last four matches at home.", 4))).toEqual(count(4, "matches won"));
  });
});

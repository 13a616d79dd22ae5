// A count before "game series" or a "-match series" compound, with one series named by its article, counts the games
// of that series, not series (series-games.ts; blind sample AZ's made-up shape 3).
import { describe, expect, it } from "vitest";
import { exactOnly, want } from "#test/helpers/figures.ts";

describe("the games of one series", () => {
  it("\"The coach is wary ahead of the five game series in Denver.\": games in the series, not five series", () => {
    expect(exactOnly("The coach is wary ahead of the five game series in Denver.")).toEqual(want(5, undefined, undefined, "games in the series", "count"));
  });
  it("\"They lost a three-match series to Kenya.\": the compound too", () => {
    expect(exactOnly("They lost a three-match series to Kenya.")?.label).toBe("matches in the series");
  });
});

describe("near misses", () => {
  it("\"He has won four game series this year.\": no article, so perhaps four series", () => {
    expect(exactOnly("He has won four game series this year.")?.label).toBe("game series");
  });
  it("\"They played the five game rounds.\": a noun other than 'series'", () => {
    expect(exactOnly("They played the five game rounds.")?.label).not.toBe("games in the series");
  });
});

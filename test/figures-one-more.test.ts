// An ordinal after "an" owns a tally as after "a"; after "and a" one past a count it is one more of that count
// (ordinals.ts, one-more.ts).
import { describe, expect, it } from "vitest";
import { exact, exactOnly, figs, typedList, want } from "#test/helpers/figures.ts";

describe("an ordinal after \"an\"", () => {
  it("\"Smith wants to steer Hull to an eighth FA Cup triumph.\": a tally, as after \"a\"", () => {
    expect(exactOnly("Smith wants to steer Hull to an eighth FA Cup triumph.")).toEqual(want(8, undefined, undefined, "FA Cup triumph", "ordinal"));
  });
  it("\"She is chasing an 11th Grand Slam crown.\": in digits", () => {
    expect(exactOnly("She is chasing an 11th Grand Slam crown.")).toEqual(want(11, undefined, undefined, "Grand Slam crown", "ordinal"));
  });
});

describe("near misses", () => {
  it("\"Four Leeds firms and a fifth Dublin company were fined.\": one more of the count, no tally", () => {
    expect(typedList("Four Leeds firms and a fifth Dublin company were fined.")).toEqual([["Four", "count", true], ["fifth", "ordinal", false]]);
  });
  it("\"Seven banks and an eighth Swiss lender were named.\": \"an\" too", () => {
    expect(typedList("Seven banks and an eighth Swiss lender were named.")).toEqual([["Seven", "count", true], ["eighth", "ordinal", false]]);
  });
  it("\"They built an 18th Century manor.\": a century is no tally", () => {
    expect(typedList("They built an 18th Century manor.")).toEqual([["18th", "ordinal", false]]);
  });
  it("\"He has won 6 races this year and a sixth British title.\": the count is not one less, the tally stays", () => {
    expect(figs("He has won 6 races this year and a sixth British title.").map(exact)).toContainEqual(want(6, undefined, undefined, "British title", "ordinal"));
  });
  it("\"He lost 6 finals before a seventh Wimbledon title came.\": no 'and' joins it to the count, the tally stays", () => {
    expect(figs("He lost 6 finals before a seventh Wimbledon title came.").map(exact)).toContainEqual(want(7, undefined, undefined, "Wimbledon title", "ordinal"));
  });
});

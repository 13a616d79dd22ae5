// "with 17 tries … needs one more to become the first … to reach 18 tries": a record's mark still to be reached,
// after the tally of the same noun, is no second tally (first-mark.ts; card-audit-53's made-up shape 1).
import { describe, expect, it } from "vitest";
import { exactOnly, typedList, want } from "#test/helpers/figures.ts";

describe("a record's mark after the tally: no candidate, the tally stays", () => {
  it("'Mensah has 23 tries for Selby and needs only one more to become the first Selby player since Ray Cole in 1991 to reach 24 tries in a season.'", () => {
    expect(typedList("Mensah has 23 tries for Selby and needs only one more to become the first Selby player since Ray Cole in 1991 to reach 24 tries in a season.")).toEqual([
      ["23", "count", true],
      ["1991", "year", false],
      ["24", "count", false],
    ]);
  });
  it("'Moreno, who has netted 31 goals for Brackley this term, is one short of becoming the club's first striker to hit 32 goals in a campaign.'", () => {
    expect(exactOnly("Moreno, who has netted 31 goals for Brackley this term, is one short of becoming the club's first striker to hit 32 goals in a campaign.")).toEqual(
      want(31, undefined, undefined, "goals", "count"),
    );
  });
});

describe("near misses: a mark reached, or no tally before it, stays", () => {
  it("'Patel became the first bowler since 2001 to take 50 wickets in a season.': reached", () => {
    expect(typedList("Patel became the first bowler since 2001 to take 50 wickets in a season.")).toEqual([
      ["2001", "year", false],
      ["50", "count", true],
    ]);
  });
  it("'Hughes hopes to become the first rider to win 12 stages in one Tour.': no tally of stages before it", () => {
    expect(typedList("Hughes hopes to become the first rider to win 12 stages in one Tour.")).toEqual([["12", "count", true]]);
  });
  it("'With 40 caps, Lowe is set to become the first lock to reach 60 points in Tests.': another noun", () => {
    expect(typedList("With 40 caps, Lowe is set to become the first lock to reach 60 points in Tests.").map((n) => n[2])).toEqual([true, true]);
  });
});

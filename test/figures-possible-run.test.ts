// A run of counts stepping evenly ("three, four, five points") under "can" or "could" is a speaker's generic
// possibility, nothing that happened: no card figure (possible-run.ts; blind sample BC's made-up shape 13, 3 junk rows).
import { describe, expect, it } from "vitest";
import { exact, at, exactOnly, typedList, want } from "#test/helpers/figures.ts";

const candidates = (text: string) => typedList(text).filter(([, , c]) => c).map(([d]) => d);

describe("possible-run.ts: a speaker's run of hypothetical counts", () => {
  it("''In this league, a leading side can drop three, four, five points in a week,' the coach said.' → no candidate", () => {
    // Was '5 — points' a candidate (in the sample three of four such numbers reached the card).
    expect(candidates("'In this league, a leading side can drop three, four, five points in a week,' the coach said.")).toEqual([]);
  });
  it("'A bad run could cost them 10, 20 or 30 places.' → an even step of ten, 'or' closing the run: none", () => {
    expect(candidates("A bad run could cost them 10, 20 or 30 places.")).toEqual([]);
  });
});

describe("possible-run.ts: near misses keep their figures", () => {
  it("'The stadium can hold 40,000 fans.' → a reported capacity, no run", () => {
    expect(exactOnly("The stadium can hold 40,000 fans.")).toEqual(want(40000, undefined, undefined, "fans", "count"));
  });
  it("'The plant can make 300 cars a day.' → a capacity with a real count", () => {
    expect(candidates("The plant can make 300 cars a day.")).toEqual(["300"]);
  });
  it("'The side dropped three, four, five points in a week.' → no modal: what happened", () => {
    expect(candidates("The side dropped three, four, five points in a week.")).toContain("five");
  });
  it("'The firm can sell three, seven, 12 models.' → no even step: a list of real counts", () => {
    expect(candidates("The firm can sell three, seven, 12 models.")).toContain("12");
  });
  it("'They can pick three, four players.' → two numbers are no run", () => {
    expect(candidates("They can pick three, four players.")).toContain("four");
  });
  it("'The club can call on 12, 13 and 14 players.' → 'and' adds real counts, no run", () => {
    expect(exact(at("The club can call on 12, 13 and 14 players.", 14))?.type).toBe("count");
    expect(candidates("The club can call on 12, 13 and 14 players.")).toEqual(["13", "14"]);
  });
  it("'They sold all they could, 10, 20, 30 boxes a day, at the market.' → a comma closes the modal's clause", () => {
    expect(candidates("They sold all they could, 10, 20, 30 boxes a day, at the market.")).not.toEqual([]);
  });
  it("'Fans can recall it. Three, four, five points went.' → the modal in another sentence", () => {
    expect(candidates("Fans can recall it. Three, four, five points went in a week.")).toContain("five");
  });
});

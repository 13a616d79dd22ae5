// A number before two bare plurals joined by "and" counts the pair as one group ("men and women"), not its first noun;
// a second item with its own number, or one that opens a clause, stays apart.
// Each a one-sentence repro with the exact figures.
import { describe, expect, it } from "vitest";
import { figs } from "#test/helpers/figures.ts";

const exact = (text: string) => figs(text).map((f) => ({ display: f.display, value: f.value, qualifier: f.qualifier, unit: f.unit, label: f.label, type: f.type }));
const count = (display: string, value: number, label: string) => ({ display, value, qualifier: undefined, unit: undefined, label, type: "count" });

describe("a count of a pair of plurals", () => {
  it("'killing 7 men and women at the market, wounding 11 others': the pair killed, the others stay 'others'", () => {
    expect(exact("The bomber struck on Tuesday, killing 7 men and women at the market, wounding 11 others.")).toEqual([
      count("7", 7, "men and women killed"),
      count("11", 11, "others wounded"),
    ]);
  });

  it("'made 45 men and women redundant': a describing word after the pair ends it", () => {
    expect(exact("The mill made 45 men and women redundant in March.")).toEqual([count("45", 45, "men and women")]);
  });

  it("'cut 300 jobs and factories closed': a plural that opens a clause is no second item", () => {
    expect(exact("The group cut 300 jobs and factories closed.")).toEqual([count("300", 300, "jobs cut")]);
  });
});

describe("a pair of people before an infinitive is still the pair (blind sample BB's made-up shape 3)", () => {
  it("'Researchers asked 60 men and women to taste three kinds of bread.' → 60 — men and women (was 'men')", () => {
    expect(exact("Researchers asked 60 men and women to taste three kinds of bread.")).toEqual([
      count("60", 60, "men and women"),
      count("three", 3, "kinds of bread"),
    ]);
  });

  it("near misses: 'indexed 5 billion webpages and claims to update' (no people: a verb), 'hired 20 nurses and police to' (a collective, no plural)", () => {
    expect(exact("The engine indexed 5 billion webpages and claims to update them daily.")[0]?.label).not.toMatch(/and/);
    expect(exact("The clinic hired 20 nurses and police to guard the ward.")[0]?.label).not.toMatch(/and/);
    // Only "to" is let through: a pair of people that goes on over "and" is read as before.
    expect(exact("She met 20 boys and girls and their parents.")[0]?.label).toBe("boys");
  });
});

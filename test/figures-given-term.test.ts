// A term a person got or was given, the clause ending with it, is a prison term though no word of sentencing is said
// (given-term.ts, prison-term.ts).
import { describe, expect, it } from "vitest";
import { at, duration, exact } from "#test/helpers/figures.ts";

describe("a term got or given", () => {
  it("'Jamie Paulin-Ramirez, got eight years.' → years in prison", () => {
    expect(exact(at("Another American woman, Jamie Paulin-Ramirez, got eight years.", 8))).toEqual(duration(8, "years", "years in prison"));
  });

  it("'An immigrant teen from Pakistan got five years.' → years in prison", () => {
    expect(exact(at("An immigrant teen from Pakistan got five years.", 5))).toEqual(duration(5, "years", "years in prison"));
  });

  it("'He was given six years for attacking a guard.' → years in prison", () => {
    expect(exact(at("He was given six years for attacking a guard.", 6))).toEqual(duration(6, "years", "years in prison"));
  });

  it("'The judge gave him ten years.' → years in prison", () => {
    expect(exact(at("The judge gave him ten years.", 10))).toEqual(duration(10, "years", "years in prison"));
  });
});

describe("near misses are no terms", () => {
  it("a time to do: 'was given ten days to leave the country'", () => {
    expect(at("She was given ten days to leave the country.", 10).label).toBe("days to leave the country");
  });

  it("a having: 'We've got three weeks of hard work'", () => {
    expect(at("We've got three weeks of hard work.", 3).label).not.toMatch(/prison/);
  });

  it("a giver no court: 'The club gave him ten years.'", () => {
    expect(exact(at("The club gave him ten years.", 10))).toEqual(duration(10, "years", "years"));
  });

  it("a thing, not a crime, after 'for': 'He was given six years for the project.'", () => {
    expect(exact(at("He was given six years for the project.", 6))).toEqual(duration(6, "years", "years"));
  });

  it("a unit no term is said in: 'He got three hours.'", () => {
    expect(exact(at("He got three hours.", 3))).toEqual(duration(3, "hours", "hours"));
  });

  it("a thing that got them: 'The plan got five years.'", () => {
    expect(exact(at("The plan got five years.", 5))).toEqual(duration(5, "years", "years"));
  });
});

// The second of two parallel times "for", its verb elided, is what the first is: "jailed two of the women for ten days
// and a third for 15 days" → 15 — days in prison (parallel-duration.ts).
import { describe, expect, it } from "vitest";
import { at, duration, exact } from "#test/helpers/figures.ts";

describe("an elided verb's second time", () => {
  it("'jailed two of the women for ten days and a third for 15 days' → 15 — days in prison", () => {
    expect(exact(at("The court jailed two of the women for ten days and a third for 15 days.", 15))).toEqual(duration(15, "days", "days in prison"));
  });

  it("'jailed for six years and his brother Sam for four years' → four — years in prison", () => {
    expect(exact(at("He was jailed for six years and his brother Sam for four years.", 4))).toEqual(duration(4, "years", "years in prison"));
  });
});

describe("near misses keep their own label", () => {
  it("another place: 'worked at the bank for ten years and at the school for five years'", () => {
    expect(exact(at("She worked at the bank for ten years and at the school for five years.", 5))).toEqual(duration(5, "years", "years"));
  });

  it("a verb of its own: 'jailed for six years and was banned for four years'", () => {
    expect(exact(at("He was jailed for six years and was banned for four years.", 4))).toEqual(duration(4, "years", "years ban"));
  });

  it("a part with a verb of its own: 'jailed for six years and his brother vanished for four years'", () => {
    expect(exact(at("He was jailed for six years and his brother vanished for four years.", 4))).toEqual(duration(4, "years", "years vanished"));
  });

  it("a time not 'for': 'jailed for six years and his brother within four years'", () => {
    expect(exact(at("He was jailed for six years and his brother within four years.", 4))).toEqual(duration(4, "years", "years"));
  });

  it("a clause of its own: 'jailed for six years, and for four years he was not allowed to drive'", () => {
    expect(exact(at("He was jailed for six years, and for four years he was not allowed to drive.", 4))).toEqual(duration(4, "years", "years"));
  });

  it("another unit: 'jailed for six years and his brother for four months'", () => {
    expect(exact(at("He was jailed for six years and his brother for four months.", 4))).toEqual(duration(4, "months", "months in prison"));
  });
});

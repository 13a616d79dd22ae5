// A copula's bare plural noun is the relation a time "for" was spent in (plural-complement.ts): "had been friends with
// the couple for 25 years" → years as friends with the couple.
import { describe, expect, it } from "vitest";
import { at, duration, exact } from "#test/helpers/figures.ts";

describe("a copula's bare plural noun before 'for'", () => {
  it("'had been friends with the couple for 25 years' → years as friends with the couple", () => {
    expect(exact(at("The expat, who had been friends with the couple for 25 years, said he knew.", 25))).toEqual(duration(25, "years", "years as friends with the couple"));
  });

  it("'had been friends with Davis for over 60 years' → years as friends with Davis", () => {
    expect(exact(at("Belafonte, an activist who had been friends with Davis for over 60 years, spoke.", 60))).toEqual(duration(60, "years", "years as friends with Davis", "over"));
  });

  it("the noun alone: 'They have been neighbours for 12 years' → years as neighbours", () => {
    expect(exact(at("They have been neighbours for 12 years.", 12))).toEqual(duration(12, "years", "years as neighbours"));
  });

  it("'The firms have been partners in the venture for 15 years' → years as partners in the venture", () => {
    expect(exact(at("The firms have been partners in the venture for 15 years.", 15))).toEqual(duration(15, "years", "years as partners in the venture"));
  });
});

describe("near misses stay their unit", () => {
  it("a noun describing the next: 'The shops have been sales leaders for three years'", () => {
    expect(exact(at("The shops have been sales leaders for three years.", 3))).toEqual(duration(3, "years", "years"));
  });

  it("a time: 'Waits at the clinic have been hours for two years'", () => {
    expect(exact(at("Waits at the clinic have been hours for two years.", 2))).toEqual(duration(2, "years", "years"));
  });

  it("a singular in -s: 'It has been chaos for three years'", () => {
    expect(exact(at("It has been chaos for three years.", 3))).toEqual(duration(3, "years", "years"));
  });

  it("a denial: 'They have not been friends for ten years'", () => {
    expect(exact(at("They have not been friends for ten years.", 10))).toEqual(duration(10, "years", "years"));
  });
  it("a singular: 'It has been mayhem for three years'", () => {
    expect(exact(at("It has been mayhem for three years.", 3))).toEqual(duration(3, "years", "years"));
  });

  it("a pronoun in -s: 'The house has been hers for ten years'", () => {
    expect(exact(at("The house has been hers for ten years.", 10))).toEqual(duration(10, "years", "years"));
  });
});

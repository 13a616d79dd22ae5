// A time that lasted, said with where it lasted ("has lasted three years in the region"), is its subject's: the
// count's kind took the place after the unit ('years in region'), which said where, not what lasted (labels70,
// audit shape 8). A time spent, taken or served keeps its place. Made-up sentences.
import { describe, expect, it } from "vitest";
import { at, duration, exact } from "#test/helpers/figures.ts";

describe("a time that lasted somewhere", () => {
  it("'the drought has lasted three years in the region' → years of drought", () => {
    expect(exact(at("The dry spell has lasted three years in the valley, farmers said.", 3))).toEqual(duration(3, "years", "years of dry spell"));
  });

  it("'the stoppage lasted for two weeks at the plant' → weeks of stoppage", () => {
    expect(exact(at("The stoppage lasted for two weeks at the factory.", 2))).toEqual(duration(2, "weeks", "weeks of stoppage"));
  });

  it("'the blackout lasted four hours in total' → hours of blackout", () => {
    expect(exact(at("The blackout lasted four hours in total.", 4))).toEqual(duration(4, "hours", "hours of blackout"));
  });
});

describe("near misses keep their place", () => {
  it("'he spent two years in the navy': a time spent", () => {
    expect(exact(at("He spent two years in the navy before university.", 2))).toEqual(duration(2, "years", "years in navy"));
  });

  it("'officers took two hours at the scene': a took has an agent", () => {
    expect(exact(at("Officers took two hours at the scene.", 2))).toEqual(duration(2, "hours", "hours at scene"));
  });

  it("'it lasted three days in total': no subject to name", () => {
    expect(exact(at("It lasted three days in total.", 3))).toEqual(duration(3, "days", "days in total"));
  });
});

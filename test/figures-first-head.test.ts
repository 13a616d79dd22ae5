// A "first" whose thing has no word the tagger calls a noun (first-head.ts): "their first national final in 11 years"
// → years since last national final, "a first Grand Slam in 27 years" → years since last Grand Slam.
import { describe, expect, it } from "vitest";
import { at, duration, exact } from "#test/helpers/figures.ts";

describe("a first's thing said by describing words or a name", () => {
  it("'their first national final in 11 years' → years since last national final", () => {
    expect(exact(at("St Johnstone face Alloa in their first national final in 11 years.", 11))).toEqual(duration(11, "years", "years since last national final"));
  });

  it("a name: 'Wales chase a first Grand Slam in 27 years' → years since last Grand Slam", () => {
    expect(exact(at("Wales chase a first Grand Slam in 27 years.", 27))).toEqual(duration(27, "years", "years since last Grand Slam"));
  });

  it("one word: 'It was their first major in five years' → years since last major", () => {
    expect(exact(at("It was their first major in five years.", 5))).toEqual(duration(5, "years", "years since last major"));
  });

  it("the run's last two words: 'their first big national final in 11 years' → years since last national final", () => {
    expect(exact(at("Saints face Alloa in their first big national final in 11 years.", 11))).toEqual(duration(11, "years", "years since last national final"));
  });
});

describe("near misses stay their unit", () => {
  it("a people's word: 'It was the first British in 20 years'", () => {
    expect(exact(at("It was the first British in 20 years.", 20))).toEqual(duration(20, "years", "years"));
  });

  it("a people's words: 'He was the first South African in 20 years'", () => {
    expect(exact(at("He was the first South African in 20 years.", 20))).toEqual(duration(20, "years", "years"));
  });

  it("nothing after 'first': 'It was the first in 20 years'", () => {
    expect(exact(at("It was the first in 20 years.", 20))).toEqual(duration(20, "years", "years"));
  });
});

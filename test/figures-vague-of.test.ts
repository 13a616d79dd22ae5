// A vague amount ends in its own "of" ("dozens of", "thousands of"), so a determiner right after it is the counted
// noun's: "could lose dozens of its MPs" was labelled by its fold verb alone ('dozens of — lost'), "selling thousands
// of his possessions" by the sentence's subject (label-count.ts). A unit word past that determiner only describes the
// noun ("Hundreds of the barrel jellyfish" is no measure in barrels).
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("a vague amount's noun past its determiner", () => {
  it("'could lose dozens of its MPs' → MPs lost (was 'lost')", () => {
    const f = at("The polls suggest his party could lose dozens of its MPs on May 7.", 12);
    expect(exact(f)).toEqual(want(12, "dozens of", undefined, "MPs lost", "count"));
    expect(f.kind).toBe("people");
  });

  it("'selling thousands of his possessions' → possessions (was the subject)", () => {
    const text = "Broadcaster Chris Evans has begun selling thousands of his possessions from a stall in Camden Market.";
    expect(exact(at(text, 1000))).toEqual(want(1000, "thousands of", undefined, "possessions", "count"));
  });

  it("a unit word past the determiner describes: 'Hundreds of the barrel jellyfish' → a count of barrel jellyfish", () => {
    const f = at("Hundreds of the barrel jellyfish have been hauled in by fishermen.", 100);
    expect(exact(f)).toEqual(want(100, "hundreds of", undefined, "barrel jellyfish", "count"));
    expect(f.kind).toBe("count");
  });
});

describe("near misses", () => {
  it("a bare number's determiner starts another object: 'The scheme offered 500 their first jobs' is no count of first jobs", () => {
    expect(at("The scheme offered 500 their first jobs.", 500).label).not.toBe("first jobs");
  });

  it("a unit right after the number measures: 'The wall stands 20 feet high' → height", () => {
    expect(exact(at("The wall stands 20 feet high.", 20))).toEqual(want(20, undefined, "feet", "height", "measure"));
  });
});

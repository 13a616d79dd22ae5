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

describe("dash-share.ts: a percent opening a dash aside is the share the clause before named (blind sample BB's made-up shape 1)", () => {
  it("'… the possession his side were enjoying -- 70 per cent during the first 20 minutes -- …' → 70% — possession (was 'side')", () => {
    const text = "The winger fed on the possession his side were enjoying -- 70 per cent during the first 20 minutes -- and tested the keeper early.";
    expect(exact(at(text, 70))).toEqual(want(70, undefined, "%", "possession", "percent"));
  });
  it("'The hosts dominated possession – 65% in the first half –': one en dash", () => {
    expect(exact(at("The hosts dominated possession – 65% in the first half – but could not score.", 65))?.label).toBe("possession");
  });
  it("near misses: a count after the dash, no dash, a number between, a mark between, a noun past reach", () => {
    expect(exact(at("They kept possession -- 40 passes in a row -- before scoring.", 40))?.label).not.toBe("possession");
    expect(exact(at("Despite their possession his side won 70 per cent of tackles.", 70))?.label).not.toBe("possession");
    expect(exact(at("The possession figure was 55% -- 70 per cent in the first half -- said the coach.", 70))?.label).not.toBe("possession");
    expect(exact(at("They kept possession, and the side scored -- 70 per cent of their chances went in.", 70))?.label).not.toBe("possession");
    expect(exact(at("Possession was what the team built their whole game plan around all season -- 70 per cent of games were won.", 70))?.label).not.toBe("possession");
  });
});

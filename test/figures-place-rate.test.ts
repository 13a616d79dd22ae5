// A rate in an absolute "with NOUN put at N%" clause after a place opening the sentence is the rate in that place, not
// the noun's alone (card audit 54, sample AV's made-up shape 4).
import { describe, expect, it } from "vitest";
import { exactOnly, want } from "#test/helpers/figures.ts";

/** One sentence, its one percent's value and the label it should have. */
const CASES: readonly [string, number, string][] = [
  // Was '12% — unemployment', read as the whole market's rate.
  ["Chile especially is a concern, with unemployment put at 12%.", 12, "unemployment in Chile"],
  // A place of two words, inside a quotation.
  ['"Costa Rica remains a problem, with truancy estimated at 9%," she said.', 9, "truancy in Costa Rica"],
  // No verb of estimate.
  ["Norway is an outlier, with inflation at 7%.", 7, "inflation in Norway"],
  // Near misses: a titled person, no place; no place opens the sentence.
  ["Ms Vance is a worry, with turnout put at 40%.", 40, "turnout"],
  ["With piracy put at 81%, the firm is worried.", 81, "piracy"],
];

describe("place-rate.ts: 'PLACE is a worry, with NOUN put at N%'", () => {
  it.each(CASES)("'%s' → %d%% %s", (text, value, label) => {
    expect(exactOnly(text)).toEqual(want(value, undefined, "%", label, "percent"));
  });
});

describe("place-rate.ts: a rate's noun of two words (AV one-liner)", () => {
  it("'\"Brazil especially is a problem, with music piracy estimated at 64%,\" she said.' → music piracy in Brazil", () => {
    // Was '64% — music piracy': the rule matched a one-word noun only.
    expect(exactOnly('"Brazil especially is a problem, with music piracy estimated at 64%," she said.')).toEqual(want(64, undefined, "%", "music piracy in Brazil", "percent"));
  });
});

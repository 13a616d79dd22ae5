// A gauge's reading ("The bureau's gauge of household borrowing fell to 51.7 … from 53.4 …") is the gauge's, named
// whole, typed other as a level, not a count; the subject search stopped at an "-ing" noun and named nothing (card
// audit 51, sample AS's made-up shape 20).
import { describe, expect, it } from "vitest";
import { at, exact, exactOnly, want } from "#test/helpers/figures.ts";

describe("gauge-level.ts: a gauge's level", () => {
  const text = "The agency's index of retail lending fell to 48.2 in early May from 50.6 in April, which may signal weaker demand.";
  it(`'${text}' → 48.2, agency's index of retail lending`, () => {
    // Was no candidate.
    expect(exact(at(text, 48.2))).toEqual(want(48.2, undefined, undefined, "agency's index of retail lending", "other"));
  });
  it("'The agency's index of factory orders fell to 48.2 in early May.' → the whole gauge, not the owner's index", () => {
    // Was '48.2 — agency's index', a count.
    expect(exactOnly("The agency's index of factory orders fell to 48.2 in early May.")).toEqual(want(48.2, undefined, undefined, "agency's index of factory orders", "other"));
  });
  it("near miss: 'The FTSE 100 index fell to 6,000 points.' → points, a noun of its own, as before", () => {
    expect(exact(at("The FTSE 100 index fell to 6,000 points.", 6000))).toEqual(want(6000, undefined, undefined, "points", "count"));
  });
  it("near miss: 'Sales fell to 48 from 50 in April.' → no gauge, sales as before", () => {
    expect(exact(at("Sales fell to 48 from 50 in April.", 48))).toEqual(want(48, undefined, undefined, "sales", "count"));
  });
  it("near miss: 'Sales at gauge maker Smiths rose to 3,000 from 2,500.' → a gauge that heads nothing, sales as before", () => {
    // Was '3,000 — sales at gauge maker Smiths', typed other.
    expect(exact(at("Sales at gauge maker Smiths rose to 3,000 from 2,500.", 3000))).toEqual(want(3000, undefined, undefined, "sales", "count"));
  });
  it("near miss: 'Support for the measure fell to 40 in the Senate.' → the measure a preposition's object, support as before", () => {
    // Was '40 — measure', typed other.
    expect(exactOnly("Support for the measure fell to 40 in the Senate.")).toEqual(want(40, undefined, undefined, "support", "count"));
  });
  it("'She was admitted to hospital after her body mass index dropped to 15.' → a clause's subject after 'after', the index's", () => {
    expect(exact(at("She was admitted to hospital after her body mass index dropped to 15.", 15))).toEqual(want(15, undefined, undefined, "body mass index", "other"));
  });
});

// A plan's price after a "with" list of its counted parts is the plan's (priced-with.ts): "a 30-day pass with 60
// journeys, 14 night rides and 6 guest trips for £47.25" read '£47.25 — guest trips' and left the card (card audit 51,
// sample AS's made-up shape 17).
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

const PLAN = "One sample bundle gives a 30-day pass with 60 journeys, 14 night rides and 6 guest trips for £47.25.";

describe("priced-with.ts: 'a THING with N X, M Y and K Z for £P' prices the thing", () => {
  it(`'${PLAN}' → £47.25 — day pass`, () => {
    expect(exact(at(PLAN, 47.25))).toEqual(want(47.25, undefined, "GBP", "day pass", "money"));
  });

  it("'The menu boasted a fish wrap with 6 prawns for just £5.' → just £5 — fish wrap: a counted side", () => {
    expect(exact(at("The menu boasted a fish wrap with 6 prawns for just £5.", 5))).toEqual(want(5, "just", "GBP", "fish wrap", "money"));
  });

  it("near miss: 'Fans can buy a pass with 60 journeys for £47.25.' → pass: a bare noun the tagger reads, no compound", () => {
    expect(exact(at("Fans can buy a pass with 60 journeys for £47.25.", 47.25))?.label).toBe("pass");
  });
});

describe("priced-with.ts: a compound in words, and a price after 'costs'", () => {
  it.each([
    // Was '£290 — spa sessions': only a compound in digits ("30-day") was read.
    ["He chose a two-night break with 3 dinners and 2 spa sessions for £290.", 290, "two-night break"],
    // Was '£47.25 — guest trips': the subject's nearest noun.
    ["A 30-day pass with 60 journeys, 20 bus rides and 6 guest trips costs £47.25.", 47.25, "day pass"],
    ["A two-night break with 3 dinners cost £290.", 290, "two-night break"],
  ])("'%s' → £%s — %s", (text, value, label) => {
    expect(exact(at(text, value))).toEqual(want(value, undefined, "GBP", label, "money"));
  });

  it("'… and 6 guest trips costs £47.25.' → 6 — guest trips: 'costs' before the price is the verb, no word of the noun", () => {
    // Was 'guest trips costs'.
    expect(exact(at("A 30-day pass with 60 journeys, 20 bus rides and 6 guest trips costs £47.25.", 6))).toEqual(want(6, undefined, undefined, "guest trips", "count"));
  });

  it("near miss: 'The bridge, with its 20 towers, costs £2bn.' → £2bn — cost: no thing on offer named with a/an", () => {
    expect(exact(at("The bridge, with its 20 towers, costs £2bn.", 2e9))).toEqual(want(2e9, undefined, "GBP", "cost", "money"));
  });

  it("near miss: 'A charity raffle with 60 tickets and 6 prizes raised £470.' → £470 — raised: only a cost verb prices the thing", () => {
    expect(exact(at("A charity raffle with 60 tickets and 6 prizes raised £470.", 470))).toEqual(want(470, undefined, "GBP", "raised", "money"));
  });
});

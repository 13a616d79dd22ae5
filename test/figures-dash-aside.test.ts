// Money inside a dash aside is the aside's: the words after its closing dash never name it (dash-aside.ts, nearest.ts).
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("money in a dash aside", () => {
  it("'- the play cost $30m but only recouped $12m - the revival trend shows …' → play, not 'revival trend'", () => {
    const text = "Despite the remake's poor showing - the play cost $30m (£16m) but only recouped $12m (£6m) - the revival trend shows no sign of slowing.";
    expect(exact(at(text, 12_000_000))).toEqual(want(12_000_000, undefined, "USD", "play", "money"));
  });

  it("'The bill -- about $200,000 -- was paid by the council' → bill, the noun before the dash", () => {
    expect(exact(at("The bill -- about $200,000 -- was paid by the council.", 200_000))).toEqual(want(200_000, "about", "USD", "bill", "money"));
  });

});

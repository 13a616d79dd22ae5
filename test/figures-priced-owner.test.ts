// A price before a possessive noun prices that noun, not what the noun has (priced-owner.ts; card-audit-49's made-up
// shape 8).
import { describe, expect, it } from "vitest";
import { exactOnly } from "#test/helpers/figures.ts";

const money = (value: number, unit: string, label: string) => ({ value, qualifier: undefined, unit, label, type: "money" });

describe("'The £N ($M) NOUN's X VERBs': the thing priced", () => {
  it("'The $1,200 (£950) laptop's battery lasts a full day.': over the bracketed conversion", () => {
    expect(exactOnly("The $1,200 (£950) laptop's battery lasts a full day.")).toEqual(money(1200, "USD", "laptop"));
  });
  it("'Their £45 (€52) ticket's small print bans re-entry.': a possessive determiner", () => {
    expect(exactOnly("Their £45 (€52) ticket's small print bans re-entry.")).toEqual(money(45, "GBP", "ticket"));
  });
  it("'The £90 watch's strap snapped within a week.': no conversion", () => {
    expect(exactOnly("The £90 watch's strap snapped within a week.")).toEqual(money(90, "GBP", "watch"));
  });
  it("'The £300 French oven's timer broke within a week.': a capital alone, no name, is the thing's own word", () => {
    expect(exactOnly("The £300 French oven's timer broke within a week.")).toEqual(money(300, "GBP", "French oven"));
  });
  it("'The €899 scooter's companion app tracks every ride.'", () => {
    expect(exactOnly("The €899 scooter's companion app tracks every ride.")).toEqual(money(899, "EUR", "scooter"));
  });
});

describe("near misses", () => {
  it("'The £5m Chelsea's bid was rejected.': a name's possessive is left as it was read", () => {
    expect(exactOnly("The £5m Chelsea's bid was rejected.")).toEqual(money(5e6, "GBP", "Chelsea's bid"));
  });
});

// A share of its own people or things a subject lost ("lost two-fifths of its passengers in a single quarter") is
// the share lost, as a count's losing verb folds into its label; the noun alone dropped the loss (card audit 51,
// sample AS's made-up shape 7). A share of its own value stays a fall in value (lost-value.ts).
import { describe, expect, it } from "vitest";
import { exactOnly, want } from "#test/helpers/figures.ts";

describe("lost-share.ts: a share of one's own things lost", () => {
  it("'During the recall the brewer lost three-tenths of its customers in a single week.' → customers lost in a week", () => {
    // Was 'three-tenths — customers'.
    const text = "During the recall the brewer lost three-tenths of its customers in a single week.";
    expect(exactOnly(text)).toEqual(want(0.3, undefined, undefined, "customers lost in a week", "other"));
  });
  it("'The firm shed a third of its staff last year.' → staff lost", () => {
    expect(exactOnly("The firm shed a third of its staff last year.")).toEqual(want(0.333, undefined, undefined, "staff lost", "other"));
  });
  it("near miss: 'The airline lost 40% of its passengers in a single quarter.' → a percent stays a share of passengers", () => {
    const text = "The airline lost 40% of its passengers in a single quarter.";
    expect(exactOnly(text)).toEqual(want(40, undefined, "%", "share of passengers lost", "percent"));
  });
  it("near miss: 'The pound has lost a quarter of its value.' → fall in value of pound, as before", () => {
    expect(exactOnly("The pound has lost a quarter of its value.")).toEqual(want(0.25, undefined, undefined, "fall in value of pound", "other"));
  });
  it("near miss: 'Half of its members were lost.' → members, no verb of losing before the share", () => {
    expect(exactOnly("Half of its members were lost.")).toEqual(want(0.5, undefined, undefined, "members lost", "other"));
  });
});

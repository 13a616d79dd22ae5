// Readings found wrong in card audit 17's sample K (docs/audits/card-audit-17.md: cnndm-dev and dev-bbc articles no
// gold was read for). Each is the general construction behind a fault as a one-sentence repro with the exact figure;
// chosen on K, so K's after-figure is fitted and the next fresh sample measures them.
import { describe, expect, it } from "vitest";
import { at, exact } from "#test/helpers/figures.ts";

describe("a number after a name and before a unit of time is a duration, not a model number (K: 'in Gambia 13 years ago' read as an identifier)", () => {
  it("'Smith married Jane in Paris 13 years ago': 13 years", () => {
    expect(exact(at("Smith married Jane in Paris 13 years ago.", 13))).toEqual({ value: 13, qualifier: undefined, unit: "years", label: "years", type: "duration" });
  });
});

// Readings found wrong in card audit 11's sample E (docs/audits/card-audit-11.md: cnndm-dev and dev-bbc articles no
// gold was read for), each the general construction behind it as a one-sentence repro with the exact figure. These
// fixes were chosen on sample E, so E's after-figure is fitted.
import { describe, expect, it } from "vitest";
import { at, exact } from "#test/helpers/figures.ts";

describe("a plural with no 's' counts, as one with an 's' does", () => {
  it("'saving 15 yachtsmen': a count of yachtsmen, not a number naming a yachtsman", () => {
    expect(exact(at("He was responsible for saving 15 yachtsmen during the doomed Fastnet Yacht Race.", 15))).toEqual({ value: 15, qualifier: undefined, unit: undefined, label: "yachtsmen", type: "count" });
  });
});

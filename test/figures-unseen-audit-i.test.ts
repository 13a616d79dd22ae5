// Readings found wrong in card audit 15's sample I (docs/audits/card-audit-15.md: cnndm-dev and dev-bbc articles no
// gold was read for). Each is the general construction behind a fault as a one-sentence repro with the exact figure;
// chosen on I, so I's after-figure is fitted and the next fresh sample measures them. (The hurdler's event distance
// is in figures-event-distance.test.ts.)
import { describe, expect, it } from "vitest";
import { figs } from "#test/helpers/figures.ts";

describe("a number word after a word of stages names which one, not how many (I: 'three — neuroblastoma cancer [count]')", () => {
  it.each([
    "The boy was diagnosed with stage three neuroblastoma cancer last year.",
    "The drug moved to phase three trials.",
    "The show returns for series two next year.",
  ])("'%s': no count", (text) => {
    expect(figs(text)).toEqual([]);
  });

  it("'for his part two years ago': before a unit of time the number word counts the time, not a part", () => {
    expect(figs("He faces death for his part two years ago in the bombings.").map((f) => [f.value, f.unit, f.type])).toEqual([[2, "years", "duration"]]);
  });

  it("'his favoured 400m to 200m': after metres the second 'm' is no scale of millions, no range of 400 to 200,000,000", () => {
    expect(figs("He stepped down from his favoured 400m to 200m to finish third.").filter((f) => (f.valueMax ?? f.value) > 1000)).toEqual([]);
  });

  it("a count after a stage's number still counts: 'three patients with stage 3 cancer' keeps its three patients", () => {
    expect(figs("Doctors treated three patients with stage 3 cancer.").map((f) => [f.value, f.label, f.type])).toEqual([[3, "patients", "count"]]);
  });
});

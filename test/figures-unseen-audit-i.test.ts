// Readings found wrong in card audit 15's sample I (docs/audits/card-audit-15.md: cnndm-dev and dev-bbc articles no
// gold was read for). Each is the general construction behind a fault as a one-sentence repro with the exact figure;
// chosen on I, so I's after-figure is fitted and the next fresh sample measures them. (The hurdler's event distance
// is in figures-event-distance.test.ts.)
import { describe, expect, it } from "vitest";
import { at, exact, figs } from "#test/helpers/figures.ts";

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

describe("a label never ends on a preposition, article or conjunction left where its noun phrase ran on", () => {
  it.each([
    ["The system is gaining in popularity and now has 28 million users around the world.", 28000000, "users"],
    ["Skype is rolling out a service at 350 hotspots around the UK this week.", 350, "hotspots"],
  ])("'%s': %d — %s (was '… around')", (text, value, label) => {
    expect(exact(at(text, value))).toEqual({ value, qualifier: undefined, unit: undefined, label, type: "count" });
  });

  it("a phrasal verb's particle stays: the label 'coming on' is not cut to 'coming'", () => {
    expect(figs("He scored twice in 10 minutes after coming on.").find((f) => f.value === 10)?.label).not.toMatch(/coming$/);
  });
});

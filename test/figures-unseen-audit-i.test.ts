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

describe("sample I's labels and types read from the phrase", () => {
  it("'spotted a DIY whitening kit online for £17.99': an '-ing' noun before a noun modifies it, the kit is priced (was 'DIY')", () => {
    expect(exact(at("When Teresa spotted a DIY whitening kit online for £17.99, she was tempted.", 17.99))).toEqual({ value: 17.99, qualifier: undefined, unit: "GBP", label: "DIY whitening kit", type: "money" });
  });

  it("'the firm which runs the five tube lines': lines with a noun before them are lines run, a count (was typed a measure, as scan lines are)", () => {
    expect(exact(at("Metrovias, the private firm which runs the five tube lines in the city, has offered a rise.", 5))).toEqual({ value: 5, qualifier: undefined, unit: undefined, label: "tube lines", type: "count" });
    expect(exact(at("The screen has 1080 lines of resolution.", 1080))).toMatchObject({ type: "measure" });
  });

  it("'could grow to nine metres as adults': a length grown to is a size, not a distance", () => {
    expect(exact(at("Another Daspletosaurus, which could grow to nine metres (30ft) as adults, fed on the body.", 9))).toEqual({ value: 9, qualifier: undefined, unit: "metres", label: "size", type: "measure" });
  });
});

describe("what happened 'for the Nth time' is the verb and its object (I: 'third time — picked')", () => {
  it.each([
    ["Geraldine McCaughrean has picked up the children's fiction award for the third time.", "picked up children's fiction award"],
    ["She won the title for a third time.", "won title"],
    ["The team came back for the third time.", "came back"],
    ["The manager was sacked for the third time.", "sacked"],
  ])("'%s' → %s", (text, label) => {
    expect(exact(at(text, 3))).toEqual({ value: 3, qualifier: undefined, unit: undefined, label, type: "ordinal" });
  });
});

describe("a heart's beats per minute are a rate (I: '200 — heartbeat [count]')", () => {
  it("'a racing heartbeat of 200 beats per minute': a measure in beats per minute, though the tagger calls 'beats' a verb", () => {
    expect(exact(at("The toddler needed medication to balance her racing heartbeat of 200 beats per minute.", 200))).toEqual({ value: 200, qualifier: undefined, unit: "beats per minute", label: "heartbeat", type: "measure" });
  });
});

describe("a term's noun past a second modifier, an amount (I: 'six-year — years')", () => {
  it("'Talib signed a six-year, $57 million contract': six-year — contract", () => {
    expect(exact(at("Talib signed a six-year, $57 million contract.", 6))).toEqual({ value: 6, qualifier: undefined, unit: "years", label: "contract", type: "duration" });
  });

  it("only an amount is passed over: 'a six-year, tough sentence' does not reach past the comma to an adjective's noun", () => {
    expect(at("He served a six-year, tough sentence.", 6).label).not.toBe("tough sentence");
  });
});

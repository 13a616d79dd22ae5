// How often: 'N times' labelled by the verb done so often ('stabbed his wife nine times'), 'for the Nth time' by the
// verb and its object; 'three times faster' or 'five times as likely' compares and counts nothing (times-done.ts,
// ordinals.ts timesLabel).
// Each test is a one-sentence repro with the exact figure (from the card audits of unseen articles and the mutation
// reviews of the rules), with the near misses a rule must leave alone.
import { describe, expect, it } from "vitest";
import { at, exact, exactOnly, figs, want } from "#test/helpers/figures.ts";

describe("'N times' before 'with' or a clause's 'as' still counts how often (times-done.ts)", () => {
  it("'stabbed his wife nine times with a kitchen knife': times stabbed wife", () => {
    expect(exactOnly("A councillor stabbed his wife nine times with a kitchen knife.")).toEqual(want(9, undefined, undefined, "times stabbed wife", "count"));
  });

  it("'hit the ball 12 times with a bat': times hit ball", () => {
    expect(exactOnly("He hit the ball 12 times with a bat.")).toEqual(want(12, undefined, undefined, "times hit ball", "count"));
  });

  it("'struck his father's head 14 times as he slept': times struck father's head", () => {
    expect(exactOnly("The teenager struck his father's head 14 times as he slept.")).toEqual(want(14, undefined, undefined, "times struck father's head", "count"));
  });

  // A multiple of the doing's likelihood, no count (times-likely.ts; off the card until card-audit-45's shape 9).
  it("near miss: 'five times as likely' compares, no count: times likelier to suffer a stroke", () => {
    const f = at("Smokers are five times as likely to suffer a stroke.", 5);
    expect(exact(f)).toEqual(want(5, undefined, undefined, "times likelier to suffer a stroke", "other"));
  });

  it("near miss: 'hit the ball three times as hard' compares, though a verb of doing stands before it", () => {
    expect(figs("He hit the ball three times as hard as before.")).toEqual([]);
  });

  it("near miss: 'three times as fast as wages' compares, no count", () => {
    expect(figs("Prices rose three times as fast as wages.")).toEqual([]);
  });
});

describe("times-done.ts", () => {
  it("'He hit the target three times faster.': a comparison after 'times' is a multiple, no count of events (mutant: any word after 'times')", () => {
    expect(figs("He hit the target three times faster.")).toEqual([]);
  });
  it("'The drug boosted memory five times in the trial.': a verb of change makes it a multiple (mutant: any done verb)", () => {
    expect(figs("The drug boosted memory five times in the trial.")).toEqual([]);
  });
  it("'The case came to authorities' attention four times last year.': the plural possessive keeps its apostrophe (mutant: dropped)", () => {
    expect(exactOnly("The case came to authorities' attention four times last year.")).toEqual({ value: 4, qualifier: undefined, unit: undefined, label: "times came to authorities' attention", type: "count" });
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

describe("ordinals.ts timesLabel: the object after the verb labels 'for the Nth time' though a place follows it", () => {
  it("'after taking charge at the Primera Liga club for the second time' → taking charge (rev12: was 'taking', the object dropped when words came between it and 'for')", () => {
    const text = "Claudio Ranieri has been sacked as Valencia coach just eight months after taking charge at the Primera Liga club for the second time in his career.";
    expect(exact(at(text, 2))).toEqual({ value: 2, qualifier: undefined, unit: undefined, label: "taking charge", type: "ordinal" });
  });
});

describe("'N times' before a preposition of where, by whom or between what dates still counts how often (times-done.ts)", () => {
  it.each([
    ["The Mail told how he had been beaten 315 times by guards.", 315, "times beaten"],
    ["The woman intentionally shot the attorney six times across a table.", 6, "times shot attorney"],
    ["Kim had visited North Korea seven times between 1999 and 2007.", 7, "times visited North Korea"],
    ["Ronaldo scored three times against them at Vicente Calderon.", 3, "times scored"],
  ])("'%s' → %s", (text, value, label) => {
    expect(exactOnly(text)).toEqual(want(value, undefined, undefined, label, "count"));
  });

  it("near miss: 'three times the legal limit' still compares, no count", () => {
    expect(figs("Her alcohol content was tested at three times the legal limit.")).toEqual([]);
  });

  it("near miss: 'were beaten by three times as many' compares after 'times', though 'by' is before it", () => {
    expect(figs("They were beaten by three times as many rivals.")).toEqual([]);
  });
});

describe("an irregular past the tagger calls a noun is the verb done so often (times-done.ts verbAt)", () => {
  it("'After Slager shot Scott five times, the officer went back' → times shot Scott", () => {
    expect(exact(at("After Slager shot Scott five times, the officer went back to his car.", 5))).toEqual(want(5, undefined, undefined, "times shot Scott", "count"));
  });

  it("'has only found the net five times for Valencia' → times found (an irregular past in the list)", () => {
    expect(exactOnly("He has only found the net five times for Valencia.")).toEqual(want(5, undefined, undefined, "times found", "count"));
  });

  it.each([
    ["He took his best shot three times and missed.", "an adjective"],
    ["He took a shot three times and missed.", "a determiner"],
  ])("near miss: '%s': a noun after %s is no verb; the verb before it labels (times took shot)", (text) => {
    expect(exactOnly(text)).toEqual(want(3, undefined, undefined, "times took shot", "count"));
  });
});

describe("a present verb said with how often a day or a week is a habit counted (times-done.ts habitVerb)", () => {
  it.each([
    ["She moisturises her hands up to ten times a day to keep them looking their best.", 10, "up to", "times moisturises hands a day"],
    ["The average Australian breathes 22,000 times a day.", 22000, undefined, "times breathes a day"],
    ["She visits her mother three times a week.", 3, undefined, "times visits mother a week"],
  ])("'%s' → %s", (text, value, qualifier, label) => {
    expect(exactOnly(text)).toEqual(want(value, qualifier, undefined, label, "count"));
  });

  it("near miss: 'She visits her mother three times.': a present with no period is left out", () => {
    expect(figs("She visits her mother three times.")).toEqual([]);
  });

  it("near miss: 'Shauna goes to the gym five times a week.': a light present labels nothing", () => {
    expect(figs("Shauna goes to the gym five times a week.")).toEqual([]);
  });
});

describe("an '-ing' the tagger calls a noun before its object's preposition is the doing (times-done.ts verbAt)", () => {
  it("'The video shows the officer firing at the van eight times.': times firing at van (was no candidate)", () => {
    expect(exactOnly("The video shows the officer firing at the van eight times.")).toEqual(want(8, undefined, undefined, "times firing at van", "count"));
  });
  it("near miss: an '-ing' after a determiner is a noun ('the firing at the base happened three times' is no firing done)", () => {
    expect(figs("Police said the firing at the base happened three times.").map((f) => f.label)).not.toContain("times firing at base");
  });
});

describe("'online' after a plural and before no noun says where (noun-phrase.ts nounStop)", () => {
  it("'viewed more than half a million times online' → times viewed, not 'times online'", () => {
    const f = at("The clip has been viewed more than half a million times online.", 500_000);
    expect(exact(f)).toEqual(want(500_000, "more than", undefined, "times viewed", "count"));
  });

  it("before a noun it describes: 'Some 3,000 online shoppers were affected' keeps 'online shoppers'", () => {
    expect(at("Some 3,000 online shoppers were affected.", 3000).label).toBe("online shoppers affected");
  });
});

// Money a swindle or a robbery took "of" its victim, with no "out", is stolen (stolen-money.ts): from sweep 41's money
// labelled by its victim (made-up sentences).
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("'defrauding them of', 'robbed the pensioner of' an amount", () => {
  it.each([
    ["The siblings accused their mother of defrauding them of billions of dollars.", 1e9, "billions of", "USD", "stolen"],
    ["The gang robbed the elderly pensioner of £500 last week.", 500, undefined, "GBP", "stolen"],
  ])("%s", (text, value, qualifier, unit, label) => {
    expect(exact(at(text, value))).toEqual(want(value, qualifier, unit, label, "money"));
  });

  it("near miss: 'cleared of cheating at cards and of £500 in fines' keeps its own noun", () => {
    expect(at("He was cleared of cheating at cards and of £500 in fines.", 500).label).toBe("fines");
  });
});

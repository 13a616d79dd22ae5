// Amounts read whole (issue 12, "scale and form misread"): "and a half" is part of the number, a plural unit glued
// to it stays one unit. Each a one-sentence repro with the exact figure.
import { describe, expect, it } from "vitest";
import { exactOnly, figs } from "#test/helpers/figures.ts";


describe("'and a half' is part of the number", () => {
  it("'three-and-a-half years': 3.5 years, not 3 'and-a-halfs'", () => {
    expect(exactOnly("Robson was jailed for three-and-a-half years for the attack.")).toEqual({
      value: 3.5, qualifier: undefined, unit: "years", label: "years in prison", type: "duration",
    });
  });

  it("'a six-and-a-half-year sentence': 6.5 years, the sentence", () => {
    expect(exactOnly("He served a six-and-a-half-year sentence.")).toEqual({ value: 6.5, qualifier: undefined, unit: "years", label: "sentence", type: "duration" });
  });

  it("'two-and-half seasons': the half without its article", () => {
    expect(exactOnly("He spent two-and-half seasons at the club.")).toEqual({ value: 2.5, qualifier: undefined, unit: "seasons", label: "seasons at club", type: "duration" });
  });

  it("'just three and a half years', in words apart: 3.5, hedged", () => {
    expect(exactOnly("Robson was jailed for just three and a half years.")).toEqual({
      value: 3.5, qualifier: "just", unit: "years", label: "years in prison", type: "duration",
    });
  });

  it("'two and a half million people': the scale takes the half too", () => {
    expect(exactOnly("Two and a half million people voted.")).toEqual({ value: 2_500_000, qualifier: undefined, unit: undefined, label: "people voted", type: "count" });
  });

  it("'a three-and-a-half-year-old boy' stays an age, no figure", () => {
    expect(figs("A three-and-a-half-year-old boy was hurt.")).toEqual([]);
  });
});

describe("a plural unit glued to the number", () => {
  it("'four-and-a-half-days': 4.5 days, not 'dayses'", () => {
    expect(exactOnly("The boy survived four-and-a-half-days alone in the bush.")).toEqual({ value: 4.5, qualifier: undefined, unit: "days", label: "days", type: "duration" });
  });

  it("'up to 23-hours a day': 23 hours, not 'hourses'", () => {
    expect(exactOnly("She was held for up to 23-hours a day.")).toEqual({ value: 23, qualifier: "up to", unit: "hours", label: "hours", type: "duration" });
  });
});

describe("pounds said in words", () => {
  it("'weighed 165 pounds': a weight in pounds, not £165", () => {
    expect(exactOnly("He weighed 165 pounds, police said.")).toEqual({ value: 165, qualifier: undefined, unit: "pounds", label: "weight", type: "measure" });
  });

  it("'lost 72 pounds': a weight lost", () => {
    expect(exactOnly("Nidetch lost 72 pounds in a year.")).toEqual({ value: 72, qualifier: undefined, unit: "pounds", label: "pounds lost", type: "measure" });
  });

  it("stays money when priced, per unit or a scale in words", () => {
    for (const [text, value] of [
      ["He was fined 200 pounds.", 200],
      ["The sheets were sold off for as little as seven pounds.", 7],
      ["Laser sessions are 550 pounds per treatment.", 550],
      ["A worker conned a hospital out of more than half a million pounds.", 500_000],
    ] as const) {
      expect(figs(text).map((f) => [f.value, f.unit, f.type]), text).toEqual([[value, "GBP", "money"]]);
    }
  });
});

describe("a scale split from its amount", () => {
  it("'£1.3 m' after a currency sign is 1.3 million pounds (a detokenized text splits it), '2.5 m long' stays 2.5", () => {
    expect(exactOnly("The singles champions will each receive £1.3 m in prize money.")).toEqual({
      value: 1_300_000, qualifier: undefined, unit: "GBP", label: "prize money", type: "money",
    });
    expect(exactOnly("The boat is 2.5 m long.")).toMatchObject({ value: 2.5 });
  });
});

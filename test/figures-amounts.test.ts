// Amounts read whole (issue 12, "scale and form misread"): "and a half" is part of the number, a plural unit glued
// to it stays one unit. Each a one-sentence repro with the exact figure.
// So are a duration in two units ('three years six months'), a first end without the thousands the second shows
// ('20 or 30,000'), a thousands group split off by a space ('$10-15 ,000'), and pounds said in words that weigh.
import { describe, expect, it } from "vitest";
import { at, exact, exactOnly, figs, listed, one, want } from "#test/helpers/figures.ts";


describe("'and a half' is part of the number", () => {
  it("'three-and-a-half years': 3.5 years, not 3 'and-a-halfs'", () => {
    expect(exactOnly("Robson was jailed for three-and-a-half years for the attack.")).toEqual({
      value: 3.5, qualifier: undefined, unit: "years", label: "Robson's prison term", type: "duration",
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
      value: 3.5, qualifier: "just", unit: "years", label: "Robson's prison term", type: "duration",
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
      // A scaled amount of something that is money stays money.
      ["The council wasted 4 million pounds of taxpayers' money.", 4e6],
      ["The charity sent 3 million pounds of aid.", 3e6],
    ] as const) {
      expect(figs(text).map((f) => [f.value, f.unit, f.type]), text).toEqual([[value, "GBP", "money"]]);
    }
  });

  it("'Police seized 3 million pounds of heroin at the port.': a scaled amount of a thing weighs it", () => {
    expect(exact(at("Police seized 3 million pounds of heroin at the port.", 3e6))).toEqual({ value: 3e6, qualifier: undefined, unit: "pounds", label: "pounds seized", type: "measure" });
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

describe("pounds-weigh.ts: a thousand or more pounds said in words is money", () => {
  it("'The marlin weighed one thousand pounds': a verb of weighing makes any size a weight (rev11b found it read as money)", () => {
    expect(exact(at("The marlin weighed one thousand pounds.", 1000))).toEqual({ value: 1000, qualifier: undefined, unit: "pounds", label: "weight", type: "measure" });
  });

  it("'She left him a thousand pounds in her will': not a weight (not: only above a thousand)", () => {
    expect(figs("She left him a thousand pounds in her will.").filter((f) => f.unit === "pounds")).toEqual([]);
  });

  it("'Tickets are priced at just 15 pounds': the price word three words back makes it money (not: only the word right before)", () => {
    expect(exact(at("Tickets are priced at just 15 pounds.", 15))).toEqual({ value: 15, qualifier: "just", unit: "GBP", label: "tickets", type: "money" });
  });
});

describe("a small first end without the thousands the second shows ('20 or 30,000') is that many thousand", () => {
  it("'20 or 30,000 people' is 20,000 to 30,000 people", () => {
    const f = at("There must have been 20 or 30,000 people at the 18th green.", 20000);
    expect({ ...exact(f), valueMax: f.valueMax }).toEqual({ value: 20000, valueMax: 30000, qualifier: undefined, unit: undefined, label: "people", type: "count" });
  });

  it.each([
    ["Between 2 and 30,000 birds died in the storm.", 2, 30000],
    ["The band sold 2 or 30,000 copies, depending on the chart.", 2, 30000],
    ["Prices ranged from $20 to $30,000 a bottle.", 20, 30000],
    ["The firm will hire 500 to 1,000 workers.", 500, 1000],
  ])("not when the ends are far apart, joined by 'and', or money: %s", (text, value, valueMax) => {
    expect(at(text, value).valueMax).toBe(valueMax);
  });
});

describe("a duration said in two units is one duration, in the larger unit (K: 'jailed for eight years seven months' split into 'eight' and a junk 'seven')", () => {
  it("'The robber was jailed for three years six months': 3.5 years in prison, its display both units", () => {
    const f = at("The robber was jailed for three years six months on Friday.", 3.5);
    expect({ ...exact(f), display: f.display }).toEqual({ value: 3.5, qualifier: undefined, unit: "years", label: "years in prison", type: "duration", display: "three years six months" });
  });

  it("'She won in two hours 15 minutes 36 seconds': a third part in the unit below the second's", () => {
    const f = at("She won in two hours 15 minutes 36 seconds.", 2.26);
    expect({ ...exact(f), display: f.display }).toEqual({ value: 2.26, qualifier: undefined, unit: "hours", label: "hours", type: "duration", display: "two hours 15 minutes 36 seconds" });
  });

  it("'The climber spent four years and six months living in a tent': the label the second part's words gave", () => {
    expect(exactOnly("The climber spent four years and six months living in a tent.")).toEqual({ value: 4.5, qualifier: undefined, unit: "years", label: "years living in a tent", type: "duration" });
  });

  it("'The siege lasted 20 hours and 30 minutes': one figure, 20.5 hours", () => {
    expect(exactOnly("The siege lasted 20 hours and 30 minutes.")).toEqual({ value: 20.5, qualifier: undefined, unit: "hours", label: "hours of siege", type: "duration" });
  });
});

describe("a thousands group split off by a space before its comma is the number's own (tokens.ts)", () => {
  it("'around $10-15 ,000' is $10,000 to $15,000", () => {
    expect(one("He said he only made around $10-15 ,000 from the app.")).toMatchObject({ value: 10000, valueMax: 15000, qualifier: "around", unit: "USD", type: "money" });
  });

  it("'paid £250 ,000.' at a sentence's end is £250,000", () => {
    expect(exactOnly("He paid £250 ,000 for the house.")).toEqual(want(250000, undefined, "GBP", "payment for the house", "money"));
  });

  it("near miss: 'Scores were 5 ,6 and 7' joins no group", () => {
    expect(figs("Scores were 5 ,6 and 7.").map((f) => f.value)).toEqual([5, 7]);
  });
});

describe("pounds-weigh.ts: pounds that weigh in a range or after a vague amount", () => {
  it("'Each packet held between two and four pounds of the drug.': a range of weights, not 2–4 GBP", () => {
    // Was money: the range's second end read its currency word without asking whether the pounds weigh.
    expect(exact(at("Each packet held between two and four pounds of the drug.", 2))).toEqual({ value: 2, qualifier: undefined, unit: "pounds", label: "drug", type: "measure" });
  });
  it("'Officers found hundreds of pounds of marijuana in the van.': a vague weight of a thing sold by weight", () => {
    // Was 'hundreds of pounds — marijuana' as money.
    expect(exact(at("Officers found hundreds of pounds of marijuana in the van.", 100))).toEqual({ value: 100, qualifier: "hundreds of", unit: "pounds", label: "marijuana", type: "measure" });
  });
  it("near misses: a vague sum of what things cost, a priced range", () => {
    expect(figs("The storm caused thousands of pounds of damage.").map((f) => [f.value, f.unit, f.type])).toEqual([[1000, "GBP", "money"]]);
    expect(figs("Tickets cost between ten and twenty pounds.").map((f) => [f.value, f.unit, f.type])).toEqual([[10, "GBP", "money"]]);
  });
});

describe("BD shape 16: a weight after 'fine' read as sterling, and a hyphened number's fraction (and-fraction.ts, pounds-weigh.ts)", () => {
  it("'landed a fine three-and-one-quarter pound salmon': 3.25 pounds, a weight, not 3 GBP", () => {
    expect(exactOnly("Guests recalled how the senator landed a fine three-and-one-quarter pound salmon on the lake.")).toEqual(want(3.25, undefined, "pounds", "salmon", "measure"));
  });

  it("'a fine two pound trout', 'the fine 12 pound carp': an adjective between the determiner and the amount prices nothing", () => {
    expect(exactOnly("She landed a fine two pound trout.")).toEqual(want(2, undefined, "pounds", "trout", "measure"));
    expect(exactOnly("He hooked the fine 12 pound carp at dawn.")).toEqual(want(12, undefined, "pounds", "carp", "measure"));
  });

  it("near misses: 'was fined', 'a fine of', 'is worth' still price", () => {
    for (const text of ["He was fined 200 pounds.", "The court set a fine of 200 pounds.", "The ring is worth 200 pounds."]) {
      expect(figs(text).map((f) => [f.value, f.unit, f.type]), text).toEqual([[200, "GBP", "money"]]);
    }
  });

  it("'a 100 pound fine', 'a five pound note': a singular pound heading a price or a piece of money is money", () => {
    expect(exactOnly("The club handed him a 100 pound fine.")).toMatchObject({ value: 100, unit: "GBP", type: "money" });
    expect(exactOnly("He found a five pound note on the pavement.")).toMatchObject({ value: 5, unit: "GBP", type: "money" });
  });

  it("near miss: 'a three pound fine salmon' describes a fish ('fine' no head)", () => {
    expect(exactOnly("He landed a three pound fine salmon.")).toMatchObject({ value: 3, unit: "pounds", type: "measure" });
  });

  it.each([
    ["He caught a seven-and-three-quarter pound bass.", 7.75, "pounds", "measure"],
    ["He ran two-and-a-quarter miles.", 2.25, "miles", "measure"],
    ["The talks lasted two-and-three-quarter hours.", 2.75, "hours", "duration"],
    ["He served a two-and-a-quarter-year sentence.", 2.25, "years", "duration"],
    ["She won by three-and-a-third lengths.", 3.333, undefined, "count"],
  ])("a hyphened number's fraction after 'and' is the number's: %s", (text, value, unit, type) => {
    expect(exact(one(text))).toMatchObject({ value, unit, type });
  });

  it("near miss: 'and-five-quarters' is no proper fraction, so no figure reads 6.25", () => {
    expect(listed("He ate six-and-five-quarters pies.").map((n) => n.value)).not.toContain(7.25);
  });
});

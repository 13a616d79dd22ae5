// Amounts with no noun of their own: small measures named by their glued unit ("15kg", "33mph", "25C") rather
// than dropped, money named by what a "which" clause stands for, "86 confirmed cases" by its participle and noun.
// Each a one-sentence repro with the exact figure, and its look-alikes.
// A quake's magnitude is a measure named by the quake (magnitude.ts).
import { describe, expect, it } from "vitest";
import { sentenceNumbers } from "#brief/figures/card/sentence.ts";
import { at, figs } from "#test/helpers/figures.ts";

const exact = (text: string) => figs(text).map((f) => ({ display: f.display, value: f.value, qualifier: f.qualifier, unit: f.unit, label: f.label, type: f.type }));

describe("measures named by their unit", () => {
  it("'a top speed of 33mph and weigh just 15kg': 33 mph speed, just 15 kg weight", () => {
    expect(exact("Jet surf boards have a top speed of 33mph and weigh just 15kg.")).toEqual([
      { display: "33mph", value: 33, qualifier: undefined, unit: "mph", label: "speed", type: "measure" },
      { display: "just 15kg", value: 15, qualifier: "just", unit: "kg", label: "weight", type: "measure" },
    ]);
  });

  it("'The mercury is expected to reach 25C (77F)': 25 C temperature, the Fahrenheit folded into it", () => {
    expect(exact("The mercury is expected to reach 25C (77F) in the South East today.")).toEqual([
      { display: "25C", value: 25, qualifier: undefined, unit: "c", label: "temperature", type: "measure" },
    ]);
  });

  it("'has since lost 20st': 20 st, weight lost", () => {
    expect(exact("She has since lost 20st in a year.")).toEqual([{ display: "20st", value: 20, qualifier: undefined, unit: "st", label: "weight lost", type: "measure" }]);
  });
});

describe("glued units that are no figure of their own", () => {
  it("a race, a century, the pounds after stones and a bracketed conversion stay out", () => {
    const card = (text: string) => sentenceNumbers({ index: 0, paragraph: 0, text }).filter((r) => !r.drop).map((r) => text.slice(r.from, r.to));
    expect(card("She won the 5,000m.")).toEqual([]);
    expect(card("The church was built in the 17C.")).toEqual([]);
    expect(card("Tomas Francis, the 21st 2lb prop, helped end the run.")).toEqual([]);
    expect(card("Forecasters expect the South to reach 17C (63F) tomorrow.")).not.toContain("63F");
  });
});

describe("an amount in a 'which' clause is named by what 'which' stands for", () => {
  it("'the minimum monthly salary, which is currently $94': 94 USD, minimum monthly salary", () => {
    expect(exact("The rules limit payments to 150 times the minimum monthly salary, which is currently $94.")).toContainEqual({
      display: "$94", value: 94, qualifier: undefined, unit: "USD", label: "minimum monthly salary", type: "money",
    });
  });

  it("'the gadget, which costs $250': the cost, not the gadget", () => {
    expect(exact("Gamers queued to get their hands on the gadget, which costs $250.")).toEqual([{ display: "$250", value: 250, qualifier: undefined, unit: "USD", label: "cost", type: "money" }]);
  });
});

describe("a participle that is an adjective belongs to the counted noun", () => {
  it("'there have been 86 confirmed cases': 86, confirmed cases", () => {
    expect(exact("In total there have been 86 confirmed cases in 2015.")).toEqual([
      { display: "86", value: 86, qualifier: undefined, unit: undefined, label: "confirmed cases", type: "count" },
    ]);
  });
});

describe("a quake's magnitude is a measure named by the quake, never a model number or a count", () => {
  it.each([
    // The point split off by a space ("7 .8"), as detokenized copies print it (was an identifier 7 and a date 8).
    ["Rescue crews began the search after a magnitude-7 .8 quake near the capital flattened homes.", 7.8, "magnitude-7 .8", "quake magnitude"],
    ["A magnitude 3.1 earthquake caused a sharp jolt north of Los Angeles.", 3.1, "magnitude 3.1", "earthquake magnitude"],
    ["That quake was initially reported as a 2.9 magnitude tremor.", 2.9, "2.9 magnitude", "tremor magnitude"],
    ["Saturday's massive 7.8-magnitude quake left more than 5,000 people dead.", 7.8, "7.8-magnitude", "quake magnitude"],
    ["A strong aftershock of magnitude 6.6 was recorded.", 6.6, "magnitude 6.6", "strong aftershock magnitude"],
  ])("%s", (text, value, display, label) => {
    expect(at(text, value)).toMatchObject({ display, type: "measure", unit: "magnitude", kind: "measure", label });
  });
});

// A rate's base is no figure: "for every N" and "in every N" are "per N", any "every N" but a time a base, "one in every N" a ratio, micrograms a unit (rate.ts, share.ts).
import { describe, expect, it } from "vitest";
import { exactOnly, typedList, want } from "#test/helpers/figures.ts";

describe("rates and their bases", () => {
  it("\"There are 12 doctors for every 100 people.\": a rate per 100 people, the base no count", () => {
    expect(exactOnly("There are 12 doctors for every 100 people.")).toEqual(want(12, undefined, "doctors per 100 people", "doctors per 100 people", "measure"));
  });
  it("\"They all had 50 milligrams of alcohol in every 100 millilitres of blood.\": 'in every' is 'per', its 100 no figure", () => {
    expect(typedList("They all had 50 milligrams of alcohol in every 100 millilitres of blood.")).toEqual([["50 milligrams", "measure", true], ["100", "other", false]]);
  });
  it("\"Twins are expected once in every 88 births.\": the births are a frequency's base, no count", () => {
    expect(typedList("Twins are expected once in every 88 births.")).toEqual([["88", "other", false]]);
  });
  it("\"A set of twins can be expected every 88 births.\": a frequency's base, no count of births", () => {
    expect(typedList("A set of twins can be expected every 88 births.")).toEqual([["88", "other", false]]);
  });
  it("\"The hotel has two staff to every three guests.\": the base of a ratio, no count of guests", () => {
    expect(typedList("The hotel has two staff to every three guests.")).toEqual([["two", "count", true], ["three", "other", false]]);
  });
  it("\"In Guatemala nearly 10 out of every 100,000 women are killed.\": 'out of every' as 'out of', the whole no count", () => {
    expect(exactOnly("In Guatemala nearly 10 out of every 100,000 women are killed.")).toEqual(want(10, "nearly", undefined, "women killed", "count"));
  });
  it("\"The pill is given every three months.\": a time after 'every' is an interval and stays", () => {
    expect(typedList("The pill is given every three months.")).toEqual([["three", "duration", true]]);
  });
  it("\"One in every 20 children is poor.\": a ratio as 'one in 20'", () => {
    expect(exactOnly("One in every 20 children is poor.")).toEqual(want(0.05, undefined, undefined, "children poor", "other"));
  });
  it("\"Each pill held 200 micrograms of the drug.\": micrograms are a unit", () => {
    expect(exactOnly("Each pill held 200 micrograms of the drug.")).toEqual(want(200, undefined, "micrograms", "drug", "measure"));
  });
  it("\"Levels reached 40 micrograms per cubic metre of air.\": the concentration's base is no figure", () => {
    expect(exactOnly("Levels reached 40 micrograms per cubic metre of air.")).toEqual(want(40, undefined, "micrograms per cubic metre", "levels", "measure"));
  });
});

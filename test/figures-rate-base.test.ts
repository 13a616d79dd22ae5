// A rate's base is no figure: "for every N" and "in every N" are "per N", "one in every N" a ratio, micrograms a unit (rate.ts, share.ts).
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
  it("\"One in every 20 children is poor.\": a ratio as 'one in 20'", () => {
    expect(exactOnly("One in every 20 children is poor.")).toEqual(want(0.05, undefined, undefined, "children", "other"));
  });
  it("\"Each pill held 200 micrograms of the drug.\": micrograms are a unit", () => {
    expect(exactOnly("Each pill held 200 micrograms of the drug.")).toEqual(want(200, undefined, "micrograms", "drug", "measure"));
  });
  it("\"Levels reached 40 micrograms per cubic metre of air.\": the concentration's base is no figure", () => {
    expect(exactOnly("Levels reached 40 micrograms per cubic metre of air.")).toEqual(want(40, undefined, "micrograms per cubic metre", "levels", "measure"));
  });
});

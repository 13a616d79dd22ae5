// "Baking is seven days a week": as many of a unit as make the whole period it is said per is an idiom for all the
// time, no span (whole-period.ts; card-audit-53's made-up shape 3, junk on a card: '52 — weeks a year').
import { describe, expect, it } from "vitest";
import { exactOnly, typedList, want } from "#test/helpers/figures.ts";

describe("the whole period said per that period: no candidate", () => {
  it("''Rowing is 52 weeks a year these days, and the work never stops,' Hale said.'", () => {
    expect(typedList("'Rowing is 52 weeks a year these days, and the work never stops,' Hale said.")).toEqual([["52", "duration", false]]);
  });
  it("''Baking is really seven days a week, so tiredness builds,' the baker said.': a word number", () => {
    expect(typedList("'Baking is really seven days a week, so tiredness builds,' the baker said.")).toEqual([["seven", "duration", false]]);
  });
  it("'The hostel kitchen runs 24 hours a day, its manager said.'", () => {
    expect(typedList("The hostel kitchen runs 24 hours a day, its manager said.")).toEqual([["24", "duration", false]]);
  });
  it("''Herding goats is 365 days a year,' said the farmer.'", () => {
    expect(typedList("'Herding goats is 365 days a year,' said the farmer.")).toEqual([["365", "duration", false]]);
  });
  it("'The pumps must work 12 months per year.': 'per' says it as 'a' does", () => {
    expect(typedList("The pumps must work 12 months per year.")).toEqual([["12", "duration", false]]);
  });
});

describe("near misses: a part of the period is a figure", () => {
  it("'Drivers work 11 hours a day during the busy season, the company said.'", () => {
    expect(exactOnly("Drivers work 11 hours a day during the busy season, the company said.")).toEqual(want(11, undefined, "hours", "hours a day", "duration"));
  });
  it("'The clinic opens four days a week.': not the whole week", () => {
    expect(typedList("The clinic opens four days a week.")).toEqual([["four", "duration", true]]);
  });
  it("'The vote took 24 hours in all.': no period it is said per", () => {
    expect(typedList("The vote took 24 hours in all.")).toEqual([["24", "duration", true]]);
  });
  it("'The crews rested seven days after the storm.': 'after' is no 'per'", () => {
    expect(typedList("The crews rested seven days after the storm.")[0]?.[2]).toBe(true);
  });
});

// A goal or a lead said to come "in N minutes" is a match minute, a time as "on 35 minutes" is (match-minute.ts):
// 'put the visitors in front in 12 minutes' was carded '12 — minutes', a duration. These sentences are made up.
import { describe, expect, it } from "vitest";
import { typedList } from "#test/helpers/figures.ts";

describe("match-minute.ts: 'in N minutes' after a goal's or a lead's words is a time in the match", () => {
  it("'Pereira put the visitors in front in 12 minutes and Okafor scored again later.' → a time, no candidate", () => {
    expect(typedList("Pereira put the visitors in front in 12 minutes and Okafor scored again later.")).toEqual([["12", "time", false]]);
  });

  it("'The hosts went ahead in 9 minutes through a Smith header.' → a time", () => {
    expect(typedList("The hosts went ahead in 9 minutes through a Smith header.")).toEqual([["9", "time", false]]);
  });

  it("no goal: 'Tickets for the final sold out in 12 minutes.' stays a duration", () => {
    expect(typedList("Tickets for the final sold out in 12 minutes.")).toEqual([["12", "duration", true]]);
  });

  it("a span 'of' something: 'The hosts went ahead twice in 12 minutes of madness.' stays a duration", () => {
    expect(typedList("The hosts went ahead twice in 12 minutes of madness.")).toContainEqual(["12 minutes", "duration", true]);
  });

  it("a goal's own words say no lead: 'He has scored a goal in 91 minutes this season.' stays a duration", () => {
    expect(typedList("He has scored a goal in 91 minutes this season.")).toEqual([["91", "duration", true]]);
  });
});

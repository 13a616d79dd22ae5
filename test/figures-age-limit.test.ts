// An age limit required without "aged" ("must be 19") is an age, no count of a noun beside it (age-limit.ts; card
// audit 43, sample AK's made-up shape: '19 — county courts', a type error). Near misses: a noun after the number counts
// it; a number after "to" with no "be" before it is no requirement.
import { describe, expect, it } from "vitest";
import { exactOnly, figs, typedList, want } from "#test/helpers/figures.ts";

describe("age-limit.ts: a required age is an age", () => {
  it("'jurors at crown and county courts must be 19,': an age, as 'the drinking age is 17' is", () => {
    expect(typedList("Under the rules, jurors at crown and county courts must be 19, and the drinking age is 17.")).toEqual([["19", "age", false], ["17", "age", false]]);
  });

  it("'Drivers must be at least 21 under the new law', 'have to be 18 to vote': ages", () => {
    expect(figs("Drivers of buses must be at least 21 under the new law.")).toEqual([]);
    expect(figs("Voters have to be 18 to vote.")).toEqual([]);
  });

  it("'must be 18 or over': the small word after the age ends its phrase, so an age", () => {
    expect(typedList("Applicants for the licence must be 18 or over.")).toEqual([["18", "age", false]]);
  });

  it("near miss: 'must be 19 metres high' is a measure", () => {
    expect(exactOnly("The fence must be 19 metres high.")).toEqual(want(19, undefined, "metres", "height", "measure"));
  });
});

describe("age-limit.ts: near misses of a required age", () => {
  it("near miss: no person before the modal ('Turnout must be 50 or above', 'The fee should be 20 or less'): no age", () => {
    expect(exactOnly("Turnout must be 50 or above for the vote to count.")).toEqual(want(50, undefined, undefined, "turnout", "count"));
    expect(typedList("The fee should be 20 or less, the board said.")).toEqual([["20", "count", true]]);
  });

  it("near miss: a thing's plural by a people ending ('Orders must be 20 or more', 'Payments must be 30')", () => {
    expect(exactOnly("Orders must be 20 or more.")).toEqual(want(20, "or more", undefined, "orders", "count"));
    expect(exactOnly("Payments must be 30 or less.")).toEqual(want(30, undefined, undefined, "payments", "count"));
  });

  it("a people ending still names people: 'Residents must be 18 or over', 'Applicants must be 20 or more'", () => {
    expect(typedList("Residents must be 18 or over.")).toEqual([["18", "age", false]]);
    expect(typedList("Applicants must be 20 or more.")).toEqual([["20 or more", "age", false]]);
  });

  it("near miss: 'the age group rose to 30 members' counts the members", () => {
    expect(exactOnly("Membership of the age group rose to 30 members.")).toEqual(want(30, undefined, undefined, "members", "count"));
  });

  it("near miss: 'Membership of the club rose to 30.' is no requirement and counts", () => {
    expect(exactOnly("Membership of the club rose to 30.")).toEqual(want(30, undefined, undefined, "membership", "count"));
  });
});

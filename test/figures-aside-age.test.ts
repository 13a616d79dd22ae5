// A bare number closing an aside after a person (a name, or a word for one), set off by a comma or by a comma and
// "then"/"now", is the person's age, in words or digits (aside-age.ts); a list, a place's name or a number with a
// noun of its own is no age.
import { describe, expect, it } from "vitest";
import { exact, at, typedList, want } from "#test/helpers/figures.ts";

describe("an age closing an aside after a person", () => {
  it("'daughters Kacie, six, and Willow, four, in Storrington' → two ages, in words", () => {
    expect(typedList("She lives with daughters Kacie, six, and Willow, four, in Storrington.")).toEqual([["six", "age", false], ["four", "age", false]]);
  });

  it("'three children, Jessica, now seven, and Jocelyn, now three' → the children counted, the two ages none", () => {
    expect(typedList("They went on to have three children, Jessica, now seven, and Jocelyn, now three.")).toEqual([["three", "count", true], ["seven", "age", false], ["three", "age", false]]);
  });

  it("'his son Huseyin, then 21.' → an age in digits after 'then'", () => {
    expect(typedList("He seriously wounded Mr Paytak's son Huseyin, then 21.")).toEqual([["21", "age", false]]);
  });

  it("'his son, then four, in Leeds' → an age after a word for a person", () => {
    expect(typedList("She lives with her son, then four, in Leeds.")).toEqual([["four", "age", false]]);
  });

  it("'she shared one man with her sister, 20.' → an age, not '20 — children'", () => {
    expect(typedList("Ms King, who has two children, shared one man with her sister, 20.")).toEqual([["two", "count", true], ["20", "age", false]]);
  });

  it("'Cousins Kelly McKay, 15 (left), and Payge Olds, 16 (right)' → ages before a caption's bracket", () => {
    expect(typedList("Cousins Kelly McKay, 15 (left), and Payge Olds, 16 (right) risked their lives.")).toEqual([["15", "age", false], ["16", "age", false]]);
  });

  it("'A mother of three, 41, was killed' → three counts her children, 41 is her age", () => {
    expect(typedList("A mother of three, 41, was killed in the crash.")).toEqual([["mother of three", "count", true], ["41", "age", false]]);
  });
});

describe("near misses are no ages", () => {
  it("a place's name after 'the': 'of their six players in the Caribbean, four -- Adam Lyth' → four players", () => {
    expect(exact(at("Of their six players in the Caribbean, four -- Adam Lyth and three others -- are uncapped.", 4))).toEqual(want(4, undefined, undefined, "players", "count"));
  });

  it("a noun after the number: 'Smith, four goals clear, leads' → a count of goals", () => {
    expect(exact(at("The striker Smith, four goals clear, leads the table.", 4))).toEqual(want(4, undefined, undefined, "goals", "count"));
  });

  it("a list of numbers: 'they can lose four, five, six games' → no age", () => {
    expect(typedList("They can lose four, five, six games in a row.").map(([, t]) => t)).not.toContain("age");
  });

  it("the sentence's first word: 'Yesterday, three were hurt.' → no age", () => {
    expect(typedList("Yesterday, three were hurt.").map(([, t]) => t)).not.toContain("age");
  });

  it("no comma before the number: 'Wayne then 33 more' → no age", () => {
    expect(typedList("The club gave Wayne then 33 more.").map(([, t]) => t)).not.toContain("age");
  });

  it("'and then 17' opens no aside: 'The trial took 20 days, and then 17.' → a span", () => {
    expect(typedList("The trial took 20 days, and then 17.").map(([, t]) => t)).toEqual(["duration", "duration"]);
  });
});

describe("an aside between a person and the copula of an age (card audit 55's made-up junk shape J2, 'just nine — son')", () => {
  it("'the summer her daughter Mia, now 30, was only six' → both ages, the later one after the aside", () => {
    expect(typedList("The actor cried as she recalled the summer her daughter Mia, now 30, was only six.")).toEqual([["30", "age", false], ["only six", "age", false]]);
  });

  it("'The depot, now closed, was just nine miles away.': a place behind the aside, no age", () => {
    expect(typedList("The depot, now closed, was just nine miles away.")[0]?.[1]).not.toBe("age");
  });
});

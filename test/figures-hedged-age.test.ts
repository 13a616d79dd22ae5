// An age behind a hedge ("as young as 15", "at just 14") is an age, no count of the noun before it (hedged-age.ts).
import { describe, expect, it } from "vitest";
import { exact, exactOnly, figs, listed } from "#test/helpers/figures.ts";

/** Every number of one sentence as `--all` lists it: value, type and whether the card may take it. */
const typed = (text: string) => listed(text).map((n) => [n.value, n.type, n.candidate]);

describe("an age behind a hedge", () => {
  it("'He abused 11 victims as young as 15.': 11 victims, and 15 an age", () => {
    expect(figs("He abused 11 victims as young as 15.").map(exact)).toEqual([{ value: 11, qualifier: undefined, unit: undefined, label: "victims", type: "count" }]);
    expect(typed("He abused 11 victims as young as 15.")).toEqual([[11, "count", true], [15, "age", false]]);
  });
  it("'Soldiers were accused of abusing children as young as nine as they begged.': nine is an age", () => {
    expect(typed("Soldiers were accused of abusing children as young as nine as they begged.")).toEqual([[9, "age", false]]);
  });
  it("'Some of the fossils are as old as 12.': 'as old as' bounds an age too", () => {
    expect(figs("Some of the fossils are as old as 12.")).toEqual([]);
  });
  it("'She landed her first book deal at just 14.': an age, no count of deals", () => {
    expect(typed("She landed her first book deal at just 14.")).toEqual([[14, "age", false]]);
  });
  it("'A widow at just 21, she was forced to fend for herself.': an age before a comma", () => {
    expect(figs("A widow at just 21, she was forced to fend for herself.")).toEqual([]);
  });
  it("'Now, at only 18, LaNia is sharing details.': 'at only' too", () => {
    expect(figs("Now, at only 18, LaNia is sharing details.")).toEqual([]);
  });
});

describe("near misses", () => {
  it("'The number of winners stood at just three.': a level verb sets it, a count", () => {
    expect(exactOnly("The number of winners stood at just three.")).toEqual({ value: 3, qualifier: "just", unit: undefined, label: "winners", type: "count" });
  });
  it("'He was 20 years old as 10 officers watched.': 'old as' with no 'as' before it bounds nothing", () => {
    expect(exactOnly("He was 20 years old as 10 officers watched.")).toEqual({ value: 10, qualifier: undefined, unit: undefined, label: "officers", type: "count" });
  });
  it("'The storm hit at about 10.': 'about' after 'at' is as often a time or a level, no age", () => {
    expect(typed("The storm hit at about 10.").map(([, type]) => type)).not.toContain("age");
  });
  it("'The team won at just 14 games.': a noun after the number, a count", () => {
    expect(exactOnly("The team won at just 14 games.")).toEqual({ value: 14, qualifier: "just", unit: undefined, label: "games", type: "count" });
  });
  it("'Police searched as many as 15 homes.': 'as many as' bounds a count", () => {
    expect(exactOnly("Police searched as many as 15 homes.")).toEqual({ value: 15, qualifier: "as many as", unit: undefined, label: "homes", type: "count" });
  });
});

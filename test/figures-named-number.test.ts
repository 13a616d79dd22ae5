// A bare number a naming verb gives as a name ("which fans call 314", "known as '771") counts nothing (named-number.ts).
import { describe, expect, it } from "vitest";
import { exactOnly, typedList, want } from "#test/helpers/figures.ts";

describe("a number given as a name", () => {
  it("\"The game came out on July 4, which players call 704, and sold out.\": the day's name, no count", () => {
    expect(typedList("The game came out on July 4, which players call 704, and sold out.")).toEqual([["4", "date", false], ["704", "identifier", false]]);
  });
  it("\"The pill, known as '552, was dropped after trials.\": a code name after \"known as\"", () => {
    expect(typedList("The pill, known as '552, was dropped after trials.")).toEqual([["552", "identifier", false]]);
  });
  it("\"Bakers mark the date that their trade now names 227.\": the object fronted further back", () => {
    expect(typedList("Bakers mark the date that their trade now names 227.")).toEqual([["227", "identifier", false]]);
  });
});

describe("near misses", () => {
  it("\"The defence called three.\": a count said short, no fronted object", () => {
    expect(typedList("The prosecution called 40 experts and the defence called three.")).toEqual([["40", "count", true], ["three", "count", true]]);
  });
  it("\"The number of jobs that the plant cut was 300.\": a fronted object, but no naming verb", () => {
    expect(exactOnly("The number of jobs that the plant cut was 300.")).toEqual(want(300, undefined, undefined, "jobs that the plant cut", "count"));
  });
  it("\"Which club called 12 players into the squad?\": the number has its noun", () => {
    expect(exactOnly("Which club called 12 players into the squad?")).toEqual(want(12, undefined, undefined, "players", "count"));
  });
  it("\"The crowd was twice as big as 4,000.\": 'as' without 'known' is a comparison, the count stays", () => {
    expect(exactOnly("The crowd was twice as big as 4,000.")).toMatchObject({ value: 4000, type: "count" });
  });
});

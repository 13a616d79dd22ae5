// "1 trait or the other": an idiom of choice between two counts nothing (one-or-other.ts).
import { describe, expect, it } from "vitest";
import { exactOnly, figs } from "#test/helpers/figures.ts";

describe("one thing or the other", () => {
  it("'It is people who don't have 1 trait or the other who demean others.': no count", () => {
    expect(figs("It is people who don't have 1 trait or the other who demean others.")).toEqual([]);
  });
  it("'You have to pick 1 political side or the other.': two words of the thing", () => {
    expect(figs("You have to pick 1 political side or the other.")).toEqual([]);
  });
  it("'He got 1 vote or another.': 'or another' too", () => {
    expect(figs("He got 1 vote or another.")).toEqual([]);
  });
});

describe("near misses", () => {
  it("'He scored 1 goal or the other team did.': 'other' before a noun is another thing, the count stays", () => {
    expect(exactOnly("He scored 1 goal or the other team did.")).toEqual({ value: 1, qualifier: undefined, unit: undefined, label: "goal", type: "count" });
  });
  it("'They sold 1 million or the other two.': a million is no one", () => {
    expect(figs("They sold 1 million or the other two.").map((f) => f.value)).toContain(1e6);
  });
  it("'He won 1 big silver cup or the other.': a thing too long for the idiom", () => {
    expect(figs("He won 1 big silver cup or the other.").map((f) => f.value)).toContain(1);
  });
  it("'The jury found 1 defendant guilty or the other free.': words between the thing and 'or'", () => {
    expect(figs("The jury found 1 defendant guilty, and the other free.").map((f) => f.value)).toContain(1);
  });
});

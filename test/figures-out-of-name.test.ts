// "N out of M" before a place's or body's name and a plural counts the plural, as it does without the name (card
// audit 41's seen-off shape: 'Twenty out of 60 Peru provinces' was no candidate; made-up sentences).
import { describe, expect, it } from "vitest";
import { exactOnly, figs, want } from "#test/helpers/figures.ts";

describe("out-of.ts: a name between 'out of M' and the plural it counts", () => {
  it("'Twenty out of 60 Peru provinces were hit by the floods' → Peru provinces (not: no figure)", () => {
    expect(exactOnly("Twenty out of 60 Peru provinces were hit by the floods.")).toEqual(want(20, undefined, undefined, "Peru provinces", "count"));
  });

  it("'Four out of 10 US states voted for him' → US states: an acronym is a name too", () => {
    expect(exactOnly("Four out of 10 US states voted for him.")).toEqual(want(4, undefined, undefined, "US states", "count"));
  });

  it("'a regular on 8 out of 10 Cats': a capitalised plural is a title's word, still no count", () => {
    expect(figs("He was a regular on 8 out of 10 Cats.")).toEqual([]);
  });
});

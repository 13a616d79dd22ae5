// "ranked 809th in the world", "the 809th ranked player in the world": a place in the world ranking (ordinals.ts),
// which the general reader labelled by a name near it ('809th — PGA Tour') or "position" alone, or dropped past 200th.
import { describe, expect, it } from "vitest";
import { at, exact, labelOf, want } from "#test/helpers/figures.ts";

describe("a world ranking", () => {
  it("'the 809th ranked player in the world' → 809, world ranking", () => {
    expect(exact(at("Spieth joined the PGA Tour as the 809th ranked player in the world.", 809))).toEqual(want(809, undefined, undefined, "world ranking", "rank"));
  });

  it("'is ranked 264th in the world' → 264, world ranking", () => {
    expect(exact(at("The 6ft 4in Sherwood is ranked 264th in the world.", 264))).toEqual(want(264, undefined, undefined, "world ranking", "rank"));
  });

  it("'the 88th-ranked player in the world' → 88, world ranking", () => {
    expect(exact(at("Agassi beat the 88th-ranked player in the world.", 88))).toEqual(want(88, undefined, undefined, "world ranking", "rank"));
  });

  it("'rated fifth in the world' → 5, world ranking", () => {
    expect(exact(at("The university is rated fifth in the world.", 5))).toEqual(want(5, undefined, undefined, "world ranking", "rank"));
  });
});

describe("near misses", () => {
  it("a ranking not of the world: 'the fourth ranked player in Europe' is no world ranking", () => {
    expect(labelOf("He is the fourth ranked player in Europe.", 4)).not.toBe("world ranking");
  });

  it("no verb of ranking: 'the fourth largest city in the world' keeps its reading", () => {
    expect(labelOf("It is the fourth largest city in the world.", 4)).toBe("largest city");
  });

  it("past 200th, only a world ranking is read: 'for the 250th time' keeps the general reading", () => {
    expect(labelOf("He scored for the 250th time.", 250)).toBe("time");
  });

  it("'ranked' then another word: 'ranked fourth overall in the world' is not read as a world ranking", () => {
    expect(labelOf("He was ranked fourth overall in the world.", 4)).not.toBe("world ranking");
  });
});

describe("'ranked number N in the world' is a world ranking too", () => {
  it("'Murray is ranked number 4 in the world' → 4, world ranking", () => {
    expect(exact(at("Murray is ranked number 4 in the world.", 4))).toEqual(want(4, undefined, undefined, "world ranking", "rank"));
  });

  it("another ranking: 'ranked number 4 in the country' keeps ranking", () => {
    expect(labelOf("Murray is ranked number 4 in the country.", 4)).toBe("ranking");
  });

  it("another verb: 'rated number 4 in the world' keeps its rating", () => {
    expect(labelOf("The hotel is rated number 4 in the world.", 4)).toBe("rating");
  });
});

// A club's "No N" before a verb or a shirt is the player who wears the number, an identifier, not a rank
// (shirt-number.ts); "Britain's No 1 player" still ranks.
import { describe, expect, it } from "vitest";
import { exactOnly, typedList, want } from "#test/helpers/figures.ts";

describe("a shirt's number", () => {
  it("\"Eastfield's No 7 sprints to the corner flag.\": the player, no rank", () => {
    expect(typedList("Eastfield's No 7 sprints to the corner flag.")).toEqual([["No 7", "identifier", false]]);
  });
  it("\"Harbour Town's No 11 heads home the winner.\"", () => {
    expect(typedList("Harbour Town's No 11 heads home the winner.")).toEqual([["No 11", "identifier", false]]);
  });
  it("\"He inherits Dunmore's No 4 jersey in May.\": a numbered thing", () => {
    expect(typedList("He inherits Dunmore's No 4 jersey in May.")).toEqual([["No 4", "identifier", false]]);
  });
});

describe("a place said \"No N\" stays a rank", () => {
  it("\"Norway's No 1 keeper was left out.\"", () => {
    expect(exactOnly("Norway's No 1 keeper was left out.")).toEqual(want(1, undefined, undefined, "keeper", "rank"));
  });
  it("\"Kenya's No 3 boss is in town.\": an '-ss' noun is no verb", () => {
    expect(exactOnly("Kenya's No 3 boss is in town.")).toEqual(want(3, undefined, undefined, "boss", "rank"));
  });
});

// A part of an owner's whole counts what the whole counts, past the owner's possessive (owned-whole.ts).
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("a part of an owner's whole", () => {
  it("'three of the plant's six nuclear reactors' → nuclear reactors, not 'plant's'", () => {
    expect(exact(at("This led to three of the plant's six nuclear reactors going into meltdown.", 3))).toEqual(want(3, undefined, undefined, "nuclear reactors", "count"));
  });

  it("'13 of the club's last 14 games' → games, not 'club's'", () => {
    expect(exact(at("The midfielder, who has played in 13 of the club's last 14 games, had surgery.", 13))).toEqual(want(13, undefined, undefined, "games", "count"));
  });

  it("an owner whose noun follows at once is read as before: 'Two of the club's players were arrested'", () => {
    expect(exact(at("Two of the club's players were arrested.", 2))).toEqual(want(2, undefined, undefined, "club's players arrested", "count"));
  });

});

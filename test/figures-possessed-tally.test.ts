// An amount whose subject is a pronoun's tally ("their total is 47") is that tally, not one more of the count before it
// (possessed-tally.ts).
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("a pronoun's tally", () => {
  it("'The side have drawn nine games and their total is now 35.': 35 — total", () => {
    expect(exact(at("The side have drawn nine games and their total is now 35.", 35))).toEqual(want(35, undefined, undefined, "total", "count"));
  });
});

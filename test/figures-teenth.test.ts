// A spelled ordinal in "-teenth" ("thirteenth" to "nineteenth") is read as "twelfth" and "twentieth" are, though its
// sentence has no other number (tokens.ts HAS_NUMBER skipped such sentences whole).
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("'-teenth' ordinals", () => {
  it("'It is the eighteenth grey seal to wash up on the beach.': eighteenth — grey seal", () => {
    expect(exact(at("It is the eighteenth grey seal to wash up on the beach.", 18))).toEqual(want(18, undefined, undefined, "grey seal", "ordinal"));
  });
});

// "purchased" prices what was bought as "bought" does (lexicon.ts' MONEY_NOUNS): from sweep 41's island priced by the
// place named before it (a made-up sentence).
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("money a thing was purchased for", () => {
  it("'The island, off the coast of the North Island, has been purchased for $6.75 million.': purchase price", () => {
    const text = "The island, off the coast of the North Island, has been purchased for $6.75 million.";
    expect(exact(at(text, 6.75e6))).toEqual(want(6.75e6, undefined, "USD", "purchase price", "money"));
  });
});

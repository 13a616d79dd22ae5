// name-adverb.ts: a programme's name that ends in an adverb ("Now", "Ahead", "Today") is the money's label with its
// head noun, not cut before the adverb (card audit 47's shape 2: '£6 million — Young Readers').
import { describe, expect, it } from "vitest";
import { at } from "#test/helpers/figures.ts";

describe("a name's adverb ends no money label", () => {
  it("'Schemes such as £6 million Young Readers Now programme have been praised' → Young Readers Now programme", () => {
    expect(at("Schemes such as £6 million Young Readers Now programme have been praised by teachers.", 6000000).label).toBe("Young Readers Now programme");
  });

  it("'The audit praised the $4 million Safe Roads Ahead plan' → Safe Roads Ahead plan", () => {
    expect(at("The audit praised the $4 million Safe Roads Ahead plan.", 4000000).label).toBe("Safe Roads Ahead plan");
  });

  it("a glued scale, 'Today': 'The council backed the £3m Better Streets Today scheme' → Better Streets Today scheme", () => {
    expect(at("The council backed the £3m Better Streets Today scheme.", 3000000).label).toBe("Better Streets Today scheme");
  });

  it("subject, past verb after: 'The £2m Clean Air Now fund helped 300 families' → Clean Air Now fund", () => {
    expect(at("The £2m Clean Air Now fund helped 300 families.", 2000000).label).toBe("Clean Air Now fund");
  });

  it("near miss: a verb's past form after the name is no head ('It gave £1m to Save Children Now said the report')", () => {
    expect(at("It gave £1m to Save Children Now said the report.", 1000000).label).not.toMatch(/said/);
  });
});

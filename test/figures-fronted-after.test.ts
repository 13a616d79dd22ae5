// A fronted "After N units" runs up to its clause's past, as a fronted "Within" does (time-within.ts): the label names
// the event, not the unit alone. Made-up sentences in the shapes of the dev cards.
import { describe, expect, it } from "vitest";
import { at, duration, exact } from "#test/helpers/figures.ts";

describe("a fronted 'after' a time", () => {
  it("'After eight years Bouchard also switched management companies' → years before switching management companies", () => {
    expect(exact(at("After eight years Bouchard also switched management companies to a new agency.", 8))).toEqual(
      duration(8, "years", "years before switching management companies"),
    );
  });

  it("a fronted future keeps its unit: 'After three years, he will retire'", () => {
    expect(exact(at("After three years, he will retire from the board.", 3))).toEqual(duration(3, "years", "years"));
  });
});

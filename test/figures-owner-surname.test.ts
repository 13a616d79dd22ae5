// A time after a gerund whose object a name of several words owns (owner-name.ts): the owner is said by its surname
// so that the label fits the card, where it read "months later" (card audit 41, item 4). Made-up sentences.
import { describe, expect, it } from "vitest";
import { at, duration, exact } from "#test/helpers/figures.ts";

describe("a gerund's object owned by a long name", () => {
  it("'just three months after leading Sir John Brown's side to the title' → months after leading Brown's side", () => {
    expect(exact(at("The striker retired in 2010, just three months after leading Sir John Brown's side to the title.", 3))).toEqual(
      duration(3, "months", "months after leading Brown's side", "just"),
    );
  });

  it("a label that fits keeps the whole name: 'three months after joining Manchester United's academy'", () => {
    expect(exact(at("He quit three months after joining Manchester United's academy.", 3))).toEqual(
      duration(3, "months", "months after joining Manchester United's academy"),
    );
  });
});

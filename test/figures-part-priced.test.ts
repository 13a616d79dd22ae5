// A price "for some of the <things>" is of those things (purpose-label.ts): the part's words ("some of the") made the
// phrase too long for a label, and a price range's top said so had none and never reached the card.
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("a price for a part of a group is labelled by the group", () => {
  it("'Fees start at £40 a lesson but can go up to £95 for some of the more expensive classes.': up to £95 — more expensive classes", () => {
    const text = "Fees start at £40 a lesson but can go up to £95 for some of the more expensive classes.";
    expect(exact(at(text, 95))).toEqual(want(95, "up to", "GBP", "more expensive classes", "money"));
  });
  it("with a verb that moves money, its noun keeps the 'for': 'paid £600 for some of the old maps' → payment for old maps", () => {
    expect(exact(at("The dealer paid £600 for some of the old maps.", 600))).toEqual(want(600, undefined, "GBP", "payment for old maps", "money"));
  });
});

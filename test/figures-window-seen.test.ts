// A window that is its clause's subject and "has seen" something is a time of that thing (window-seen.ts): the label
// was the unit alone. Made-up sentences in the shapes of the dev cards.
import { describe, expect, it } from "vitest";
import { at, duration, exact } from "#test/helpers/figures.ts";

describe("a window that has seen something", () => {
  it("'The last 12 months have seen a dramatic growth in …' → months of dramatic growth", () => {
    expect(exact(at("The last 12 months have seen a dramatic growth in almost every security threat.", 12))).toEqual(
      duration(12, "months", "months of dramatic growth"),
    );
  });

  it("'the last four years have seen the worst conditions' → years of worst conditions", () => {
    expect(exact(at("And the last four years have seen the worst conditions, with the state in drought.", 4))).toEqual(
      duration(4, "years", "years of worst conditions"),
    );
  });

  it("a window that is an object keeps its unit: 'missed the last three weeks seen as vital'", () => {
    expect(exact(at("He missed the last three weeks seen as vital to the team.", 3))).toEqual(duration(3, "weeks", "weeks"));
  });
});

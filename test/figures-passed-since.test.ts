// A time that "has passed" or "had elapsed" since a clause is named by the clause's event, as one right before "since"
// is (since-clause.ts): the label was the unit alone. Made-up sentences in the shape of a dev card.
import { describe, expect, it } from "vitest";
import { at, duration, exact } from "#test/helpers/figures.ts";

describe("a time passed since a clause", () => {
  it("'Exactly 365 days have passed since the girls were snatched' → days since girls snatched", () => {
    expect(exact(at("Exactly 365 days have passed since the girls were snatched from their school.", 365))).toEqual(
      duration(365, "days", "days since girls snatched", "exactly"),
    );
  });

  it("a time passed with no 'since' keeps its unit: 'Five days have passed and nothing has changed'", () => {
    expect(exact(at("Five days have passed and nothing has changed.", 5))).toEqual(duration(5, "days", "days"));
  });
});

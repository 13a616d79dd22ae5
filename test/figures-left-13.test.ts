// Card faults the twelfth round's audit (card-audit-15.md, sample I) and rev12 found and left, each fixed by a general
// rule (branch left13): each test is a one-sentence repro with the exact figure expected, and fails with its fix reverted.
import { describe, expect, it } from "vitest";
import { at, exact } from "#test/helpers/figures.ts";

describe("lonely-label.ts: a label of words that name nothing takes a dimension or the governing verb's subject", () => {
  it("'dragged face first for 3ft along a pavement' is a distance (was '3ft — along')", () => {
    expect(exact(at("He was dragged face first for 3ft along a pavement.", 3))).toEqual({ value: 3, qualifier: undefined, unit: "ft", label: "distance", type: "measure" });
  });
  it("'A property in Kincumber, north of Sydney, went from $889,000' is the property's (was '$889,000 — to')", () => {
    const text = "A property in Kincumber, north of Sydney, went from $889,000 to a 55 per cent cut.";
    expect(exact(at(text, 889000))).toEqual({ value: 889000, qualifier: undefined, unit: "USD", label: "property", type: "money" });
  });
});

// A difference said as "the gap between X and Y" before its copula is what its amount is (gap-between.ts; card audit
// 43, sample AK's made-up shape 12: '£2.4bn — May's (from £2.9bn)', the earlier month's owner). Another noun
// before "between" is the subject with its ends, or alone past six words; a window of time is no such pair.
import { describe, expect, it } from "vitest";
import { at, exact, exactOnly, listed, want } from "#test/helpers/figures.ts";

describe("gap-between.ts: the difference between two things is the amount's subject", () => {
  it("'the difference between what Sweden sold and bought was £2.4bn ($4.5bn), down from May's £2.9bn'", () => {
    const f = at(
      "Figures show the difference between what Sweden sold and bought was £2.4bn ($4.5bn), down from May's £2.9bn.",
      2.4e9,
    );
    expect(exact(f)).toEqual(want(2.4e9, undefined, "GBP", "trade gap", "money"));
    expect(f.previous).toBe(2.9e9);
  });

  it("'The gap between exports and imports was £2.4bn': a trade gap, not 'imports'", () => {
    expect(exactOnly("The gap between exports and imports was £2.4bn.")).toEqual(
      want(2.4e9, undefined, "GBP", "trade gap", "money"),
    );
  });

  it("'The gap between the richest and poorest councils was £400m': the gap, its articles dropped to fit", () => {
    expect(exactOnly("The gap between the richest and poorest councils was £400m last year.")).toEqual(
      want(400e6, undefined, "GBP", "gap between richest and poorest councils", "money"),
    );
  });

  it("the difference noun's own words stay: 'The pay gap between men and women was £400m' → pay gap …", () => {
    expect(exactOnly("The pay gap between men and women was £400m.")).toEqual(
      want(400e6, undefined, "GBP", "pay gap between men and women", "money"),
    );
  });

  it("a pair of adjectives stays whole before a verb of change: 'The gap between rich and poor grew to 12%'", () => {
    // "poor", an adjective before the link words, was stepped over as "is very high at" is ('gap between rich').
    expect(exactOnly("The gap between rich and poor grew to 12%.")).toEqual(
      want(12, undefined, "%", "gap between rich and poor", "percent"),
    );
  });

  it("another noun before 'between' keeps its ends: 'Trade between Sweden and Norway was £2.4bn', not 'Norway'", () => {
    expect(exactOnly("Trade between Sweden and Norway was £2.4bn.")).toEqual(
      want(2.4e9, undefined, "GBP", "trade between Sweden and Norway", "money"),
    );
  });

  it("past six words another noun is named alone: 'Trade between the Nordic countries and the Baltic states'", () => {
    expect(exactOnly("Trade between the Nordic countries and the Baltic states was £2.4bn.")).toEqual(
      want(2.4e9, undefined, "GBP", "trade", "money"),
    );
  });

  it("near miss: a window of time is no pair: 'Sales between January and March were £2.4bn' stays unlabelled", () => {
    expect(listed("Sales between January and March were £2.4bn.").map((n) => [n.display, n.label])).toEqual(
      [["£2.4bn", ""]],
    );
  });

  it("two of a kind as one plural: 'The difference between the two bids was £3m' → difference between bids", () => {
    expect(exact(at("The difference between the two bids was £3m.", 3e6))).toEqual(
      want(3e6, undefined, "GBP", "difference between bids", "money"),
    );
  });

  it("near miss: a pronoun names nothing: 'The gap between them was £3m' is labelled as before", () => {
    expect(exact(at("The gap between them was £3m.", 3e6))?.label).toBe("gap");
  });
});

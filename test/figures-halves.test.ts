// Halves read since dec9a32 that took a card's slot from a better figure or came out as junk:
// each the general construction as a one-sentence repro with the exact figure.
import { describe, expect, it } from "vitest";
import { at, exact, figs } from "#test/helpers/figures.ts";

describe("a half of money its noun names is a ratio to the amount, which is the figure", () => {
  it("'more than half of the £5,000 target' is the £5,000 target", () => {
    expect(exact(at("The JustGiving page raised more than half of the £5,000 target within a couple of hours.", 5000))).toEqual({ value: 5000, qualifier: undefined, unit: "GBP", label: "target", type: "money" });
  });

  it("'Almost half of 1,000 British companies' stays a share of a group", () => {
    expect(exact(at("Almost half of 1,000 British companies said so.", 0.5))).toEqual({ value: 0.5, qualifier: "almost", unit: undefined, label: "1,000 British companies", type: "other" });
  });
});

describe("a share said in words names no noun a later number counts", () => {
  it("'donate half the proceeds to two Down Syndrome foundations': no 'two — proceeds'", () => {
    const found = figs("Lawrence plans to donate half the proceeds to two Down Syndrome foundations, KSL reports.");
    expect(found.map(exact)).toEqual([{ value: 0.5, qualifier: undefined, unit: undefined, label: "proceeds", type: "other" }]);
  });
});

describe("one half of a single thing is one of a pair, no share", () => {
  it("'one half of pop duo Wham!': no figure", () => {
    expect(figs("The film charts his meteoric rise as one half of pop duo Wham! to his arrest.")).toEqual([]);
  });

  it("'One half of the voters' is a share", () => {
    expect(exact(at("One half of the voters backed him.", 0.5))).toEqual({ value: 0.5, qualifier: undefined, unit: undefined, label: "voters", type: "other" });
  });
});

describe("a share of a title runs over the title's 'of'", () => {
  it("'nearly half of Obama's State of the Union addresses' is a share of the addresses", () => {
    expect(exact(at("It was marked by mentions in nearly half of Obama's State of the Union addresses.", 0.5))).toEqual({ value: 0.5, qualifier: "nearly", unit: undefined, label: "Obama's State of the Union addresses", type: "other" });
  });
});

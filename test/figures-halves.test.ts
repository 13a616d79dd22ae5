// Halves read since dec9a32 that took a card's slot from a better figure or came out as junk:
// each the general construction as a one-sentence repro with the exact figure.
// Also: halves of a thing's parts ('the bottom half of the table') are no share, and 'an hour and a half' is 1.5 hours.
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
    expect(found.map(exact)).toEqual([{ value: 0.5, qualifier: undefined, unit: undefined, label: "proceeds donated", type: "other" }]);
  });
});

describe("one half of a single thing is one of a pair, no share", () => {
  it("'one half of pop duo Wham!': no figure", () => {
    expect(figs("The film charts his meteoric rise as one half of pop duo Wham! to his arrest.")).toEqual([]);
  });

  it("'One half of the voters' is a share", () => {
    expect(exact(at("One half of the voters backed him.", 0.5))).toEqual({ value: 0.5, qualifier: undefined, unit: undefined, label: "voters backed him", type: "other" });
  });
});

describe("a share of a title runs over the title's 'of'", () => {
  it("'nearly half of Obama's State of the Union addresses' is a share of the addresses", () => {
    expect(exact(at("It was marked by mentions in nearly half of Obama's State of the Union addresses.", 0.5))).toEqual({ value: 0.5, qualifier: "nearly", unit: undefined, label: "Obama's State of the Union addresses", type: "other" });
  });
});

describe("share.ts: halves of a thing's parts, and a title's run over 'of'", () => {
  it("'The bottom half of the table', 'The western half of the country': a part of one thing, no share (not: a word describing 'half' ignored)", () => {
    expect(figs("The bottom half of the table is crowded.")).toEqual([]);
    expect(figs("The western half of the country is flooded.")).toEqual([]);
  });

  it("'Half of the residents of Paris left': the share is of residents; only a title's capitalised word runs over its 'of' (not: any word before 'of')", () => {
    expect(exact(at("Half of the residents of Paris left.", 0.5))).toEqual({ value: 0.5, qualifier: undefined, unit: undefined, label: "residents", type: "other" });
  });

  it("'Half of all Americans of working age have jobs': a capitalised noun runs over 'of' only into another capitalised word (not: into any word)", () => {
    expect(exact(at("Half of all Americans of working age have jobs.", 0.5))).toEqual({ value: 0.5, qualifier: undefined, unit: undefined, label: "Americans", type: "other" });
  });
});

describe("halves and a unit of one", () => {
  it("'an hour and a half': 1.5 hours", () => {
    expect(exact(at("Mr Mayhew spent an hour and a half yelling for help.", 1.5))).toEqual({ value: 1.5, qualifier: undefined, unit: "hours", label: "yelling", type: "duration" });
  });

  it("'Approximately half of the dust': a share of one half, hedged", () => {
    expect(exact(at("Approximately half of the dust in today's atmosphere may be the result of human activity.", 0.5))).toEqual({ value: 0.5, qualifier: "approximately", unit: undefined, label: "dust", type: "other" });
  });

  it("'the first half of the year', 'half the weight of an apple' are no shares", () => {
    expect(at("Profits rose 5% in the first half of the year.", 5).type).toBe("percent");
    expect(() => at("The cub was half the weight of an apple.", 0.5)).toThrow();
  });
});

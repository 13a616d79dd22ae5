// A ratio "N in M" is a share of a group (share.ts), in words as in digits ("six in ten voters", not only "one in
// five"), labelled by its group or, with no group after its whole, by what the share did (ratio-deed.ts); a tally over
// games or minutes said the same way is no share.
import { describe, expect, it } from "vitest";
import { at, exact, figs, listed, want } from "#test/helpers/figures.ts";

describe("a ratio with no group after its whole is labelled by its deed", () => {
  it("'One in 20 admitted to speeding past the school.': admitted to speeding past school (was no candidate)", () => {
    expect(exact(at("Of the drivers asked, one in 20 admitted to speeding past the school.", 0.05))).toEqual(want(0.05, undefined, undefined, "admitted to speeding past school", "other"));
  });
  it("'One in 12 drove themselves to work.': the verb the tagger calls a noun before a pronoun (was 'drove')", () => {
    expect(exact(at("One in 12 drove themselves to work.", 0.083))).toEqual(want(0.083, undefined, undefined, "drove themselves to work", "other"));
  });
  it("'Almost one in three said they had been bullied.': almost one in three — said they had been bullied", () => {
    expect(exact(at("Almost one in three said they had been bullied at work.", 0.333))).toEqual(want(0.333, "almost", undefined, "said they had been bullied", "other"));
  });
  it("near miss: a participle before the group describes it ('one in five divorced women' → divorced women, was none)", () => {
    expect(exact(at("Nearly one in five divorced women will retire on small pensions.", 0.2))).toEqual(want(0.2, "nearly", undefined, "divorced women", "other"));
  });
});

describe("a ratio with a numerator in words other than 'one' is a share as 'one in five' is", () => {
  it("'Seven in ten shoppers want the stores to open later.': 0.7 — shoppers (was '7' read alone)", () => {
    const found = figs("Seven in ten shoppers want the stores to open later.");
    expect(found.map(exact)).toEqual([want(0.7, undefined, undefined, "shoppers want stores to open later", "other")]);
    expect(found[0]?.display).toBe("Seven in ten");
  });
  it("'Nearly four in 10 said they could not afford a holiday.': the deed, the hedge kept", () => {
    expect(exact(at("Nearly four in 10 said they could not afford a holiday.", 0.4))).toEqual(want(0.4, "nearly", undefined, "said they could not afford holiday", "other"));
  });
  it("a ratio smaller than a thousandth keeps its figures ('three in 100,000 patients' is 0.00003, not 0)", () => {
    expect(exact(at("The condition affects three in 100,000 patients.", 0.00003))).toEqual(want(0.00003, undefined, undefined, "patients affected", "other"));
  });
});

describe("near misses: a tally said 'N in M' is no share", () => {
  it.each([
    ["The striker has six in seven for his new club.", 6],
    ["The visitors' three in nine minutes settled it.", 3],
    ["Rovers' three in nine were even more devastating.", 3],
    ["He has scored three in five Premier League games.", 3],
    ["He scored two in ten games before the break.", 2],
    ["The side have won four in five matches this year.", 4],
  ])("%s", (text) => {
    expect(listed(text).filter((n) => n.type === "other" && n.value < 1)).toEqual([]);
  });
});

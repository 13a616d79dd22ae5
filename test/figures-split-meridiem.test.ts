// A clock time whose "p.m." or "a.m." the text cut with a space is a time, not pence or a count (split-meridiem.ts).
import { describe, expect, it } from "vitest";
import { exactOnly, typedList, want } from "#test/helpers/figures.ts";

describe("'p. m.' and 'a. m.' cut by a space", () => {
  it("\"The ferry docked around 4p. m. Sunday.\": a time, no 4p of money", () => {
    expect(typedList("The ferry docked around 4p. m. Sunday.")).toEqual([["around 4", "time", false]]);
  });
  it("\"The 30 pupils left at 9 a. m. on Monday.\": a time, no count of pupils", () => {
    expect(typedList("The 30 pupils left at 9 a. m. on Monday.")).toEqual([["30", "count", true], ["9", "time", false]]);
  });
});

describe("near misses", () => {
  it("\"A loaf costs 85p. Most shoppers pay it.\": pence ending a sentence stay money", () => {
    expect(exactOnly("A loaf costs 85p. Most shoppers pay it.")).toEqual(want(0.85, undefined, "GBP", "loaf", "money"));
  });
});

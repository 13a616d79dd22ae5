// An age range opened by "aged from/between" is an age, whatever its first end (age-range-end.ts): with a word first it
// was read as a count ('six and 16 — pupils hurt') or its second end alone ('11 — children', the 38th sweep's junk).
import { describe, expect, it } from "vitest";
import { exactOnly, typedList, want } from "#test/helpers/figures.ts";

describe("an age range after 'aged'", () => {
  it("\"Four pupils aged between six and 16 were hurt.\": an age range, the count of pupils alone", () => {
    expect(typedList("Four pupils aged between six and 16 were hurt.")).toEqual([["Four", "count", true], ["six and 16", "age", false]]);
  });
  it("\"Nine were held, including four children aged from one to 11.\": the second end is an age, no count", () => {
    expect(typedList("Nine were held, including four children aged from one to 11.").filter(([d]) => d === "11")).toEqual([["11", "age", false]]);
  });
  it("\"Four children aged from one to 11 were held.\": the card keeps the four children alone", () => {
    expect(exactOnly("Four children aged from one to 11 were held.")).toEqual(want(4, undefined, undefined, "children aged", "count"));
  });
});

describe("near misses", () => {
  it("\"The cost rose from one to 11 dollars.\": no 'aged', an amount", () => {
    expect(exactOnly("The cost rose from one to 11 dollars.")).toEqual(want(11, undefined, "USD", "cost", "money"));
  });
});

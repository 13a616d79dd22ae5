// After "in", a part "out of" a whole ("in 17 out of 20 claims no payment is made") is a proportion of cases, a share
// as "one in five" is, not a count of the part (card audit 51, sample AS's made-up shape 8).
import { describe, expect, it } from "vitest";
import { at, exact, exactOnly, want } from "#test/helpers/figures.ts";

describe("in-out-of.ts: 'in N out of M' is a share", () => {
  it("'Roughly 9,000 pupils apply for bursaries each year, although in 13 out of 50 cases no award is given.' → 0.26 of cases", () => {
    // Was '13 out of 50 — cases', a count of 13.
    const text = "Roughly 9,000 pupils apply for bursaries each year, although in 13 out of 50 cases no award is given.";
    expect(exact(at(text, 0.26))).toEqual(want(0.26, undefined, undefined, "cases", "other"));
  });
  it("'In nine out of 10 cases the tests were wrong.' → 0.9 of cases", () => {
    expect(exactOnly("In nine out of 10 cases the tests were wrong.")).toEqual(want(0.9, undefined, undefined, "cases", "other"));
  });
  it("near miss: 'Four out of five key issues were settled.' → a count of key issues, as the gold reads it", () => {
    expect(exactOnly("Four out of five key issues were settled.")).toEqual(want(4, undefined, undefined, "key issues", "count"));
  });
});

describe("in-out-of.ts: only an 'in' that opens its clause", () => {
  it("near miss: 'The court backed its case in four out of five key issues.' → a count of key issues, the verb's", () => {
    expect(exactOnly("The court backed its case in four out of five key issues.")).toEqual(want(4, undefined, undefined, "key issues", "count"));
  });
});

// A verb right after a restrictive "which"/"that" has the noun before the pronoun as its subject: "on sales which rose
// 8% to $1.4bn" labels the total as "sales rose 8% to $1.4bn" does (relative-subject.ts).
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("a restrictive relative's verb takes the noun before the pronoun as its subject", () => {
  it("'Operating profit was $9m, on sales which rose 8% to $1.4bn.': $1.4bn — sales", () => {
    expect(exact(at("Operating profit was $9m, on sales which rose 8% to $1.4bn.", 1.4e9))).toEqual(want(1.4e9, undefined, "USD", "sales", "money"));
  });
  it("'Staff costs were cut to £4m after takings that slid 12% to £30m.': £30m — takings", () => {
    expect(exact(at("Staff costs were cut to £4m after takings that slid 12% to £30m.", 30e6))).toEqual(want(30e6, undefined, "GBP", "takings", "money"));
  });
  it("'The news gave a fresh boost to bonds which have fallen 3% this week.': the word before 'which', though parsed a verb", () => {
    expect(exact(at("The news gave a fresh boost to bonds which have fallen 3% this week.", 3))).toEqual(want(3, undefined, "%", "fall in bonds", "percent"));
  });
});

// A number a subject may one day reach, in a "once/when/the moment … gets to N" clause under a modal, is a milestone
// put as a case (threshold.ts; card-audit-49's made-up shape 3).
import { describe, expect, it } from "vitest";
import { exactOnly } from "#test/helpers/figures.ts";

const count = (value: number, label: string) => ({ value, qualifier: undefined, unit: undefined, label, type: "count" });

describe("'would … once SUBJ gets to N, as NAME did': a milestone, not the name", () => {
  it("'It would be tempting to stop trying once she gets to a thousand, as Priya Nair did in the spring.'", () => {
    expect(exactOnly("It would be tempting to stop trying once she gets to a thousand, as Priya Nair did in the spring.")).toEqual(count(1000, "milestone"));
  });
  it("'It would be easy to ease off the moment she reaches a thousand, as Priya Nair did last spring.'", () => {
    expect(exactOnly("It would be easy to ease off the moment she reaches a thousand, as Priya Nair did last spring.")).toEqual(count(1000, "milestone"));
  });
  it("'He could retire as soon as his savings reach 500,000, as his brother did.': the clause's subject labels it", () => {
    expect(exactOnly("He could retire as soon as his savings reach 500,000, as his brother did.")).toEqual(count(500000, "savings"));
  });
});

describe("near misses", () => {
  it("'She reached 40 wins in May.': a number reached as a fact is no case, read as before", () => {
    expect(exactOnly("She reached 40 wins in May.")).toEqual(count(40, "wins"));
  });
  it("'The club could be relegated when it reaches 40 points.': the number's own noun labels it, read as before", () => {
    expect(exactOnly("The club could be relegated when it reaches 40 points.")).toEqual(count(40, "points"));
  });
});

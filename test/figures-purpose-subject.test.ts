// An infinitive after a noun says what the noun is for; its object, closing the subject before the verb, is not what the
// amount is: "the total cost of the scheme to modernise its fleet will be $25m" → cost of the scheme, not fleet
// (purpose-clause.ts, read by subject.ts's subjectBefore and verbSubject; card audit 31's cost shape).
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("a purpose's object closing a subject is not the amount's", () => {
  it("'the full cost of the project to rebuild its stadium will be £90m' → full cost of the project", () => {
    expect(exact(at("The board says the full cost of the project to rebuild its stadium will be £90m.", 90_000_000))).toEqual(want(90_000_000, undefined, "GBP", "full cost of the project", "money"));
  });

  it("'The plan to replace its computers will cost $8m' → plan (a head with no 'of' stands alone)", () => {
    expect(exact(at("The plan to replace its computers will cost $8m.", 8_000_000))).toEqual(want(8_000_000, undefined, "USD", "plan", "money"));
  });
});

describe("near misses", () => {
  it("no verb after the object: 'Ministers plan to cut the budget to £3bn' → budget (what reaches the amount)", () => {
    expect(at("Ministers plan to cut the budget to £3bn.", 3_000_000_000).label).toBe("budget");
  });

  it("no purpose: 'The cost of the scheme will be $25m' → cost", () => {
    expect(at("The cost of the scheme will be $25m.", 25_000_000).label).toBe("cost");
  });
});

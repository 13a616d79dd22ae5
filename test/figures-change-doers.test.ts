// "Our plans have brought a 45% rise in farmers using organic feed": what rose is the number of those doing what the
// participle says, not of farmers (card audit 57, sample AY's made-up shape 6: read '45% — rise in farmers').
import { describe, expect, it } from "vitest";
import { exactOnly, want } from "#test/helpers/figures.ts";

describe("change-doers.ts: a change in a plural noun before an '-ing' participle is in those doing it", () => {
  it("'Councils reported a 30% rise in tenants paying late rent.' → 30% — rise in tenants paying late rent", () => {
    expect(exactOnly("Councils reported a 30% rise in tenants paying late rent.")).toEqual(want(30, undefined, "%", "rise in tenants paying late rent", "percent"));
  });
  it("a preposition's phrase after the participle: 'The charity saw a 12% rise in people living in poverty.' → rise in people living in poverty", () => {
    expect(exactOnly("The charity saw a 12% rise in people living in poverty.")).toEqual(want(12, undefined, "%", "rise in people living in poverty", "percent"));
  });
  it("near miss: a preposition is no participle: 'The firm posted a 6% rise in orders during the quarter.' → rise in orders", () => {
    expect(exactOnly("The firm posted a 6% rise in orders during the quarter.")).toEqual(want(6, undefined, "%", "rise in orders", "percent"));
  });
  it("near miss: too long for a label: 'Doctors saw a 30 per cent increase in children suffering from asthma attacks at night.' → increase in children", () => {
    expect(exactOnly("Doctors saw a 30 per cent increase in children suffering from asthma attacks at night.")).toEqual(want(30, undefined, "%", "increase in children", "percent"));
  });
});

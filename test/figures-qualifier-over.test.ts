// "over" before an amount: a hedge when it opens the subject after an opening time phrase, no hedge after a noun it
// hangs on (over-subject.ts, read-core.ts qualifierBefore).
import { describe, expect, it } from "vitest";
import { at, exact } from "#test/helpers/figures.ts";

describe("'over' after an opening time phrase hedges the amount", () => {
  it("'In nine days over $76,000 was raised': more than $76,000 raised", () => {
    expect(exact(at("In nine days over $76,000 was raised for the teen's surgery.", 76000))).toEqual({
      value: 76000, qualifier: "over", unit: "USD", label: "raised for the teen's surgery", type: "money",
    });
  });

  it("'Last year over 500 people died': more than 500 people died", () => {
    expect(exact(at("Last year over 500 people died on the roads.", 500))).toEqual({
      value: 500, qualifier: "over", unit: undefined, label: "people died", type: "count",
    });
  });

  it("near miss: 'fought for years over $5m' is what they fought about, no hedge", () => {
    expect(at("The brothers fought for years over $5m left by their father.", 5e6).qualifier).toBeUndefined();
  });

  it("near miss: 'In a race over 1500 metres' is the race's distance, no hedge", () => {
    expect(at("In a race over 1500 metres he won gold.", 1500).qualifier).toBeUndefined();
  });

  it("near miss: 'a bench warrant over $18,104.43' stays no hedge", () => {
    expect(exact(at("A judge issued a bench warrant over $18,104.43 in unpaid fines.", 18104.43))).toEqual({
      value: 18104.43, qualifier: undefined, unit: "USD", label: "unpaid fines", type: "money",
    });
  });
});

// relative-sum.ts: a sum after "the" that a relative clause follows is what the clause did with it, not the noun
// governing "of the" (card audit 48's shape 1: 'no mention of the £45 million the council spent on consultants' →
// '£45 million — mention').
import { describe, expect, it } from "vitest";
import { at, exact, listed, want } from "#test/helpers/figures.ts";

const labelOf = (text: string, value: number) => listed(text).find((f) => f.value === value)?.label;

describe("a sum named by the relative clause after it", () => {
  it("'Nowhere in the report is there any mention of the £45 million the council spent on consultants'", () => {
    const text = "Nowhere in the report is there any mention of the £45 million the council spent on consultants.";
    expect(exact(at(text, 45e6))).toEqual(want(45e6, undefined, "GBP", "council spent on consultants", "money"));
  });

  it("'no reference to', a sign, 'from the': 'made no reference to the $2bn the government borrowed from the banks'", () => {
    const text = "The minister's statement made no reference to the $2bn the government borrowed from the banks last year.";
    expect(exact(at(text, 2e9))).toEqual(want(2e9, undefined, "USD", "government borrowed from the banks", "money"));
  });

  it("'which', an owner, an auxiliary: 'no reference to the $7bn which his ministry had spent on new tanks'", () => {
    const text = "His speech made no reference to the $7bn which his ministry had spent on new tanks.";
    expect(labelOf(text, 7e9)).toBe("ministry spent on new tanks");
  });

  it("a currency word, 'for': 'The report skates over the 60 million euros the club paid for the striker in 2019'", () => {
    const text = "The report skates over the 60 million euros the club paid for the striker in 2019.";
    expect(exact(at(text, 6e7))).toEqual(want(6e7, undefined, "EUR", "club paid for the striker", "money"));
  });

  it("'at': 'Auditors found no trace of the £1.2m the charity raised at its gala'", () => {
    expect(labelOf("Auditors found no trace of the £1.2m the charity raised at its gala.", 1.2e6)).toBe("charity raised at its gala");
  });

  it("near miss: a speech verb reports the clause ('repay £115,000 from the £310,000 the judge said he made')", () => {
    expect(labelOf("He must repay £115,000 from the £310,000 the judge said he made.", 310000)).not.toBe("judge said");
  });

  it("near miss: 'a' after the sum is a rate's or a compound's ('the 138p a share offer provided value')", () => {
    expect(labelOf("He said the 138p a share offer provided value for shareholders.", 1.38)).not.toContain("provided");
  });
});

// A time taken whose doing stands after a "for" and its doer, or after "before" (time-taken.ts), where purpose() reads
// only a "to" right after the unit: the label names what the time took, not the unit alone. Made-up sentences in the
// shapes of the dev cards.
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("a time taken for a doer to do something", () => {
  it("'can take two months for the body to respond' → months for body to respond", () => {
    expect(exact(at("Doctors warned it can take two months for the body to respond.", 2))).toEqual(
      want(2, undefined, "months", "months for body to respond", "duration"),
    );
  });

  it("'took four days for news of the failure to leak out': the doer's head, over its 'of' phrase", () => {
    expect(exact(at("It took four days for news of the failure to leak out.", 4))).toEqual(want(4, undefined, "days", "days for news to leak out", "duration"));
  });

  it("'took more than 26 months for him to be found guilty': a pronoun doer is left out", () => {
    expect(exact(at("It took more than 26 months for him to be found guilty of the fraud.", 26))).toEqual(
      want(26, "more than", "months", "months to be found guilty", "duration"),
    );
  });

  it("'took nine hours Monday for crews to clear the road': over a weekday, the doing alone when the doer does not fit", () => {
    expect(exact(at("It took nine hours Monday for crews to clear the blocked road.", 9))).toEqual(
      want(9, undefined, "hours", "hours to clear the blocked road", "duration"),
    );
  });
});

describe("a time taken before a clause's event", () => {
  it("'would take me about three days before I was bored' → days before being bored", () => {
    expect(exact(at("It would take me about three days before I was bored.", 3))).toEqual(want(3, "about", "days", "days before being bored", "duration"));
  });
});

// home-money.ts: money a verb carries "home" is the money so moved, not the adverb (card audit 48's shape 2:
// '30 dollars — home').
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("money carried home", () => {
  it("'Each week the caddie brought the 30 dollars home and paid the rent with it' → money brought home", () => {
    const text = "Each week the caddie brought the 30 dollars home and paid the rent with it.";
    expect(exact(at(text, 30))).toEqual(want(30, undefined, "USD", "money brought home", "money"));
  });

  it("spelled, first person: 'We carried the twenty rupees home and spent them on rice' → money carried home", () => {
    expect(at("We carried the twenty rupees home and spent them on rice.", 20).label).toBe("money carried home");
  });

  it("a sign, a scale, no 'the': 'Migrants sent $4bn home last year' → money sent home", () => {
    expect(at("Migrants sent $4bn home last year.", 4e9).label).toBe("money sent home");
  });

  it("present progressive, a rate after: 'Nurses abroad are sending 500 euros home every month' → money sent home", () => {
    expect(at("Nurses abroad are sending 500 euros home every month.", 500).label).toBe("money sent home");
  });

  it("near miss: money spent 'at home' is not carried there ('He spent £300 at home')", () => {
    expect(at("He spent £300 at home.", 300).label).toBe("spending");
  });
});

// takings.ts' verbs of amassing: money "amassed", "collected", "accumulated", "netted" or "banked" is earnings, not
// the place it was made on (card audit 48's shape 5: '$6million — on the LPGA circuit').
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("money amassed", () => {
  it("'The Swede has amassed $6million on the LPGA circuit since turning professional' → earnings", () => {
    const text = "The Swede has amassed $6million on the LPGA circuit since turning professional.";
    expect(exact(at(text, 6e6))).toEqual(want(6e6, undefined, "USD", "earnings", "money"));
  });

  it("'collected', a hedge, this year: 'The rookie has collected almost $9million on the Asian Tour this year'", () => {
    expect(exact(at("The rookie has collected almost $9million on the Asian Tour this year.", 9e6))).toEqual(want(9e6, "almost", "USD", "earnings", "money"));
  });

  it("fronted span, past tense, pounds: 'Over 20 years she accumulated £3.5m on the European circuit'", () => {
    expect(at("Over 20 years she accumulated £3.5m on the European circuit.", 3.5e6).label).toBe("earnings");
  });

  it("'netted', a currency word: 'He netted 40,000 euros on the Challenge Tour last season'", () => {
    expect(at("He netted 40,000 euros on the Challenge Tour last season.", 40000).label).toBe("earnings");
  });

  it("'banked', a prize fund's tour: 'The Scot banked £1.2m on the Ladies European Tour in her first season'", () => {
    expect(at("The Scot banked £1.2m on the Ladies European Tour in her first season.", 1.2e6).label).toBe("earnings");
  });

  it("near miss: money collected for a cause was raised ('Volunteers collected £5,000 for the hospice')", () => {
    expect(at("Volunteers collected £5,000 for the hospice.", 5000).label).toBe("raised");
  });

  it("near miss: money an appeal gathers was raised ('A donation page has collected more than £8,000 so far')", () => {
    expect(at("A donation page has collected more than £8,000 so far.", 8000).label).toBe("raised");
    expect(at("The family started a GoFundMe page, which amassed more than $27,000.", 27000).label).toBe("raised");
  });

  it("near miss: what the money came in says more ('tried to collect thousands of dollars in donations on a GoFundMe page')", () => {
    expect(at("The family tried to collect thousands of dollars in donations on a GoFundMe page.", 1000).label).toBe("donations");
  });

  it("near miss: a charity after the sum is not the gatherer ('The striker, who banked £2m last year, also gave some of it to charity')", () => {
    const text = "The striker, who banked £2m last year, also gave some of it to charity.";
    expect(exact(at(text, 2e6))).toEqual(want(2e6, undefined, "GBP", "earnings", "money"));
  });

  it("near miss: a charity gala later in the sentence ('The singer, who netted £3m on tour, later sang at a charity gala')", () => {
    expect(at("The singer, who netted £3m on tour, later sang at a charity gala.", 3e6).label).toBe("earnings");
  });

  it("near miss: a share given to a charity after ('The Scot banked £1.2m, and gave a share to a charity')", () => {
    expect(at("The Scot banked £1.2m, and gave a share to a charity.", 1.2e6).label).toBe("earnings");
  });

  it("near miss: a tax collector's takings are tax, not earnings ('The tax office collected £5bn' → tax collected)", () => {
    expect(exact(at("The tax office collected £5bn.", 5e9))).toEqual(want(5e9, undefined, "GBP", "tax collected", "money"));
    expect(at("HMRC has collected £12bn since April.", 12e9).label).toBe("tax collected");
  });

  it("near miss: tax the earner paid later is no collector ('The striker collected £2m last year and paid little tax on it')", () => {
    expect(at("The striker collected £2m last year and paid little tax on it.", 2e6).label).toBe("earnings");
  });
});

// Money labelled by who pays or gets it (a name, a possessive, the clause's subject) takes what the sentence says the
// money is: a payment noun before its "of", the noun after a possessive's amount, a purpose "in" past a period word, a
// possessed noun the tagger read as a verb (payer-label.ts). One-sentence repros with the exact figure and near misses.
import { describe, expect, it } from "vitest";
import { at, exact, exactOnly, want } from "#test/helpers/figures.ts";

describe("money is labelled by what it is, not who pays (payer-label.ts)", () => {
  it("'among Sterling's admirers with offers of up to £50million': the offers, not the admirers", () => {
    const text = "Manchester City are among Sterling's admirers with offers of up to £50million.";
    expect(exactOnly(text)).toEqual(want(5e7, "up to", "GBP", "offers", "money"));
  });

  it("'The clubs made offers of £50million': a payment noun the tagger read as a verb", () => {
    expect(exactOnly("The clubs made offers of £50million.")).toEqual(want(5e7, undefined, "GBP", "offers", "money"));
  });

  it("'Releasing Hutchings on bail of £500': bail, not the man bailed", () => {
    expect(exactOnly("Releasing Hutchings on bail of £500, the judge said.")).toEqual(want(500, undefined, "GBP", "bail", "money"));
  });

  it("'the FCC's $550,000 (£293,000) fine levied': the noun past the conversion", () => {
    const text = "The payment is not related to the FCC's $550,000 (£293,000) fine levied against Viacom.";
    expect(exact(at(text, 550000))).toEqual(want(550000, undefined, "USD", "fine", "money"));
  });

  it("'the hotel's $25 million (approximately £17 million) renovation project': past a hedged conversion", () => {
    const text = "The suite is part of the hotel's $25 million (approximately £17 million) renovation project.";
    expect(exact(at(text, 25e6))).toEqual(want(25e6, undefined, "USD", "renovation project", "money"));
  });

  it("'Mayweather's cut is to be in excess of £80m': the possessed noun the tagger read as a verb", () => {
    const text = "Mayweather's cut is to be in excess of £80m before other income is split.";
    expect(exactOnly(text)).toEqual(want(8e7, "in excess of", "GBP", "mayweather's cut", "money"));
  });

  it("'The Department of Justice provides more than $1 billion annually in grants': the purpose past 'annually'", () => {
    const text = "The Department of Justice provides more than $1 billion annually in grants to police departments.";
    expect(exactOnly(text)).toEqual(want(1e9, "more than", "USD", "grants", "money"));
  });

  it("near miss: 'a total fine of £5,000': a label already ending on the payment noun keeps its words", () => {
    expect(exactOnly("He was hit with a total fine of £5,000.")).toEqual(want(5000, undefined, "GBP", "total fine", "money"));
  });

  it("near miss: 'Chelsea paid Porto £20m': nothing says what the money is, the payment to the payee stays", () => {
    expect(exactOnly("Chelsea paid Porto £20m.")).toEqual(want(2e7, undefined, "GBP", "payment to Porto", "money"));
  });

  it("near miss: 'provides more than $1 billion annually in Texas': a name after 'in' is where, not what", () => {
    // Not 'Texas'; the provider the fallback took ('Justice') is named by its verb instead (party-money.ts).
    const text = "The Department of Justice provides more than $1 billion annually in Texas.";
    expect(exactOnly(text)).toEqual(want(1e9, "more than", "USD", "funding", "money"));
  });

  it("near miss: 'They each paid £300 each in cash': a label naming no party keeps it; cash is how, not what", () => {
    expect(exactOnly("They each paid £300 each in cash.")).toEqual(want(300, undefined, "GBP", "payment", "money"));
  });

  it("'When Titanic does $1.8bn in worldwide box office': the purpose 'in' right after the amount, over its adjective", () => {
    const text = "When Titanic does $1.8bn in worldwide box office, you've got a lot of people.";
    expect(exactOnly(text)).toEqual(want(1.8e9, undefined, "USD", "worldwide box office", "money"));
  });

  it("'The Tories highlighted £35bn in \"wasteful\" spending': a quoted describing word is the noun phrase's", () => {
    const text = 'The Tories on Monday highlighted £35bn in "wasteful" spending they would stop.';
    expect(exactOnly(text)).toEqual(want(35e9, undefined, "GBP", "wasteful spending", "money"));
  });

  it("'the ONS reclassified £3.4bn of spending on road repairs': what the amount is of, a gerund noun", () => {
    const text = "In March the Office of National Statistics (ONS) reclassified £3.4bn of spending on road repairs.";
    expect(exactOnly(text)).toEqual(want(3.4e9, undefined, "GBP", "spending", "money"));
  });

  it("'in Norwich is seeking £100,000 ($150,000) of funding': past the conversion", () => {
    const text = "The team from the University of East Anglia in Norwich is seeking £100,000 ($150,000) of funding.";
    expect(exact(at(text, 1e5))).toEqual(want(1e5, undefined, "GBP", "funding", "money"));
  });

  it("near miss: 'his Dodge Challenger worth $30,000 in the driveway': a noun after 'in the' is where, not what", () => {
    const text = "He had parked his collectible Dodge Challenger worth $30,000 in the driveway of his home.";
    expect(exactOnly(text)).toEqual(want(30000, undefined, "USD", "Challenger", "money"));
  });
});

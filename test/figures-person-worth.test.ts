// What a person is worth is their fortune, not 'worth' nor the noun of the person (person-worth.ts). One-sentence repros
// with the exact figure, and near misses: a deal, a firm or a player a club values is worth money but has no fortune.
import { describe, expect, it } from "vitest";
import { at, exact, exactOnly, labelOf, want } from "#test/helpers/figures.ts";

describe("a person's worth is their fortune (person-worth.ts)", () => {
  it("'Durst, who prosecutors have said is worth up to $100 million': fortune, past who says so", () => {
    const text = "Durst, who prosecutors have said is worth up to $100 million, has long been estranged from his family.";
    expect(exactOnly(text)).toEqual(want(1e8, "up to", "USD", "fortune", "money"));
  });

  it("'Chen Lihua who is reported to worth £4.1 billion': who is worth it is a person", () => {
    const text = "She is ahead of the real estate tycoon Chen Lihua who is reported to worth £4.1 billion.";
    expect(exactOnly(text)).toEqual(want(4.1e9, undefined, "GBP", "fortune", "money"));
  });

  it("'the hotelier worth £25m': a noun of the wealthy is a person with a fortune", () => {
    expect(exactOnly("Natasha poses with her gift from Danny, the hotelier worth £25m.")).toEqual(want(25e6, undefined, "GBP", "fortune", "money"));
  });

  it("'Weinstein founded Miramax with his brother Bob in 1979 and is worth an estimated $200 million'", () => {
    const text = "Weinstein founded Miramax with his brother Bob in 1979 and is worth an estimated $200 million.";
    expect(exact(at(text, 2e8))).toEqual(want(2e8, "an estimated", "USD", "fortune", "money"));
  });

  it("'Ms Smith, who is worth £40m, bought the house': who is worth it is a person", () => {
    expect(labelOf("Ms Smith, who is worth £40m, bought the house.", 40e6)).toBe("fortune");
  });

  it("near miss: 'Smith said his company is worth £5m': the company's worth, not a fortune", () => {
    expect(labelOf("Smith said his company is worth £5m.", 5e6)).not.toBe("fortune");
  });

  it("near miss: 'Worth £5m, the house sold fast': nothing before the worth", () => {
    expect(labelOf("Worth £5m, the house sold fast.", 5e6)).not.toBe("fortune");
  });

  it("near miss: 'Google was founded in 1998 and is worth $400bn': no pronoun makes the name a person", () => {
    expect(labelOf("Google was founded in 1998 and is worth $400bn.", 4e11)).not.toBe("fortune");
  });

  it("near miss: 'the firm was set up by its staff and is worth $4bn': a name must open the sentence", () => {
    expect(labelOf("The firm was set up by his staff in 1998 and is worth $4bn.", 4e9)).not.toBe("fortune");
  });

  it("near miss: 'Benteke, who Villa believe is worth £30m': a club's valuation of a player, not a fortune", () => {
    expect(labelOf("Benteke, who Villa believe is worth £30m, scored again.", 30e6)).not.toBe("fortune");
  });

  it("near miss: 'The striker, who is worth £50m': what a player is worth is a club's price, not a fortune", () => {
    expect(labelOf("The striker, who is worth £50m, scored twice.", 50e6)).not.toBe("fortune");
  });

  it("near miss: 'The deal is said to be worth billions of dollars' is the deal's", () => {
    expect(labelOf("The deal is said to be worth billions of dollars.", 1e9)).toBe("deal");
  });

  it("near miss: 'the house, which the owner said is worth £2m' is the house's worth", () => {
    expect(labelOf("He sold the house, which the owner said is worth £2m, last year.", 2e6)).not.toBe("fortune");
  });
});

// Money a theft or a swindle took is labelled stolen, not by its victim, the place it was taken from or a stray noun of
// the clause (stolen-money.ts). One-sentence repros with the exact figure, and near misses: an amount with a noun of its
// own keeps it, and money moved "out of" something with no swindle before it is not stolen.
import { describe, expect, it } from "vitest";
import { at, exact, exactOnly, labelOf, want } from "#test/helpers/figures.ts";

describe("money a theft took is stolen (stolen-money.ts)", () => {
  it("'a cashier who stole £15,000 from a currency exchange': stolen, not the currency exchange", () => {
    const text = "A 'greedy' cashier who stole £15,000 from a currency exchange was told to get her hands dirty.";
    expect(exactOnly(text)).toEqual(want(15000, undefined, "GBP", "stolen", "money"));
  });

  it("'tied him to the tree after stealing $2,500 from him': stolen, not the tree", () => {
    const text = "Taylor told police that a group of men tied him to the tree after stealing $2,500 from him.";
    expect(exactOnly(text)).toEqual(want(2500, undefined, "USD", "stolen", "money"));
  });

  it("'they stole more than $50,000': past the hedge", () => {
    expect(exactOnly("Police said the couple stole more than $50,000 from the school.")).toEqual(want(50000, "more than", "USD", "stolen", "money"));
  });

  it("'managed to steal the equivalent of £278': an equivalent is a hedge, not the label", () => {
    const text = "In the panic, the thieves only managed to steal the equivalent of £278 and fled in a car.";
    expect(exactOnly(text)).toEqual(want(278, undefined, "GBP", "stolen", "money"));
  });

  it("'an armed robber made off with $400 on her shift': a getaway with money", () => {
    const text = "She was fired from her job after an armed robber made off with $400 on her shift.";
    expect(exactOnly(text)).toEqual(want(400, undefined, "USD", "stolen", "money"));
  });

  it("'was robbed of £4,000 in the street': robbed of the money; 'in the street' is where", () => {
    expect(exactOnly("The pensioner was robbed of £4,000 in the street.")).toEqual(want(4000, undefined, "GBP", "stolen", "money"));
  });

  it("'admitted stealing of £15,336 from her employer': the stealing of money", () => {
    const text = "Farier admitted stealing of £15,336 from her employer between October 2012 and February 2013.";
    expect(exactOnly(text)).toEqual(want(15336, undefined, "GBP", "stolen", "money"));
  });

  it("'conning a D-Day veteran out of nearly £10,000': swindled money is stolen, not the veteran", () => {
    const text = "A mother of three has been jailed after conning a D-Day veteran out of nearly £10,000.";
    expect(exact(at(text, 10000))).toEqual(want(10000, "nearly", "GBP", "stolen", "money"));
  });

  it("near miss: 'stole his wallet and £100 in cash' keeps the cash", () => {
    expect(exactOnly("After tricking her way inside, she stole his wallet and £100 in cash.")).toEqual(want(100, undefined, "GBP", "cash", "money"));
  });

  it("near miss: 'also stole $2,000 in cash' keeps the cash", () => {
    expect(exactOnly("Isabelle also stole $2,000 in cash from the woman.")).toEqual(want(2000, undefined, "USD", "cash", "money"));
  });

  it("near miss: 'tricked into paying a deposit of £500': a swindle's verb with no 'out of' is not stolen money", () => {
    expect(labelOf("The tenants were tricked into paying a deposit of £500.", 500)).toBe("deposit");
  });

  it("near miss: 'stole a £5 note' keeps the note", () => {
    expect(exactOnly("Once inside, she stole a £5 note from the woman's handbag.")).toEqual(want(5, undefined, "GBP", "note", "money"));
  });

  it("near miss: 'stole £160,000 worth of luxury cars' keeps the cars", () => {
    const text = "Two crooks who stole £160,000 worth of luxury cars from homes have been jailed.";
    expect(labelOf(text, 160000)).toBe("luxury cars");
  });

  it("near miss: 'stole £20,000 of jewellery' keeps the jewellery", () => {
    expect(exactOnly("Thieves stole £20,000 of jewellery from the shop.")).toEqual(want(20000, undefined, "GBP", "jewellery", "money"));
  });

  it("near miss: 'walked off with $5,000' is a winner's prize, not a getaway", () => {
    expect(labelOf("The winner walked off with $5,000.", 5000)).not.toBe("stolen");
  });

  it("near miss: 'paid £5,000 out of his savings' is no swindle", () => {
    expect(labelOf("He paid £5,000 out of his savings.", 5000)).not.toBe("stolen");
  });

  it("near miss: a swindle in another clause ('who swindled them, out of £5m') is not this amount's", () => {
    expect(labelOf("It was a takeover, said the man who swindled them, out of £5m.", 5e6)).not.toBe("stolen");
  });
});

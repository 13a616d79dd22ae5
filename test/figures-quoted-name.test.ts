// A number inside a quoted name a naming verb gives is part of the name, no figure (quoted-name.ts); a quoted trifle is none either.
import { describe, expect, it } from "vitest";
import { exactOnly, figs, listed, typedList } from "#test/helpers/figures.ts";

/** Every number of one sentence as `--all` lists it: value, type and whether the card may take it. */
const typed = (text: string) => listed(text).map((n) => [n.value, n.type, n.candidate]);

describe("a number in a quoted name", () => {
  it("\"The drug, dubbed '$5 insanity', is spreading.\": a name, no price", () => {
    expect(typed("The drug, dubbed '$5 insanity', is spreading.")).toEqual([[5, "identifier", false]]);
  });
  it("\"A drug stronger than meth dubbed' $5 insanity' is spreading.\": the opening quote glued to the verb", () => {
    expect(figs("A drug stronger than meth dubbed' $5 insanity' is spreading.")).toEqual([]);
  });
  it("\"Users have nicknamed the drug '$5 insanity' because it is cheap.\": the verb's object between", () => {
    expect(figs("Users have nicknamed the drug '$5 insanity' because it is cheap.")).toEqual([]);
  });
  it("\"The magazine reviewed the play titled '12 shades of dull.'\": a title's pun, no count of shades", () => {
    expect(figs("The magazine reviewed the play titled '12 shades of dull.'")).toEqual([]);
  });
});

describe("near misses", () => {
  it("\"Fans dubbed him a £50m 'flop' after the season.\": the quote opens after the amount, which is his price", () => {
    expect(exactOnly("Fans dubbed him a £50m 'flop' after the season.")).toMatchObject({ value: 5e7, unit: "GBP", type: "money" });
  });
  it("\"Users have paid '$5 or less' for it.\": no naming verb, a price", () => {
    expect(exactOnly("Users paid '$5 each' for it, dealers said.")).toMatchObject({ value: 5, unit: "USD", type: "money" });
  });
  it("\"The drug, dubbed '$5 insanity' by users who love how cheap it is, costs less than $10.\": the name's words end at the quote", () => {
    expect(figs("The drug was dubbed '$5 of pure cheap insanity' by users.")).toHaveLength(1);
  });
  it("\"Known on the street and sold in clubs for years as '$5 insanity'\": the verb too far before the quote", () => {
    expect(figs("They nicknamed it in the clubs '$5 insanity'.")).toHaveLength(1);
  });
});

describe("a quoted trifle, a figure of speech for nothing (quoted-trifle.ts; blind sample BA's made-up shape S10)", () => {
  it("'He said she hadn't put \"10 cents\" towards the flat.': no money", () => {
    // Was '10 cents — flat' [money, 0.1 USD] on a card.
    expect(typedList("He said she hadn't put \"10 cents\" towards the flat.")).toEqual([["10 cents", "money", false]]);
  });
  it("'They never gave us '5p' for the hall.': pence, single quotes", () => {
    expect(typedList("They never gave us '5p' for the hall.")).toEqual([["5p", "money", false]]);
  });
  it("near miss: 'The club was sold for \"$1\" to its fans.': a whole unit quoted is a sum said with doubt", () => {
    expect(exactOnly("The club was sold for \"$1\" to its fans.")).toMatchObject({ value: 1, unit: "USD", type: "money" });
  });
  it("near miss: 'A \"10 cents a litre\" levy was proposed.': the amount with more words in the marks names a rate", () => {
    expect(typedList("A \"10 cents a litre\" levy was proposed.").map((n) => n[2])).toEqual([true]);
  });
  it("near miss: 'The tax \"rose by 10 cents\" last year.': a quote closing after the amount, not around it alone", () => {
    expect(typedList("The tax \"rose by 10 cents\" last year.")).toEqual([["10 cents", "money", true]]);
  });
  it("near miss: 'She put 10 cents towards the flat.': unquoted, a sum", () => {
    expect(typedList("She put 10 cents towards the flat.")).toEqual([["10 cents", "money", true]]);
  });
});

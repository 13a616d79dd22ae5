// A number inside a quoted name a naming verb gives is part of the name, no figure (quoted-name.ts).
import { describe, expect, it } from "vitest";
import { exactOnly, figs, listed } from "#test/helpers/figures.ts";

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

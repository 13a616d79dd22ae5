// A price closing a bracketed credit "(Publisher & Publisher £N)" is the price of what is reviewed, not the publisher's
// last name the nearest noun phrase gave it (credit-price.ts; card audit 57, AY's made-up shape 3). Made-up one-sentence
// repros with the exact figure and near misses.
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("a bracketed credit's amount is a price", () => {
  it("\"The Paper Boats by Anna Rees (Hodder & Stoughton £12.99) is a joy.\": price, not 'Stoughton'", () => {
    expect(exact(at("The Paper Boats by Anna Rees (Hodder & Stoughton £12.99) is a joy.", 12.99))).toEqual(want(12.99, undefined, "GBP", "price", "money"));
  });
  it("\"The Paper Boats by Anna Rees (Faber and Faber £9.99).\": names joined by 'and'", () => {
    expect(exact(at("The Paper Boats by Anna Rees (Faber and Faber £9.99).", 9.99))).toEqual(want(9.99, undefined, "GBP", "price", "money"));
  });
  it("\"The new novel by Anna Rees (Picador £16.99) is set in Cardiff.\": one name", () => {
    expect(exact(at("The new novel by Anna Rees (Picador £16.99) is set in Cardiff.", 16.99))).toEqual(want(16.99, undefined, "GBP", "price", "money"));
  });
});

describe("near misses", () => {
  it("\"The Paper Boats by Anna Rees (hardback £12.99) is a joy.\": a lower-case word is no credit", () => {
    expect(exact(at("The Paper Boats by Anna Rees (hardback £12.99) is a joy.", 12.99))?.label).toBe("hardback");
  });
  it("\"The Paper Boats by Anna Rees (Hodder £12.99 hardback) is a joy.\": the amount does not close the bracket", () => {
    expect(exact(at("The Paper Boats by Anna Rees (Hodder £12.99 hardback) is a joy.", 12.99))?.label).not.toBe("price");
  });
});

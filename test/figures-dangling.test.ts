// A noun phrase cut before its number or at a conjunction leaves a determiner and adjectives with no noun, and a money
// label made of it dangles ('payment for the current', card audit 32's pattern 4): the tail is dropped (dangling.ts).
// One-sentence repros with the exact figure, and near misses: a phrase with its noun, a nominal adjective, a second phrase.
import { describe, expect, it } from "vitest";
import { at, exact, exactOnly, want } from "#test/helpers/figures.ts";

describe("a label's dangling determiner and adjective tail is dropped (dangling.ts)", () => {
  it("'paying $3m for the current five seasons': payment, not 'payment for the current'", () => {
    expect(exact(at("Sponsors are paying $3m for the current five seasons.", 3e6))).toEqual(want(3e6, undefined, "USD", "payment", "money"));
  });

  it("'paid £90,000 for the bigger but older boat': cut at the conjunction, the payment alone", () => {
    expect(exactOnly("Last year she paid £90,000 for the bigger but older boat.")).toEqual(want(90000, undefined, "GBP", "payment", "money"));
  });

  it("near miss: 'paid £300 for the new bike' — a phrase with its noun keeps it", () => {
    expect(exactOnly("He paid £300 for the new bike.")).toEqual(want(300, undefined, "GBP", "payment for the new bike", "money"));
  });

  it("near miss: 'gave £5m for the elderly' — a nominal adjective ending its phrase keeps it", () => {
    expect(exactOnly("The charity gave £5m for the elderly.")).toEqual(want(5e6, undefined, "GBP", "for the elderly", "money"));
  });

  it("near miss: 'paid £3m for the poor and the sick' — a conjunction before a second phrase cuts nothing", () => {
    expect(exactOnly("The firm paid £3m for the poor and the sick.")).toEqual(want(3e6, undefined, "GBP", "payment for the poor", "money"));
  });

  it("near miss: 'to the ex-finance chief who quit' — a clause's 'who' after a noun tagged an adjective cuts nothing", () => {
    expect(exactOnly("The bank is to pay $2m to the ex-finance chief who quit in May.")).toEqual(want(2e6, undefined, "USD", "payment to the ex-finance chief", "money"));
  });
});

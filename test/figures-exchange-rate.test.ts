// A currency's price in another ("$1.29 to the euro", "$1.2944 against the euro") is an exchange rate, not money paid
// "to" a party (exchange-rate.ts). One-sentence repros with the exact figure, and a near miss: a currency word that
// opens another noun ("the euro zone fund").
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("a currency's price in another is an exchange rate, not money paid to it (exchange-rate.ts)", () => {
  it("'the dollar stood at $1.31 to the euro': exchange rate against euro, not 'to the euro'", () => {
    expect(exact(at("By noon the dollar stood at $1.31 to the euro in London trading.", 1.31))).toEqual(want(1.31, undefined, "USD", "exchange rate against euro", "money"));
  });

  it("'the pound traded at $1.88 against the dollar': against a currency too", () => {
    expect(exact(at("Sterling traded at $1.88 against the dollar late on Friday.", 1.88))).toEqual(want(1.88, undefined, "USD", "exchange rate against dollar", "money"));
  });

  it("near miss: '€5bn to the euro zone fund' is money paid to a fund, no rate", () => {
    expect(exact(at("Berlin gave €5bn to the euro zone fund last year.", 5e9))).toEqual(want(5e9, undefined, "EUR", "payment to the euro zone fund", "money"));
  });

  it("near miss: '$5m to the family' names no currency, no rate", () => {
    expect(exact(at("The insurer paid $5m to the family on Monday.", 5e6))).toEqual(want(5e6, undefined, "USD", "payment to the family", "money"));
  });

  it("near miss: 'switched $500 to the euro' names no currency priced before the amount: money moved, no rate", () => {
    expect(exact(at("Before the trip he switched $500 to the euro at the airport.", 500))?.label).not.toMatch(/exchange rate/);
  });

  it("near miss: 'lost $40m to the dollar' is money lost, no rate", () => {
    expect(exact(at("The exporter lost $40m to the dollar, traders said.", 4e7))?.label).not.toMatch(/exchange rate/);
  });

  it("'Sterling … reaching $1.88 to the dollar': the currency priced may stand well before the amount", () => {
    expect(exact(at("Sterling gained ground on Tuesday, reaching $1.88 to the dollar.", 1.88))).toEqual(want(1.88, undefined, "USD", "exchange rate against dollar", "money"));
  });

  it("near miss: 'The dollar fell as Berlin gave €5bn to the euro zone fund': a currency before, but the euro opens a noun", () => {
    expect(exact(at("The dollar fell as Berlin gave €5bn to the euro zone fund.", 5e9))).toEqual(want(5e9, undefined, "EUR", "payment to the euro zone fund", "money"));
  });
});

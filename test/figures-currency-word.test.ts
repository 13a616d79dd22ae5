// A currency named by a word after its number is read the same at a single amount and at a range's second end
// (currency-word.ts): "between 1,000 yen and 5,000 yen" left its second "yen" out of the range, which took "yen" as its
// label; "10 euros to 20 euros" already read whole.
import { describe, expect, it } from "vitest";
import { listed, one } from "#test/helpers/figures.ts";
import type { KeyFigure } from "#brief/figures/card/figure.ts";

const range = (f: KeyFigure) => ({ value: f.value, valueMax: f.valueMax, qualifier: f.qualifier, unit: f.unit, label: f.label, type: f.type, previous: f.previous });
const money = (value: number, valueMax: number | undefined, unit: string, label: string, previous?: number) => ({ value, valueMax, qualifier: undefined, unit, label, type: "money", previous });

describe("a range with the currency said after each end is one range in that currency", () => {
  it("'between 1,000 yen and 5,000 yen a day' → 1,000 to 5,000 JPY, cost a day", () => {
    expect(range(one("Tickets cost between 1,000 yen and 5,000 yen a day."))).toEqual(money(1000, 5000, "JPY", "cost a day"));
    expect(range(one("Tickets cost from 1,000 yen to 5,000 yen a day."))).toEqual(money(1000, 5000, "JPY", "cost a day"));
  });

  it("'between 10 euros and 20 euros a day' → 10 to 20 EUR, as before", () => {
    expect(range(one("Tickets cost between 10 euros and 20 euros a day."))).toEqual(money(10, 20, "EUR", "cost a day"));
  });

  it("'rose from 10 euros to 20 euros' is a change: 20 euros from 10", () => {
    expect(range(one("Fares rose from 10 euros to 20 euros last year."))).toEqual(money(20, undefined, "EUR", "fares", 10));
  });

  it("'between 100 and 200 EUR a day': an upper-case code at the second end names the range's money", () => {
    expect(range(one("Fees are between 100 and 200 EUR a day."))).toEqual(money(100, 200, "EUR", "a day"));
  });

  it("near miss: a lower-case three-letter word other than 'yen' names no money ('200 cad')", () => {
    expect(listed("Fees are between 100 and 200 cad a day.").map((n) => [n.display, n.unit])).toEqual([["100 and 200", undefined]]);
  });
});

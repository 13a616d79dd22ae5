// The thirteenth round's lead fixes, each the general construction behind a card fault as a one-sentence repro with
// the exact figure.
import { describe, expect, it } from "vitest";
import { exactOnly } from "#test/helpers/figures.ts";

describe("'a total of' says how an amount is given, not what it is: the amount is labelled past it", () => {
  it.each([
    ["Torpedo was fined a total of 900,000 rubles for various offenses.", { value: 900_000, qualifier: undefined, unit: "RUB", label: "fine for various offenses", type: "money" }],
    ["They paid a combined total of £5m for the site.", { value: 5_000_000, qualifier: undefined, unit: "GBP", label: "payment for the site", type: "money" }],
    ["Managers were handed a total of £1.8 million in bonuses.", { value: 1_800_000, qualifier: undefined, unit: "GBP", label: "bonuses", type: "money" }],
  ] as const)("'%s'", (text, figure) => {
    expect(exactOnly(text)).toEqual(figure);
  });

  it("with nothing else to name it, the total stays: 'making an estimated total of nearly £20million'", () => {
    expect(exactOnly("Three times as much to excavate the basements, making an estimated total of nearly £20million.")).toEqual({
      value: 20_000_000, qualifier: "nearly", unit: "GBP", label: "total", type: "money",
    });
  });

  it("'the bill came to a total of $5m' is still named by the bill", () => {
    expect(exactOnly("The bill came to a total of $5m.")?.label).toBe("bill");
  });
});

describe("a sum the subject names by what was done with it keeps the participle: 'The total paid out was £203,066'", () => {
  it.each([
    ["The total paid out was £203,066.", { value: 203_066, qualifier: undefined, unit: "GBP", label: "total paid out", type: "money" }],
    ["The amount stolen was $3m.", { value: 3_000_000, qualifier: undefined, unit: "USD", label: "amount stolen", type: "money" }],
  ] as const)("'%s'", (text, figure) => {
    expect(exactOnly(text)).toEqual(figure);
  });
});

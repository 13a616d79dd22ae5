// "Oscar cost Chelsea £19.35m": a named payer is the buyer, the money the cost of the verb's subject (cost-named.ts).
import { describe, expect, it } from "vitest";
import { at, exact, exactOnly } from "#test/helpers/figures.ts";

const gbp = (value: number, label: string, qualifier?: string): ReturnType<typeof exact> => ({ value, qualifier, unit: "GBP", label, type: "money" });

describe("a cost verb with a named payer prices its subject", () => {
  it("'Oscar cost Chelsea £19.35m': cost of Oscar", () => {
    expect(exactOnly("Oscar cost Chelsea £19.35m and they would want a profit.")).toEqual(gbp(19350000, "cost of Oscar"));
  });

  it("'Smalling, who cost United £10million from Fulham': the relative's noun, cost of Smalling", () => {
    expect(exact(at("Smalling, who cost United £10million from Fulham in 2010, has made 147 appearances.", 10000000))).toEqual(gbp(10000000, "cost of Smalling"));
  });

  it("'The duo are likely to cost Celtic around £1.5 million': over the raising phrase, cost of duo", () => {
    expect(exactOnly("The duo are likely to cost Celtic around £1.5 million.")).toEqual(gbp(1500000, "cost of duo", "around"));
  });

  it("'It cost Manchester United £60m': a pronoun subject names nothing, cost", () => {
    expect(exactOnly("It cost Manchester United £60m.")).toEqual(gbp(60000000, "cost"));
  });
});

describe("near misses: payers that are no name", () => {
  it("'The scheme will cost taxpayers £2bn': cost to taxpayers, as before", () => {
    expect(exactOnly("The scheme will cost taxpayers £2bn.")).toEqual(gbp(2000000000, "cost to taxpayers"));
  });

  it("'The repairs cost the council £5m': cost to council, as before", () => {
    expect(exactOnly("The repairs cost the council £5m.")).toEqual(gbp(5000000, "cost to council"));
  });
});

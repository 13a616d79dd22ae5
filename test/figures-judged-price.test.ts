// A word that judges money ("a bargain £38m", "a cool $2.5 million") is no label of it (judged-price.ts).
import { describe, expect, it } from "vitest";
import { exactOnly } from "#test/helpers/figures.ts";

const money = (value: number, unit: string, label: string) => ({ value, qualifier: undefined, unit, label, type: "money" });

describe("a judgement of the amount", () => {
  it("'City paid what now looks like a bargain £38m for him.': a price", () => {
    expect(exactOnly("City paid what now looks like a bargain £38m for him.")).toEqual(money(38e6, "GBP", "price"));
  });
  it("'They landed Pietersen for what looked like a bargain of £205,000.': before its 'of'", () => {
    expect(exactOnly("They landed Pietersen for what looked like a bargain of £205,000.")).toEqual(money(205000, "GBP", "price"));
  });
  it("'The deal was a snip at £5.': before its 'at'", () => {
    expect(exactOnly("The deal was a snip at £5.")).toEqual(money(5, "GBP", "price"));
  });
  it("'Realtors have priced this property at a cool $2.5 million.': a size judged, after a verb of pricing", () => {
    expect(exactOnly("Realtors have priced this San Francisco property at a cool $2.5 million.")).toEqual(money(2.5e6, "USD", "price"));
  });
  it("'The deficit stood at a cool £1m.': a size judged with nothing bought: what came to it", () => {
    expect(exactOnly("The deficit stood at a cool £1m.")).toEqual(money(1e6, "GBP", "deficit"));
  });
});

describe("a judgement said of the copula's subject", () => {
  it("'The launch costs were modest -- about $200,000, …': launch costs, not 'modest'", () => {
    expect(exactOnly("The launch costs were modest -- about $200,000, most of it raised from local donors.")).toEqual({ ...money(200000, "USD", "launch costs"), qualifier: "about" });
  });
  it("'It is incredibly cheap: for as little as $6.': a pronoun subject, so a price", () => {
    expect(exactOnly("It is incredibly cheap: for as little as $6.")).toEqual({ ...money(6, "USD", "price"), qualifier: "as little as" });
  });
});

describe("near misses", () => {
  it("'Last year it made a cool £1m.': nothing bought and a pronoun subject, so not made a price", () => {
    expect(exactOnly("Last year it made a cool £1m.")).toEqual(money(1e6, "GBP", "cool"));
  });
  it("'Its losses hit a whopping £1m.': a label that is no judgement is left", () => {
    expect(exactOnly("Its losses hit a whopping £1m.")).toEqual(money(1e6, "GBP", "losses"));
  });
});

// A named forecaster's count counts what the story is about whatever the
// headline calls the product (product-count.ts; card-audit-53's made-up shape 7: two forecasts ranked off the card),
// and a rival's forecast said after the first is a second forecast, not a part of the first (carry-count.ts).
import { describe, expect, it } from "vitest";
import { findFigures } from "#brief/figures/card/card.ts";
import { articleSentences } from "#news/sentences.ts";

const card = (paragraphs: string[], limit: number) =>
  findFigures(articleSentences({ paragraphs }), { salience: paragraphs.map(() => 1), headline: "Smart watch goes on sale in Tokyo", limit }).map((f) => [
    f.value,
    f.qualifier,
    f.unit,
    f.label,
  ]);

describe("a product's forecasts rank as what the story is about", () => {
  it("'Kestrel Securities expects 3 million units while Marlow Research forecasts 12 million.' above a listing's price", () => {
    const found = card(["A gold model was listed for $7,500 on one site.", "Kestrel Securities expects 3 million units while Marlow Research forecasts 12 million."], 2);
    expect(found).toEqual([
      [3e6, undefined, undefined, "units forecast by Kestrel Securities"],
      [12e6, undefined, undefined, "units forecast by Marlow Research"],
    ]);
  });
});

describe("near misses keep their rank", () => {
  it("'The firm sold 40 million units last year.': a tally, maybe a comparator's, no forecast", () => {
    expect(card(["A gold model was listed for $7,500 on one site.", "The firm sold 40 million units last year."], 1)).toEqual([[7500, undefined, "USD", "asking price"]]);
  });
});

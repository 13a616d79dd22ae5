// Linked amounts: a change and an earlier value belong to one figure (bbc-business-001, Time Warner).
import { describe, expect, it } from "vitest";
import { findFigures } from "#brief/figures/card.ts";
import { articleSentences } from "#news/sentences.ts";
import { bbcBusiness001, find } from "#test/helpers/figures.ts";

describe("findFigures on bbc-business-001 (Ad sales boost Time Warner profit)", () => {
  const card = findFigures(bbcBusiness001(), { limit: 10 });

  it("keeps the quarterly profit in dollars with its 76% rise beside it", () => {
    const profit = find(card, 1130000000);
    expect(profit).toMatchObject({ display: "$1.13bn", unit: "USD", kind: "money", label: "quarterly profits", previous: 639000000 });
    expect(profit?.change).toEqual({ value: 76, unit: "%", direction: "up" });
    // The sterling conversion in brackets is the same amount, not a second figure.
    expect(card.find((f) => f.unit === "GBP")).toBeUndefined();
  });

  it("holds sales and the subscribers AOL lost", () => {
    expect(find(card, 11100000000)).toMatchObject({ display: "$11.1bn", unit: "USD", change: { value: 2, unit: "%", direction: "up" } });
    expect(find(card, 11100000000)?.label).toMatch(/sales/);
    expect(find(card, 464000)).toMatchObject({ display: "464,000", label: "subscribers lost", kind: "people" });
  });

  it("does not offer the years 2000, 2003 or 2005", () => {
    const all = findFigures(bbcBusiness001(), { limit: 100 });
    for (const year of [2000, 2003, 2005]) expect(find(all, year)).toBeUndefined();
  });
});

describe("a change whose new level is a range (bbc-business-019)", () => {
  it("is one figure, the range, with the earlier level beside it and what the number is of as its label", () => {
    const s = articleSentences({ paragraphs: ["The government hopes to increase the number of mobile users from 95 million to between 200 and 250 million by 2007."] });
    expect(findFigures(s, { limit: 10 })).toEqual([
      expect.objectContaining({ value: 200e6, valueMax: 250e6, previous: 95e6, label: "mobile users" }),
    ]);
  });
});

// Captions: the label with the change and earlier amount written like the display.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { figureCaption } from "#brief/figures/card/caption.ts";
import { findFigures } from "#brief/figures/card/card.ts";
import type { KeyFigure } from "#brief/figures/card/figure.ts";
import { bbcBusiness001, figs, find } from "#test/helpers/figures.ts";

describe("figureCaption", () => {
  const base: KeyFigure = { value: 1130000000, display: "$1.13bn", label: "quarterly profits", kind: "money", unit: "USD", sentence: 0 };

  it("is the label alone when the article gives no change", () => {
    expect(figureCaption(base)).toBe("quarterly profits");
  });

  it("adds the change and the earlier amount in the figure's own currency and scale", () => {
    expect(figureCaption({ ...base, change: { value: 76, unit: "%", direction: "up" }, previous: 639000000 })).toBe("quarterly profits (up 76%, from $639m)");
    expect(figureCaption({ ...base, value: 11.1e9, display: "$11.1bn", label: "sales", previous: 10.9e9 })).toBe("sales (from $10.9bn)");
    expect(figureCaption({ ...base, display: "at least £2bn", qualifier: "at least", unit: "GBP", previous: 1.2e9, change: { value: 40, unit: "%", direction: "down" } })).toBe(
      "quarterly profits (down 40%, from £1.2bn)",
    );
    expect(figureCaption({ ...base, display: "2.9bn euros", unit: "EUR", previous: 4.5e9 })).toBe("quarterly profits (from 4.5bn euros)");
    expect(figureCaption({ ...base, display: "50 million euros", unit: "EUR", previous: 4.5e7 })).toBe("quarterly profits (from 45 million euros)");
  });

  it("writes pence, cents, plain amounts and percentages the way the display does", () => {
    expect(figureCaption({ ...base, value: 5.48, display: "548p", unit: "GBP", label: "share price", previous: 5.12 })).toBe("share price (from 512p)");
    expect(figureCaption({ ...base, value: 1.2, display: "$1.20", label: "fare", previous: 0.9 })).toBe("fare (from $0.90)");
    expect(figureCaption({ ...base, value: 1400, display: "1,400 yen", unit: "JPY", label: "price", previous: 1250 })).toBe("price (from 1,250 yen)");
    expect(figureCaption({ ...base, value: 7, display: "7%", unit: "%", kind: "percent", label: "inflation", previous: 5 })).toBe("inflation (from 5%)");
  });

  it("captions the figures findFigures returns: bbc-business-001's profit", () => {
    const profit = find(findFigures(bbcBusiness001(), { limit: 10 }), 1130000000);
    expect(profit && figureCaption(profit)).toBe("quarterly profits (up 76%, from $639m)");
  });

  it("never throws and always starts with the label, on any figure the finder returns", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.double(), (text, previous) => {
        for (const f of figs(`${text} rose 5% to $${text.length}bn from $3m.`)) {
          expect(figureCaption(f).startsWith(f.label)).toBe(true);
          expect(() => figureCaption({ ...f, previous })).not.toThrow();
        }
      }),
      { numRuns: 200, seed: 76 },
    );
  });
});

// A percent labelled "growth" alone, in or right after a sentence that names the economy, is economic growth
// (economic-growth.ts); anywhere else the label stays as it was.
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

const percent = (value: number, label: string, qualifier?: string) => want(value, qualifier, "%", label, "percent");

describe("growth of the economy the sentence names", () => {
  it("'the best performing major economy …, with growth of 2.8 per cent' → economic growth", () => {
    expect(exact(at("Britain was the best performing major economy in the developed world last year, with growth of 2.8 per cent.", 2.8))).toEqual(percent(2.8, "economic growth"));
  });

  it("the sentence before: 'one of the fastest growing major economies. The IMF is forecasting growth of 2.7 per cent' → economic growth", () => {
    const text = "The UK is one of the fastest growing major economies in the West. The IMF is forecasting growth of 2.7 per cent this year.";
    expect(exact(at(text, 2.7))).toEqual(percent(2.7, "economic growth"));
  });

  it("GDP: 'GDP figures were out on Friday. Growth was 0.7% in the quarter' → economic growth", () => {
    expect(exact(at("GDP figures were out on Friday. Growth was 0.7% in the quarter.", 0.7))).toEqual(percent(0.7, "economic growth"));
  });
});

describe("near misses keep 'growth'", () => {
  it("no economy named: 'Retail sales dropped by 1%. The ONS revised the annual rate of growth down from the 5.9% estimated'", () => {
    const text = "Retail sales dropped by 1% in December. The ONS revised the annual rate of growth down from the 5.9% estimated in November.";
    expect(exact(at(text, 5.9))).toEqual(percent(5.9, "growth"));
  });

  it("the economy two sentences back: 'The economy is strong. Sales were flat. Growth was 3% last year'", () => {
    expect(exact(at("The economy is strong. Sales were flat. Growth was 3% last year.", 3))).toEqual(percent(3, "growth"));
  });

  it("growth of something named: 'The economy grew, with sales growth of 3%' → sales growth", () => {
    expect(exact(at("The economy grew last year, with sales growth of 3%.", 3))).toEqual(percent(3, "sales growth"));
  });

  it("money, no percent: 'The economy was strong, with growth of £3bn'", () => {
    expect(exact(at("The economy was strong, with growth of £3bn.", 3e9))).toEqual(want(3e9, undefined, "GBP", "growth", "money"));
  });
});

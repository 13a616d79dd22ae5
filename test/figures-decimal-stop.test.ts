// A sentence ending in a one-digit decimal ("to 1.9%.") ends there before "A": the label search no longer reaches the
// next sentence's "A number of" (card audit 41's '— number', on made-up sentences; lib/news/decimal-stop.ts).
import { describe, expect, it } from "vitest";
import { exact, figs, want } from "#test/helpers/figures.ts";

describe("decimal-stop.ts: the card reads no label over a one-digit decimal's full stop", () => {
  it("'from the 3.1% given in June to 1.9%. A number of banks…' → 1.9% growth forecast (not: '1.9% — number')", () => {
    const text = "Analysts trimmed their 2012 growth forecast from the 3.1% given in June to 1.9%. A number of banks expect a slowdown.";
    expect(figs(text).map(exact)).toEqual([want(1.9, undefined, "%", "growth forecast", "percent")]);
    // The old level is linked (old-level.ts), so it is no figure of its own.
    expect(figs(text)[0]?.previous).toBe(3.1);
  });
});

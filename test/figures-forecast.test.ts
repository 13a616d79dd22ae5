// A number in a quote that a verb of prediction attributes is the forecast, not the forecaster named after the verb.
import { describe, expect, it } from "vitest";
import { at, exact } from "#test/helpers/figures.ts";

describe("a quoted number attributed by a verb of prediction", () => {
  it("'\"will rise toward 13,000\", predicted Morgan Stanley equity strategist Naoki Kamiyama' is a forecast", () => {
    const text = "Japan's stock market will rally this year and it \"will rise toward 13,000\", predicted Morgan Stanley equity strategist Naoki Kamiyama.";
    expect(exact(at(text, 13000))).toEqual({ value: 13000, qualifier: undefined, unit: undefined, label: "forecast", type: "count" });
  });
});

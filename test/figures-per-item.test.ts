// A measure of each of several things is a detail of them and ranks below the story's own measures.
import { describe, expect, it } from "vitest";
import { exact, figs } from "#test/helpers/figures.ts";

describe("a measure said of each thing ranks low", () => {
  const story = "Apart from our own haversacks weighing 10 kg each, we intend to bring in more waste. The team will climb the 8,850-meter mountain next month.";

  it("'haversacks weighing 10 kg each' ranks below 'the 8,850-meter mountain'", () => {
    expect(figs(story).map(exact)).toEqual([
      { value: 8850, qualifier: undefined, unit: "meters", label: "mountain", type: "measure" },
      { value: 10, qualifier: undefined, unit: "kg", label: "weight", type: "measure" },
    ]);
  });
});

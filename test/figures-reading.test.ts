// Classes of reading errors found by scripts/figures-diff.ts on the figures gold, each a one-sentence repro
// with the exact figure (type, value, unit, label) an editor expects.
import { describe, expect, it } from "vitest";
import type { KeyFigure } from "#brief/figures/figure.ts";
import { figs } from "#test/helpers/figures.ts";

/** The figure of `text` with this value (the test fails, listing what was found, if there is none). */
function at(text: string, value: number): KeyFigure {
  const found = figs(text);
  const f = found.find((x) => Math.abs(x.value - value) < 1e-9);
  expect(f, `figure ${value} of ${JSON.stringify(text)} among ${JSON.stringify(found)}`).toBeDefined();
  return f as KeyFigure;
}

describe("types", () => {
  it("whole points in a table are a count; an index's points with decimals measure a level", () => {
    expect(at("Barcelona are four points clear at the top of La Liga.", 4)).toMatchObject({ type: "count", label: "points" });
    expect(at("The index closed at 43.305 points on Friday.", 43.305)).toMatchObject({ type: "measure", unit: "points" });
  });

  it("seasons are a duration", () => {
    expect(at("Falcao scored 34 goals in 90 appearances during his four seasons in the first team.", 4)).toMatchObject({ type: "duration", unit: "seasons" });
  });
});

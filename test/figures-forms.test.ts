// Numbers said without digits or labels that are still the news (issue 12's candidates): each form a one-sentence
// repro with the exact figure, and the look-alike it must not fire on.
import { describe, expect, it } from "vitest";
import type { KeyFigure } from "#brief/figures/figure.ts";
import { figs } from "#test/helpers/figures.ts";

/** The figure of `text` with this display (the test fails, listing what was found, if there is none). */
function shown(text: string, display: string): KeyFigure {
  const found = figs(text);
  const f = found.find((x) => x.display === display);
  expect(f, `figure ${JSON.stringify(display)} of ${JSON.stringify(text)} among ${JSON.stringify(found)}`).toBeDefined();
  return f as KeyFigure;
}

const exact = (f: KeyFigure) => ({ value: f.value, qualifier: f.qualifier, unit: f.unit, label: f.label, type: f.type });

describe("multiples without digits", () => {
  it("'a doubling in profit': 2, profit", () => {
    expect(exact(shown("Parmalat has reported a doubling in profit.", "doubling"))).toEqual({ value: 2, qualifier: undefined, unit: undefined, label: "profit", type: "other" });
  });

  it("'revenue nearly tripled': nearly 3, the firm's revenue", () => {
    const f = shown("The firm's revenue nearly tripled in the fourth quarter of 2004.", "nearly tripled");
    expect(exact(f)).toEqual({ value: 3, qualifier: "nearly", unit: undefined, label: "firm's revenue", type: "other" });
  });

  it("'has doubled its profits': what doubled is the object", () => {
    expect(shown("The company has doubled its profits.", "doubled").label).toBe("profits");
  });

  it("'was twice rebuffed': 2 times rebuffed, a count", () => {
    const f = shown("He wrote to the Palace, but was twice rebuffed.", "twice");
    expect(exact(f)).toEqual({ value: 2, qualifier: undefined, unit: undefined, label: "times rebuffed", type: "count" });
  });

  it("idioms, comparisons, frequencies and denials are no multiples", () => {
    for (const text of [
      "Smokers are twice as likely to die.",
      "It is twice the size of Wales.",
      "She takes the pill twice a day.",
      "He eats twice a day.",
      "He scored twice as many goals.",
      "He doubled over in pain.",
      "The firm is doubling down on its bet.",
      "There are risks, but not doubling the risks.",
      "Twice French Open champion Serena Williams lost.",
    ]) {
      expect(figs(text), text).toEqual([]);
    }
  });
});

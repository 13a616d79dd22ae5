// "N square foot NOUN": the area's unit is both words and no word of the thing measured, which is the label
// (label-count.ts; card audit 52's made-up shape 7).
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("an area's unit before the thing measured", () => {
  it("'The 1.5 million square foot Quayside Centre opens in May.': 1.5 million square feet — size of Quayside Centre", () => {
    // Was 'square foot Quayside Centre'.
    expect(exact(at("The 1.5 million square foot Quayside Centre opens in May.", 1500000))).toEqual(want(1500000, undefined, "square feet", "size of Quayside Centre", "measure"));
  });
  it("'The 1.5 million square foot Quayside Centre opens in May.': the unit's words join the display", () => {
    expect(at("The 1.5 million square foot Quayside Centre opens in May.", 1500000).display).toBe("1.5 million square foot");
  });
  it("'They bought a 4,000 square foot barn near Ludlow.': 4,000 square feet — size of barn", () => {
    expect(exact(at("They bought a 4,000 square foot barn near Ludlow.", 4000))).toEqual(want(4000, undefined, "square feet", "size of barn", "measure"));
  });
  it("near miss: 'The reservoir covers 12 square miles.': no thing after the unit, its dimension", () => {
    expect(exact(at("The reservoir covers 12 square miles.", 12))).toEqual(want(12, undefined, "square miles", "area", "measure"));
  });
});

describe("an area's thing with what was done to it", () => {
  it.each([
    ["The 1.5 million square foot Quayside Centre was sold.", "Quayside Centre", 1500000],
    ["The 4,000 square foot barn was sold.", "barn", 4000],
  ])("'%s': size of %s (the verb after it is no part of the size)", (text, thing, value) => {
    // Was 'size of Quayside Centre sold', 'size of barn sold'.
    expect(exact(at(text, value))).toEqual(want(value, undefined, "square feet", `size of ${thing}`, "measure"));
  });
  it("near miss: 'About 600 square feet were sold.': about 600 square feet — square feet sold (no thing after the unit, only the verb)", () => {
    // Was 'size of sold'.
    expect(exact(at("About 600 square feet were sold.", 600))).toEqual(want(600, "about", "square feet", "square feet sold", "measure"));
  });
});

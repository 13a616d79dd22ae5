// A model number, read in one place (language/model-number.ts) in both its shapes: digits first, passed over to the
// noun a part "of its" counts (card audit 37's pattern 5, made-up sentences, AE informed); glued to a name's capitals,
// a word of the name the label keeps (model-name.ts's prices: figures-model-name.test.ts).
import { describe, expect, it } from "vitest";
import { at, exact, exactOnly, typedList, want } from "#test/helpers/figures.ts";

describe("'2,000 of its 320-500GT coupes' counts coupes", () => {
  it.each([
    ["The carmaker hopes to sell about 2,000 of its 320-500GT coupes by 2020.", 2000, "about", "coupes"],
    ["The airline will retire six of its 777-200LR planes.", 6, undefined, "planes"],
  ])("%s", (text, value, qualifier, label) => {
    expect(exact(at(text, value))).toEqual(want(value, qualifier, undefined, label, "count"));
  });

  it("near miss: a model name with no digits first ('its GT-300X coupes') reads as before", () => {
    const text = "The carmaker hopes to sell about 2,000 of its GT-300X coupes by 2020.";
    expect(exact(at(text, 2000))).toEqual(want(2000, "about", undefined, "GT-300X coupes", "count"));
  });
});

describe("a model glued to a name's capitals is one word of the label, however it is written", () => {
  it("'its A320neo planes': a capital letter with digits glued on is a name, not the article 'a' (had no label)", () => {
    expect(exact(at("The airline will retire six of its A320neo planes.", 6))).toEqual(want(6, undefined, undefined, "A320neo planes", "count"));
  });

  it("'a Makita XR480-B saw': letters after a hyphen past the digits stay in the model (was 'Makita XR480')", () => {
    expect(exactOnly("The burglars bought a £2,200 Makita XR480-B saw online.")).toEqual(want(2200, undefined, "GBP", "Makita XR480-B saw", "money"));
  });

  it("models in the plural are a list's things: 'fix 126,000 A4s, A5s and Q5 models' (was 'A4s' alone)", () => {
    const text = "Audi agreed to fix 126,000 A4s, A5s and Q5 models with the oil problem.";
    expect(exact(at(text, 126000))).toEqual(want(126000, undefined, undefined, "A4s, A5s and Q5 models", "count"));
  });
});

// labels58: a count right before a model number written digits first was typed an identifier (digit groups in a row,
// read/type/type.ts) and never labelled; it counts the noun after the model, as "of its" does (label-count.ts).
describe("'20 777-200LR planes' counts planes", () => {
  it("'The airline ordered 20 777-200LR planes.' → 20 — planes, a count", () => {
    expect(exact(at("The airline ordered 20 777-200LR planes.", 20))).toEqual(want(20, undefined, undefined, "planes", "count"));
  });

  it("near miss: 'His number is 555 2368.' digit groups with no model number stay an identifier", () => {
    expect(typedList("His number is 555 2368.").map((x) => x[1])).toEqual(["identifier", "identifier"]);
  });
});

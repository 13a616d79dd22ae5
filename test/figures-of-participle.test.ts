// A participle between "of" and the noun it describes stays in the phrase read back from a change's "by"
// (noun-phrase.ts backNP): from card audit 37's pattern 7 (made-up sentences, AE informed).
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("'cut its store of frozen meat by 40%' is the cut in the whole store", () => {
  it.each([
    ["The depot has cut its store of frozen meat by 40% since May.", 40, "cut in store of frozen meat"],
    ["The depot has cut its stock of smoked fish by 40% since May.", 40, "cut in stock of smoked fish"],
    ["The firm has increased its supply of processed food by 20%.", 20, "increase in supply of processed food"],
  ])("%s", (text, value, label) => {
    expect(exact(at(text, value))).toEqual(want(value, undefined, "%", label, "percent"));
  });

  it("near miss: an adjective the parse reads right ('low-grade coal') reads as before", () => {
    const text = "The depot has cut its stockpile of low-grade coal by 40% since May.";
    expect(exact(at(text, 40))).toEqual(want(40, undefined, "%", "cut in stockpile of low-grade coal", "percent"));
  });
});

// A length in a compound before a feat's noun ("a 58-yard lob") is how far the feat went, weighed as reported, not as a
// describing compound ("a 40-foot yacht"), which the card weighs at 0.6 (feat-distance.ts). These sentences are made up.
import { describe, expect, it } from "vitest";
import { cardCandidates } from "#brief/figures/card/candidates.ts";
import { findFigures } from "#brief/figures/card/card.ts";
import { articleSentences } from "#news/sentences.ts";
import { at, exact, want } from "#test/helpers/figures.ts";

/** The reading weight of the candidate of `value` in a one-sentence article. */
function factorOf(text: string, value: number): number | undefined {
  return cardCandidates(articleSentences({ paragraphs: [text] }), {}).find((c) => c.figure.value === value)?.signals.factor;
}

describe("feat-distance.ts: a feat's distance is no describing compound", () => {
  it("'Silva scored with a 58-yard lob.' → 58 — lob, at full weight", () => {
    expect(exact(at("Silva scored with a 58-yard lob.", 58))).toEqual(want(58, undefined, "yards", "lob", "measure"));
    expect(factorOf("Silva scored with a 58-yard lob.", 58)).toBe(1);
  });

  it("a feat's noun after a describing word: 'Kerr levelled with a 30-yard left-foot strike.'", () => {
    expect(factorOf("Kerr levelled with a 30-yard left-foot strike.", 30)).toBe(1);
  });

  it("near misses: a race's name, a thing's size and another unit keep the compound's weight", () => {
    expect(factorOf("Ojo won the 100-metre sprint in Rome.", 100)).toBe(0.6);
    expect(factorOf("The couple bought a 40-foot yacht.", 40)).toBe(0.6);
    expect(factorOf("The board set out a ten-year goal for the club.", 10)).toBeLessThan(1);
  });

  it("the lob ranks above the ball's speed said after it", () => {
    const paragraphs = [
      "Marco Silva scored with a 58-yard lob as United beat City 3-1 on Saturday.",
      "The ball left his boot at 62mph and dipped over the stranded keeper.",
    ];
    const card = findFigures(articleSentences({ paragraphs }), { salience: [1, 0.7], headline: "Silva stuns City with wonder goal", limit: 5 });
    expect(card.map((f) => `${f.value} ${f.label}`)).toEqual(["58 lob", "62 speed"]);
  });
});

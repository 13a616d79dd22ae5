import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { sentenceFigures, sentenceNumbers } from "#brief/figures/card/sentence.ts";
import { HAS_NUMBER } from "#brief/figures/language/tokens.ts";
import { parseWireText } from "#news/article.ts";
import { articleSentences } from "#news/sentences.ts";

// The card reads a sentence without naming the numbers that are no figures (sentence.ts `listed`): speed only, so its
// figures must be exactly the figures `--all` reads, field for field.

const byPlace = (a: { from: number; to: number }, b: { from: number; to: number }): number => a.from - b.from || a.to - b.to;

// Sentences whose figures are labelled from each other (linked amounts, shared verbs, elided nouns) and hold numbers
// that are no figures (years, ordinals, ranks), beside every seed number sentence.
const CRAFTED = [
  "Five men and two women were detained, and police arrested three men and two women in 2014.",
  "Profits rose 18% to £4.5bn from £3.8bn last year, the company's third rise in a row.",
  "The index closed at 43.305, up from a close of 43.41 on the 14th of May.",
  "The party won 210 of the 400 seats, down from 245, and is ranked fourth in the world.",
  "The blast killed 12 people, injured 300 and left the No 1 hospital full.",
  "Seven attackers died — six after the raid, a seventh from his wounds.",
  "Sales fell from 95 million to 250 million, while the number of anti-Semitic attacks rose to 164.",
];

describe("the card's reading of a sentence", () => {
  it("finds the figures --all finds, with the same values, types and labels, on crafted and seed number sentences", () => {
    const dir = new URL("../seeds/", import.meta.url);
    const texts = [...CRAFTED, ...readdirSync(dir).filter((x) => x.endsWith(".txt")).flatMap((f) => articleSentences(parseWireText(readFileSync(new URL(f, dir), "utf8"))).map((s) => s.text))];
    let figures = 0;
    texts.forEach((text, index) => {
      if (!HAS_NUMBER.test(text)) return;
      const s = { index, paragraph: 0, text };
      const card = sentenceFigures(s).sort(byPlace);
      figures += card.length;
      expect(card, text).toEqual(sentenceNumbers(s).filter((r) => !r.drop));
    });
    expect(figures).toBeGreaterThan(100);
  });
});

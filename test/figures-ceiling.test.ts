// The highlight-recall ceiling `nutgraf eval --figures` prints: what a 5-figure card of nutgraf's candidates could hold.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readEvalSet } from "#eval/evaluate.ts";
import { formatFigures } from "#cli/eval-figures.ts";
import { evaluateFigures } from "#eval/figures-eval.ts";
import { addCeiling, bestCover, type CeilingArticle, emptyCeiling } from "#eval/figures-ceiling.ts";
import type { HighlightNumber } from "#eval/figures-highlights.ts";
import type { CardFigure } from "#eval/figures-score.ts";
import { articleSentences } from "#news/sentences.ts";

describe("the oracle card", () => {
  it("covers the most highlight numbers a card of `limit` can, where picking the biggest first falls short", () => {
    // Greedy takes 0b001111 first and reaches 5 numbers with any second pick; the other two cover all 6.
    const masks = [0b001111, 0b010011, 0b101100];
    expect(bestCover(masks, 2)).toBe(6);
    expect(bestCover(masks, 1)).toBe(4);
    expect(bestCover(masks, 5)).toBe(6);
  });

  it("counts a number once however many candidates hold it, and nothing for no candidate", () => {
    expect(bestCover([0b1, 0b1, 0b11, 0], 1)).toBe(2);
    expect(bestCover([], 5)).toBe(0);
    expect(bestCover([0b1, 0b10, 0b100], 0)).toBe(0);
    // A negative limit is a card of no slots, not a search over every subset.
    expect(bestCover([0b1, 0b10, 0b100], -1)).toBe(0);
  });

  it("counts the 32nd number (a mask's sign bit) as any other", () => {
    expect(bestCover([1 << 31, 0b1, (1 << 31) | 0b10], 1)).toBe(2);
    expect(bestCover([1 << 31, 0b1, (1 << 31) | 0b10], 2)).toBe(3);
  });
});

describe("a highlight number by what a card could do about it", () => {
  const sentences = articleSentences({
    paragraphs: ["The blast killed 12 people in the market on June 8.", "Another 40 people were hurt.", "One official said the toll could rise.", "The market has 300 stalls."],
  });
  const text = (i: number) => sentences[i]?.text ?? "";
  const figure = (value: number, display: string, sentence: number): CardFigure => ({ value, display, sentenceText: text(sentence) });
  const highlight = "The blast killed 12 people on June 8 as one resident watched, and 300 stalls burned; 99 were saved.";
  const place = (value: number, surface: string, countable = true): HighlightNumber => ({ value, highlight: 0, at: highlight.indexOf(surface), countable });
  const places = [place(12, "12"), place(8, "8", false), place(1, "one"), place(300, "300"), place(99, "99")];
  const killed = figure(12, "12", 0);
  const official = figure(1, "One", 2);
  const stalls = figure(300, "300", 3);
  const article = (candidates: CardFigure[], card: CardFigure[]): CeilingArticle => ({ highlights: [highlight], sentences, candidates, card });

  it("tells a card's same fact from a coincidence, and sorts what no candidate holds", () => {
    const t = emptyCeiling();
    addCeiling(article([killed, official, stalls], [killed, official]), places, 5, t);
    expect(t.numbers).toBe(5);
    // 12 is the blast's toll; the card's "One official" is not the highlight's "one resident": held by value only.
    expect([t.card, t.cardFact]).toEqual([2, 1]);
    expect([t.candidate, t.candidateFact]).toEqual([3, 2]);
    expect([t.oracle, t.oracleFact]).toEqual([3, 2]);
    // June 8 is read only as a date (junk on a card); 99 is in no sentence.
    expect([t.junkOnly, t.excluded, t.notRead]).toEqual([1, 0, 1]);
  });

  it("counts a number read as a count but given no candidate as excluded, not as junk", () => {
    const t = emptyCeiling();
    addCeiling(article([killed], [killed]), [place(12, "12"), { value: 40, highlight: 0, at: 0, countable: true }], 5, t);
    expect([t.candidate, t.junkOnly, t.excluded, t.notRead]).toEqual([1, 0, 1, 0]);
  });

  it("counts a number read as junk in one place and as a count in another as excluded: not junk-only", () => {
    const two = articleSentences({ paragraphs: ["The blast on June 8 killed 12 people.", "Another 8 people were hurt."] });
    const t = emptyCeiling();
    addCeiling({ highlights: [highlight], sentences: two, candidates: [], card: [] }, [place(8, "8")], 5, t);
    expect([t.candidate, t.junkOnly, t.excluded, t.notRead]).toEqual([0, 0, 1, 0]);
  });

  it("counts a number past a mask's 32 bits as held by its candidate, though the oracle cannot count it", () => {
    // 33 distinct numbers, each the value of a candidate of its own: the 33rd is a candidate's all the same.
    const many = Array.from({ length: 33 }, (_, i) => ({ value: 1000 + i, highlight: 0, at: 0, countable: true }));
    const t = emptyCeiling();
    addCeiling(article(many.map((p) => figure(p.value, String(p.value), 3)), []), many, 5, t);
    expect([t.numbers, t.candidate, t.junkOnly, t.excluded, t.notRead, t.oracle]).toEqual([33, 33, 0, 0, 0, 5]);
  });

  it("holds no more numbers than the card has slots", () => {
    const t = emptyCeiling();
    addCeiling(article([killed, official, stalls], []), places, 1, t);
    expect([t.card, t.candidate, t.oracle, t.oracleFact]).toEqual([0, 3, 1, 1]);
  });
});

describe("the ceiling nutgraf eval --figures prints", () => {
  // The 100 CNN/DailyMail rows of dev.jsonl (the fixture copy is the whole file), as the highlight recall reads them.
  const dev = readEvalSet(readFileSync(new URL("./fixtures/eval/dev.jsonl", import.meta.url), "utf8")).examples;
  const h = evaluateFigures([], dev).highlights;

  it("scores the very card highlight recall scores, and sorts every number once", () => {
    for (const [measure, c] of [["quoted", h.ceiling.quoted], ["countable", h.ceiling.countable]] as const) {
      expect(c.numbers).toBe(h[measure].numbers);
      expect(c.card).toBe(h[measure].nutgraf);
      expect(c.candidate + c.junkOnly + c.excluded + c.notRead).toBe(c.numbers);
      expect(c.cardFact).toBeLessThanOrEqual(c.card);
      expect(c.card).toBeLessThanOrEqual(c.oracle);
      expect(c.oracle).toBeLessThanOrEqual(c.candidate);
      expect(c.oracleFact).toBeLessThanOrEqual(c.candidateFact);
    }
    expect(h.ceiling.countable.cardFact).toBe(h.sameFact.nutgraf);
  });

  it("prints each tally of the ceiling as quoted / countable, and no ceiling where the highlights quote no number", () => {
    const { quoted: q, countable: c } = h.ceiling;
    const text = formatFigures(evaluateFigures([], dev), "gold.jsonl");
    expect(text).toContain(`ceiling, of the ${q.numbers} / ${c.numbers} numbers above`);
    expect(text).toContain(`held by some candidate, so a ranking could card it with no junk: ${q.candidate} / ${c.candidate} (`);
    expect(text).toContain(`an oracle card, the best five candidates for the highlights: ${q.oracle} / ${c.oracle} (`);
    expect(text).toContain(`not read ${q.notRead} / ${c.notRead} (`);
    expect(formatFigures(evaluateFigures([], []), "gold.jsonl")).not.toContain("ceiling");
  });
});

// Shared by the figures tests: the seed and a BBC article as sentences, findFigures on one paragraph (or on paragraphs
// as the brief reads them), every number as `nutgraf figures --all` lists it, and the exact figure a test expects.
import { readFileSync } from "node:fs";
import { expect } from "vitest";
import { findFigures } from "#brief/figures/card/card.ts";
import { everyNumber } from "#brief/figures/card/every.ts";
import type { KeyFigure } from "#brief/figures/card/figure.ts";
import { type Article, parseJsonArticle, parseWireText } from "#news/article.ts";
import { articleSentences, readSentences, type Sentence } from "#news/sentences.ts";
import { salience, scoreSentences } from "#brief/rank.ts";

const SEED = new URL("../../seeds/000_c74584ab3f8b7ef3.txt", import.meta.url);
const BBC_BUSINESS_001 = new URL("../fixtures/bbc-business-001.jsonl", import.meta.url);

export function seedArticle(): Article {
  return parseWireText(readFileSync(SEED, "utf8"));
}

export function seedSentences(): Sentence[] {
  return articleSentences(seedArticle());
}

/** bbc-business-001 (Ad sales boost Time Warner profit), from its fixture copy of dev-bbc.jsonl. */
export function bbcBusiness001(): Sentence[] {
  const o = JSON.parse(readFileSync(BBC_BUSINESS_001, "utf8")) as { title: string; text: string };
  return articleSentences(parseJsonArticle({ title: o.title, text: o.text }, { fallbackPublishedAt: "2005-01-01T00:00:00Z" }));
}

/** Figures of one paragraph of text, all of them. */
export function figs(text: string): KeyFigure[] {
  return findFigures(articleSentences({ paragraphs: [text] }), { limit: 50 });
}

/** The one figure of a paragraph (the test fails, showing what was found, if there is not exactly one). */
export function one(text: string): KeyFigure {
  const found = figs(text);
  expect(found, `figures of ${JSON.stringify(text)}: ${JSON.stringify(found)}`).toHaveLength(1);
  return found[0] as KeyFigure;
}

/** The figure of `text` with this value (the test fails, listing what was found, if there is none). */
export function at(text: string, value: number): KeyFigure {
  const found = figs(text);
  const f = found.find((x) => Math.abs(x.value - value) < 1e-9);
  expect(f, `figure ${value} of ${JSON.stringify(text)} among ${JSON.stringify(found)}`).toBeDefined();
  return f as KeyFigure;
}

export const find = (list: readonly KeyFigure[], value: number): KeyFigure | undefined => list.find((f) => f.value === value);

/** What a one-sentence repro pins of a figure: value, qualifier, unit, label and type (undefined where none). */
export function exact(f: KeyFigure | undefined): Pick<KeyFigure, "value" | "qualifier" | "unit" | "label" | "type"> | undefined {
  return f && { value: f.value, qualifier: f.qualifier, unit: f.unit, label: f.label, type: f.type };
}

/** `exact` of the one figure of a paragraph (the test fails, showing what was found, if there is not exactly one). */
export function exactOnly(text: string): ReturnType<typeof exact> {
  return exact(one(text));
}

/** The exact figure expected: value, qualifier, unit, label and type, as `exact` gives them. */
export function want(value: number, qualifier: string | undefined, unit: string | undefined, label: string, type: KeyFigure["type"]): ReturnType<typeof exact> {
  return { value, qualifier, unit, label, type };
}

/** Every number of one paragraph as `nutgraf figures --all` lists it, card candidates or not. */
export const listed = (text: string) => everyNumber(articleSentences({ paragraphs: [text] }));

/** The label of the listed figure of `value` in `text`: a near miss may read a number that never reaches the card. */
export const labelOf = (text: string, value: number): string | undefined => listed(text).find((f) => f.value === value)?.label;

/** Every number of one paragraph as display, type and whether the card may hold it: what a type is checked by. */
export const typedList = (text: string) => listed(text).map((n) => [n.display, n.type, n.candidate]);

/** The displays of every number of one paragraph. */
export const displays = (text: string) => listed(text).map((n) => n.display);

/** The card's figures of paragraphs as the brief reads them, with what the cleaner left out (fact boxes, cut clauses). */
export function briefFigures(...paragraphs: string[]): KeyFigure[] {
  const { sentences, leftOut } = readSentences({ paragraphs });
  return findFigures(sentences, { limit: 50, leftOut });
}

/** The default card of paragraphs under a headline, ranked by the sentence salience the brief computes with it, as `exact` gives each figure. */
export function headlineCard(headline: string, paragraphs: string[]): ReturnType<typeof exact>[] {
  const sentences = articleSentences({ paragraphs });
  return findFigures(sentences, { salience: salience(scoreSentences({ sentences, headline })), headline }).map(exact);
}

/** The exact figure a duration reads as (`exact`'s shape), for the duration-label tests. */
export const duration = (value: number, unit: string, label: string, qualifier?: string): ReturnType<typeof exact> => ({ value, qualifier, unit, label, type: "duration" });

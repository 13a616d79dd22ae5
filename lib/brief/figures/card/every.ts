import { toFigure } from "#brief/figures/card/candidates.ts";
import type { KeyFigure, Raw } from "#brief/figures/card/figure.ts";
import { possessedPart } from "#brief/figures/label/ellipsis/possessed-part.ts";
import { outOfPart } from "#brief/figures/label/ellipsis/out-of-part.ts";
import { themSubject } from "#brief/figures/label/ellipsis/them-subject.ts";
import { pronounPlace } from "#brief/figures/label/ranks/pronoun-place.ts";
import { sentenceNumbers } from "#brief/figures/card/sentence.ts";
import type { Sentence } from "#news/sentences.ts";

/** A number of the article as `nutgraf figures --all` lists it: typed and labelled, and whether the card may hold it. */
export interface ArticleNumber extends KeyFigure {
  /** false for what is no figure (a year, date, time, age, score, identifier) or is folded into another. */
  candidate: boolean;
}

/** Every number of an article in reading order, each with its type, value, qualifier, unit and label. */
export function everyNumber(sentences: readonly Sentence[]): ArticleNumber[] {
  const out: ArticleNumber[] = [];
  const byIndex = new Map(sentences.map((x) => [x.index, x.text]));
  let previous: { index: number; raws: Raw[] } | undefined;
  for (const sentence of sentences) {
    const raws = sentenceNumbers(sentence);
    // The sentence right before's numbers, when it was the last one read: what a "them" or a possessive may refer to.
    const adjacent = previous?.index === sentence.index - 1 ? previous.raws : undefined;
    for (const r of raws) {
      // "Arsenal won 2-0. They are third.": named, or left out, as the card does (pronoun-place.ts).
      const held = pronounPlace(sentence.text, r, byIndex.get(sentence.index - 1));
      if (held !== undefined && held !== "") r.label = held;
      // "… 80 broken street lights. Officials said 50 of them would be fixed": the lights, as the card reads them; a
      // part that names nothing is no candidate (them-subject.ts).
      const part = themSubject(sentence.text, r, adjacent ?? []);
      if (part !== undefined) [r.label, r.kind] = [part.label, part.kind];
      // "… 3,000 stores. Tesco's 300 will close": Tesco's stores, as the card reads them (possessed-part.ts); "Some 300
      // will close, out of 3,000 stores": stores (out-of-part.ts).
      const owned = possessedPart(sentence.text, r, raws, adjacent ?? [], byIndex.get(sentence.index - 1)) ?? outOfPart(sentence.text, r, raws);
      if (owned !== undefined) [r.label, r.kind] = [owned.label, owned.kind];
      const figure = toFigure(sentence, r);
      if (figure !== undefined && figure.display !== "") out.push({ ...figure, ...(r.placed === undefined ? {} : { label: r.placed }), candidate: !r.drop && held !== "" && part?.label !== "" });
    }
    previous = { index: sentence.index, raws };
  }
  return out;
}

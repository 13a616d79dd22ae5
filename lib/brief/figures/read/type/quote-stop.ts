import { QUOTE_MARKS } from "#brief/figures/language/lexicon.ts";
import { isCapitalised, isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "… did not want to.' Thirty-one states have passed the law": a quotation that ends on a full stop ends its sentence,
// but the splitter (sbd) keeps the next one joined when the quote opened in an earlier piece. Read mid-sentence, the
// capitalised number word was a name's ('Thirty-one' an identifier, no figure; the thirty-fifth round's made-up
// shape). The split itself was tried (lib/news/sentences.ts) and moved bullets, all three dev sets' ROUGE-1 down
// (dev 44.11 → 43.91): left to a round that weighs a bullet change. Only after a word, a full stop and a quote mark
// (one closing the quotation, or opening the next quoted sentence: ". 'Six or seven players …'"): "'Who won?' Three
// Lions fans …" and "the 'Big Four'" keep the name's reading.

/**
 * Whether the number at `ci`, whose words end before `end`, opens a sentence the splitter left joined after a
 * quotation's full stop. A capitalised word right after it keeps the name's reading: a title or a name runs on in
 * capitals ("… a bestseller.' Fifty Shades of Grey sold …" read '50 — Shades' without this).
 */
export function afterQuotedStop(toks: readonly Tok[], ci: number, end: number): boolean {
  const next = toks[end];
  if (next !== undefined && isWord(next) && isCapitalised(next)) return false;
  return QUOTE_MARKS.has(toks[ci - 1]?.s ?? "") && toks[ci - 2]?.s === "." && isWord(toks[ci - 3]);
}

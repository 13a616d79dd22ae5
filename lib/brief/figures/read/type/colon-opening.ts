import { OPENING_QUOTES } from "#brief/figures/language/lexicon.ts";
import { isCapitalised, isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "He recalled the prizes: 'Three hundred rupees (four dollars) for the winner, a hundred for the rest.'": a colon or
// a dash (and a quote mark opening a quotation after it) starts a clause, so a capital there is the clause's, not a
// name's. Read as a name, the opening sum was an identifier, no figure, and the elided sum after it lost the currency
// it takes from it (card audit 48's shape 3 edge: 'a hundred — rest' [count]). A capitalised word right after the
// number keeps the name's reading, as after a quoted stop (quote-stop.ts): "the anthem: Three Lions".

/** Marks after which a capital opens a clause. */
const OPENING = new Set([":", "—", "–"]);

/** Whether the number word at `ci`, ending before `end`, opens a clause after a colon or a dash. */
export function afterColon(toks: readonly Tok[], ci: number, end: number): boolean {
  const next = toks[end];
  if (next !== undefined && isWord(next) && isCapitalised(next)) return false;
  const before = OPENING_QUOTES.has(toks[ci - 1]?.s ?? "") ? ci - 2 : ci - 1;
  return OPENING.has(toks[before]?.s ?? "");
}

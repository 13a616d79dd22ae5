import { CARDINAL_WORDS } from "#news/numbers.ts";
import { AUXILIARIES } from "#brief/figures/language/lexicon.ts";
import { isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";

// "The names are just two of a total of 10 proposed domains": the part's "of" names "a total", which only says how
// the whole is given; the part counts what the total is of (proposed domains), as "two of the 10 proposed domains"
// does. It was labelled 'total'.

/**
 * Where the counted noun starts when the word at `e` (past the part's "of" and its determiner) is "total" and "of"
 * follows it, past a whole in digits or words if one is there; else `e`. Only where a word that is no auxiliary starts
 * there ("two of a total of 10 were approved" names nothing past the whole: the total stays what the label has).
 */
export function pastTotalWhole(toks: readonly Tok[], e: number): number {
  if (!isWord(toks[e], "total") || !isWord(toks[e + 1], "of")) return e;
  const whole = toks[e + 2];
  const k = whole !== undefined && (whole.kind === NUM || CARDINAL_WORDS.has(whole.l)) ? e + 3 : e + 2;
  const next = toks[k];
  return isWord(next) && !AUXILIARIES.has(next.l) ? k : e;
}

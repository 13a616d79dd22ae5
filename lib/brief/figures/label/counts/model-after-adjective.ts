import type { Raw } from "#brief/figures/card/figure.ts";
import { DETERMINERS } from "#brief/figures/language/lexicon.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "a successor to the hugely popular 4410.", "replaces the best-selling 7200, which sold well": bare digits ending a
// noun phrase after a describing word are the name of a model, no count ('4410 — popular', card-audit-46's shape 5).
// A count of four digits or more is written with a thousands comma ("the lucky 7,000"); a small one ("the top 100",
// "the remaining 400") counts what the story said before, so only four digits or more, no comma, are taken for a name.
// With a noun after it ("its very popular 5120 phone") label-count.ts already reads a model.

/** Words after a number that end its noun phrase with no noun: punctuation or a relative. */
const PHRASE_ENDS = new Set([",", ".", ";", ":", ")", "which", "that", "and", "or", "but"]);

/** Whether the count `r` is bare digits naming a model after "the/its … popular": no count at all. */
export function modelAfterAdjective(toks: readonly Tok[], r: Raw): boolean {
  const digits = toks[r.s];
  if (r.words || r.qualifier !== undefined || r.s !== r.e - 1 || digits === undefined || !/^\d{4,}$/.test(digits.s)) return false;
  const next = toks[r.e];
  if (next !== undefined && !PHRASE_ENDS.has(next.l)) return false;
  // The describing word: an adjective, or a hyphened one ("best-selling", "much-loved"), after adverbs and a
  // determiner.
  const adjective = toks[r.s - 1];
  if (!isWord(adjective) || !(adjective.pos === "ADJ" || adjective.l.includes("-"))) return false;
  let k = r.s - 2;
  while (isWord(toks[k]) && toks[k]!.pos === "ADV") k--;
  return isWord(toks[k]) && DETERMINERS.has(toks[k]!.l);
}

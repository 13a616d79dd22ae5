import { clause } from "#brief/figures/label/durations/duration-words.ts";
import { isCapitalised, isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "just three months after leading Sir John Brown's side to the title": a gerund whose object is owned by a name of
// several words cannot be cut to the card's length inside the name, so its label was "months later", the event lost
// (card audit 41). A story names a person again by the surname, so the owner is said by its last word and the rest
// of the clause cut as any is: 'months after leading Brown's side'.

/**
 * The gerund at `k` and its object with an owner's name of two or more words said by its last ("leading Sir John
 * Brown's side" → leading Brown's side), in at most `max` words; "" when no such owner follows the gerund.
 */
export function ownerSurname(toks: readonly Tok[], k: number, max: number): string {
  let j = k + 1;
  while (isWord(toks[j]) && isCapitalised(toks[j]!) && !toks[j]!.l.endsWith("'s")) j++;
  const owner = toks[j];
  if (j < k + 2 || !isWord(owner) || !isCapitalised(owner) || !owner.l.endsWith("'s")) return "";
  const owned = clause(toks, j + 1, max - 2);
  return owned === "" ? "" : `${toks[k]!.l} ${owner.s} ${owned}`;
}

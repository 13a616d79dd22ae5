import type { Raw } from "#brief/figures/card/figure.ts";
import { CONJUNCTIONS } from "#brief/figures/language/lexicon.ts";
import { forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "Most wanted extra coaching to handle the new tasks but only 38 per cent had got any": a share whose own clause
// ends on an elided object ("had got any", "did", "have not") names nothing, so it was dropped for want of a label,
// never a candidate (blind sample BE's shape 13, M3), against issue 12's "a key number never disappears for want of
// a label". The clause before the conjunction says it in full: its first verb's object ('extra coaching') is what the
// share got or did. Only a joining conjunction (not "who", "that": those open a clause of the same subject's), only an
// amount that is its clause's subject (a verb right after it: "and £70-a-week." or "pay $174.50 and $274" join two
// noun phrases, no clauses), and only a verb the parse tags VERB, its object a noun phrase right after it.

/** Conjunctions that join a clause whose verb phrase elides what the clause before said. */
const JOINING = new Set(["but", "and", "while", "whilst", "although", "though", "whereas", "yet"]);

/** How far back, in tokens, the clause before may start: a clause of one sentence, not a paragraph. */
const CLAUSE_SPAN = 16;

/**
 * The object of the first verb of the clause before the conjunction that opens `r`'s clause, when `r` (an amount left
 * with no label) opens its clause after that conjunction; else "".
 */
export function elidedObject(toks: readonly Tok[], r: Raw): string {
  const verb = toks[r.e]?.pos;
  if (verb !== "AUX" && verb !== "VERB") return "";
  const c = r.s - 1;
  const conj = toks[c];
  if (!isWord(conj) || !JOINING.has(conj.l)) return "";
  let start = c - 1;
  while (start > 0 && c - start < CLAUSE_SPAN && !(isWord(toks[start - 1]) && CONJUNCTIONS.has(toks[start - 1]!.l))) start--;
  for (let k = start; k < c; k++) {
    if (toks[k]?.pos !== "VERB") continue;
    const from = pastDeterminers(toks, k + 1);
    const end = Math.min(forwardNP(toks, from), c);
    return end > from ? phrase(toks, from, end) : "";
  }
  return "";
}

import type { Raw } from "#brief/figures/card/figure.ts";
import { SPEECH_VERBS } from "#brief/figures/language/lexicon.ts";
import { nounOf } from "#brief/figures/language/noun-phrase.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isCapitalised, isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "That meant a yearly return of 6% Norbank said.": with no comma before the speaker, the name after the amount was
// read as what it counts ('6% — Norbank', card-audit-49's made-up shape 9). A capitalised name run straight into a
// verb of saying is who said it; the amount is what its "of" frames ('yearly return'), as with the comma. Only an
// amount after "of": "rose 5% Smith said" has no frame noun to take, and is left as it was.

/** How many capitalised words a speaker's name may run to ("Norbank", "Anna Lindqvist", "Bank of X" is not one). */
const NAME_WORDS = 3;

/** Relabels an "of"-framed amount labelled by the name of the speaker right after it by the frame's noun. */
export function speakerAfter(toks: readonly Tok[], r: Raw): void {
  if (r.drop) return;
  let n = r.e;
  while (n < r.e + NAME_WORDS && toks[n] !== undefined && isCapitalised(toks[n]!)) n++;
  if (n === r.e || !isWord(toks[n]) || !SPEECH_VERBS.has(toks[n]!.l)) return;
  if (r.label !== phrase(toks, r.e, n)) return;
  const frame = nounOf(toks, r.s);
  if (frame !== "") r.label = frame;
}

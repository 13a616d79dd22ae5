import { GENERIC_PEOPLE, PEOPLE, PERPETRATORS } from "#brief/figures/language/lexicon.ts";
import { forwardNP } from "#brief/figures/language/noun-phrase.ts";
import { isPlural } from "#brief/figures/language/phrase.ts";
import { NUM, type Tok } from "#brief/figures/language/tokens.ts";
import { CARDINAL_WORDS } from "#news/numbers.ts";

// "at least 1,800 died crossing the desert": a bare count before "died" is, in news, of people ('people died'). But
// "Of the 30 trees planted, 12 died" and "More than 100 dolphins were stranded and 60 died" count things the sentence
// has just counted: when a number before the count, in the same sentence, counts a plural that is not people, the
// dead are those, and the label stays the verb alone rather than name people who are not there.

/** How far back a counted thing may stand: the rest of a long sentence's first clause. */
const REACH = 24;

/** The label of a bare count at `s` before "died": "people died", or "died" when the sentence counted other things. */
export function diedLabel(toks: readonly Tok[], s: number): string {
  for (let k = s - 1; k >= 0 && s - k <= REACH; k--) {
    const t = toks[k];
    if (t === undefined || (t.kind !== NUM && !CARDINAL_WORDS.has(t.l))) continue;
    const end = forwardNP(toks, k + 1);
    const head = toks[end - 1];
    if (end <= k + 1 || head === undefined || head.pos !== "NOUN" || !isPlural(head.l)) continue;
    if (!PEOPLE.has(head.l) && !PERPETRATORS.has(head.l) && !GENERIC_PEOPLE.has(head.l)) return "died";
  }
  return "people died";
}

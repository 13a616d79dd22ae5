import { QUOTE_MARKS } from "#brief/figures/language/lexicon.ts";
import type { Raw } from "#brief/figures/card/figure.ts";
import { isWord, PUNCT, type Tok } from "#brief/figures/language/tokens.ts";

// "a designer drug … dubbed '$5 insanity' for its cheap price", "Users have nicknamed the drug '$5 insanity'": a number
// inside the quoted name a naming verb gives is part of the name, as a race's distance is in "the world 1500m
// champion" (event-distance.ts); the card showed the nickname as a price ('$5 — insanity', card audit 25, sample S;
// 3 such sentences in 2 of cnndm-dev's articles, twice on a card). The price the name alludes to, when the story gives
// it, is said elsewhere ("hits often cost less than $10").

/** Verbs that give a name: "dubbed", "nicknamed", "called", "branded", "known as". */
// "titled" and "entitled" give a work its title ("a review titled '27 shades of nonsense.'"), a pun read as a count.
const NAMING = new Set([
  "dubbed", "nicknamed", "called", "named", "branded", "billed", "labelled", "labeled", "christened", "as", "titled",
  "entitled",
]);


/** How many tokens before the quote the naming verb may stand: "nicknamed the drug '$5 insanity'", "dubbed it: '…'". */
const VERB_REACH = 3;

/** How many words the quoted name may run on past the number: "'$5 insanity'". */
const NAME_WORDS = 3;

/** Stops a quote may hold before its closing mark. */
const CLOSING_STOPS = new Set([".", ",", "!", "?"]);

/** A quotation mark, either side of a name. */
export const isQuote = (t: Tok | undefined): boolean => t !== undefined && t.kind === PUNCT && QUOTE_MARKS.has(t.s);

/** True when the figure opens a quoted name of a few words that a naming verb just before it gives. */
export function quotedName(toks: readonly Tok[], r: Raw): boolean {
  if (!isQuote(toks[r.s - 1])) return false;
  let q = r.e;
  while (q < r.e + NAME_WORDS && isWord(toks[q])) q++;
  // A title that ends its sentence keeps the stop inside the quote ("titled '27 shades of nonsense.'").
  if (toks[q]?.kind === PUNCT && CLOSING_STOPS.has(toks[q]!.s) && isQuote(toks[q + 1])) q++;
  if (!isQuote(toks[q])) return false;
  for (let k = r.s - 2; k >= 0 && r.s - 2 - k < VERB_REACH; k--) if (isWord(toks[k]) && NAMING.has(toks[k]!.l)) return true;
  return false;
}

import { isWord, type Tok } from "#brief/figures/tokens.ts";

// "an eight-point gap to Manchester United in fourth place", "Victory kept Valencia in fourth place", "helped UKIP
// into third place": a name right before "in" or "into" a place is who holds it, whatever verb (or none) put it there;
// rank-place.ts reads a subject only after a verb of standing ("Leeds sit in 15th place"), so these ranks kept their
// unit alone ('fourth — place', card audit 17's 'fourth — spot' and 16's '60th — place' shapes). Only a name: "the
// gap in fourth place", "a goal in third place" name no holder.

/** How many words a holder's name may run to: "Paris St Germain", "Queens Park Rangers". */
const NAME_WORDS = 4;

/** The name that holds a place said "in" or "into" at `at` ("Valencia in fourth place"), or undefined. */
export function placeHolder(toks: readonly Tok[], at: number): string | undefined {
  if (!isWord(toks[at], "in") && !isWord(toks[at], "into")) return undefined;
  // The capitalised names right before it ("Manchester United", "London Irish").
  let k = at;
  while (k > 0 && at - k < NAME_WORDS && isName(toks[k - 1])) k--;
  return k < at ? toks.slice(k, at).map((t) => t.s).join(" ") : undefined;
}

/** A word of a name: tagged a proper noun ("Manchester United"; "Beaten" opening a sentence is a verb). */
const isName = (t: Tok | undefined): boolean => isWord(t) && t.pos === "PROPN";

import { isCapitalised, isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "an eight-point gap to Manchester United in fourth place", "Victory kept Valencia in fourth place", "helped UKIP
// into third place": a name right before "in" or "into" a place is who holds it, whatever verb (or none) put it there;
// rank-place.ts reads a subject only after a verb of standing ("Leeds sit in 15th place"), so these ranks kept their
// unit alone ('fourth — place', card audit 17's 'fourth — spot' and 16's '60th — place' shapes). Only a name: "the
// gap in fourth place", "a goal in third place" name no holder.

/** How many words a holder's name may run to: "Paris St Germain", "Queens Park Rangers". */
const NAME_WORDS = 4;

/**
 * The name that holds a place said "in" or "into" at `at` ("Valencia in fourth place"), or undefined; `any` takes the
 * name before any word (rank-place.ts: "Irina Shevchenko trailing in sixth spot").
 */
export function placeHolder(toks: readonly Tok[], at: number, any = false): string | undefined {
  if (!any && !isWord(toks[at], "in") && !isWord(toks[at], "into")) return undefined;
  // The capitalised names right before it ("Manchester United", "London Irish").
  let k = at;
  while (k > 0 && at - k < NAME_WORDS && isName(toks[k - 1])) k--;
  return k < at ? toks.slice(k, at).map((t) => t.s).join(" ") : undefined;
}

/** A word of a name: tagged a proper noun ("Manchester United"; "Beaten" opening a sentence is a verb). */
const isName = (t: Tok | undefined): boolean => isWord(t) && t.pos === "PROPN";

/** Verbs whose agent after "by" holds the place before them: "fourth spot, currently occupied by Manchester City". */
const HELD = new Set(["occupied", "held"]);

/**
 * The name after "occupied by" or "held by" following a place ending at `e - 1` ("Liverpool trail fourth spot, currently
 * occupied by Manchester City" → Manchester City: the sentence's subject only chases it), or undefined.
 */
export function occupiedBy(toks: readonly Tok[], e: number): string | undefined {
  let k = toks[e]?.s === "," ? e + 1 : e;
  if (isWord(toks[k]) && toks[k]!.pos === "ADV") k++;
  if (!isWord(toks[k]) || !HELD.has(toks[k]!.l) || !isWord(toks[k + 1], "by")) return undefined;
  let end = k + 2;
  // Capitalised words, not proper-noun tags: the tagger takes "City" in "Manchester City" for a noun.
  while (end < k + 2 + NAME_WORDS && isWord(toks[end]) && isCapitalised(toks[end]!)) end++;
  return end > k + 2 ? toks.slice(k + 2, end).map((t) => t.s).join(" ") : undefined;
}

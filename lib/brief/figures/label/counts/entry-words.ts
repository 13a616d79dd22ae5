import type { Raw } from "#brief/figures/card/figure.ts";
import { DETERMINERS } from "#brief/figures/language/lexicon.ts";
import { forwardNP } from "#brief/figures/language/noun-phrase.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { adjacent, isCapitalised, isNamePossessive, isWord, type Tok } from "#brief/figures/language/tokens.ts";
import { entryStart } from "#brief/figures/read/amount/entry-dash.ts";
import { entryType } from "#brief/figures/label/counts/entry-type.ts";

// A boxed list entry's figure, its hyphen read as a separator (read/amount/entry-dash.ts), is labelled by the entry's
// words: "62.5-Leeds's pass completion rate" → pass completion rate, "11-Leeds's position in the form table" →
// position in form table. The owner every entry of the box repeats (the team it is about) is left out when what it owns
// follows; an entry that names only someone ("36-Diego Costa, Chelsea.") says nothing of what its number counts, and
// is no figure.

/** Prepositions whose phrase a one-word head keeps: "position in the form table", "share of the vote". */
const TAILS = new Set(["in", "of"]);

/** Labels an entry's figure by the words after its hyphen; false when `r` is no such entry or they name nothing. */
export function entryWords(toks: readonly Tok[], r: Raw): boolean {
  const start = entryStart(toks, r.s, r.e);
  if (start === undefined) return false;
  let k = start;
  if (isNamePossessive(toks[k]) && forwardNP(toks, k + 1) > k + 1) k++;
  // "60 - matches in the tournament": the tagger takes a plural after a spaced dash for a verb; the entry's test read
  // it as the plural it counts (entry-dash.ts), so it is the phrase's head at least.
  const spaced = !adjacent(toks[r.e - 1], toks[r.e]);
  const end = spaced ? Math.max(forwardNP(toks, k), k + 1) : forwardNP(toks, k);
  if (end <= k) return false;
  // "36-Diego Costa, Chelsea.", "2-Lord Lloyd-Webber £650 million": an entry that only names someone says nothing of
  // what its number counts (a tally the box's heading named, a place in a rich list): no figure.
  // A spaced entry's one word with words after it is the plural it counts, capitalised only as its entry's first ("5 -
  // Games lost by City"); one a comma ends is a name ("2 - Ludogorets, AC Milan, Sporting Lisbon": a list of names).
  const next = toks[end];
  const spacedPlural = spaced && end === k + 1 && isWord(next);
  if (!spacedPlural && toks.slice(k, end).every((t) => isCapitalised(t))) {
    r.drop = true;
    return true;
  }
  // The spaced entry's one plural is a common noun whatever its capital: "5 - Games lost by City" → games.
  let label = spacedPlural ? (toks[k] as Tok).l : phrase(toks, k, end);
  const p = toks[end];
  if (end === k + 1 && isWord(p) && TAILS.has(p.l)) {
    const from = end + 1 + (DETERMINERS.has(toks[end + 1]?.l ?? "") ? 1 : 0);
    const to = forwardNP(toks, from);
    if (to > from) label = `${label} ${p.l} ${phrase(toks, from, to)}`;
  }
  r.label = label;
  // "70.8-City's pass completion rate percentage" is a percentage, "13-City's position in the table" a rank.
  entryType(toks, r, k, end - 1);
  return true;
}

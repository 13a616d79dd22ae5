import { AUXILIARIES } from "#brief/figures/language/lexicon.ts";
import { adjacent, isCapitalised, isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "62.5-Leeds's pass completion rate …", "2-Premier League goals for Walcott", "36-Diego Costa, Chelsea.": a boxed
// list whose entries open on their figure and glue it to the entry's words with a hyphen. The hyphen is the entry's
// separator, not a compound's ("28-nation bloc"): read as one, the figure counted the first word ('62.5-Leeds's —
// leeds's', '2-Premier — premiers'; the thirty-fifth round's made-up shapes). Only where the number opens its sentence
// and the word after the hyphen is capitalised: "a 10-Point Plan" mid-sentence is a compound, and "2,4-Dinitrophenol"
// and "May 8, 1944-Gary Glitter" open on other words. The entry's words label it (label/counts/entry-words.ts).

/**
 * Whether a number starting at `s` opens its sentence, or a sentence the splitter left inside this one: sbd keeps
 * "… at Old Trafford. 5 - Games lost by City in 2015." whole, and the entry opens after the stop.
 */
const opensLine = (toks: readonly Tok[], s: number): boolean => s === 0 || STOPS.has(toks[s - 1]?.s ?? "");
const STOPS = new Set([".", "!", "?"]);

/** Whether the hyphen at `dash`, after a number that starts at `s`, separates a list entry's figure from its words. */
export function entryDash(toks: readonly Tok[], s: number, dash: number): boolean {
  const word = toks[dash + 1];
  if (!opensLine(toks, s) || toks[dash]?.s !== "-" || !adjacent(toks[dash - 1], toks[dash])) return false;
  if (!isWord(word)) return false;
  return adjacent(toks[dash], word) && isCapitalised(word);
}

// The same entries are written with a spaced dash too ("60 - matches in the 2015 tournament", "46 – days the tournament
// lasts", "13 - City's position in the form table"), and were left unlabelled, off the card. A spaced dash makes no
// compound, so the entry's first word may be lower case; but a numbered list of points is written alike ("1 - The fear
// of rejection holds us back", "5 - Ask why?", "2 - Rejection is a numbers game"): an entry's first word is what its
// number counts, a plural ("matches", "Games lost by City"), or the owner the box repeats ("City's").

/** Dashes a spaced entry may be set off by: "-", "–", "—", and "--" typed as two hyphens. */
const DASHES = new Set(["-", "–", "—"]);

/** A plural or an owner's possessive: what a list entry's number counts, or whose it is. */
function countedWord(w: Tok): boolean {
  if (w.l.endsWith("'s")) return true;
  return w.l.length > 3 && /[^s'u]s$/.test(w.l) && !AUXILIARIES.has(w.l);
}

/**
 * Where a list entry's words start after its number ending at `e` (its first token at `s`): right after a glued
 * separating hyphen, or after a spaced dash before a plural or an owner; undefined when the number opens no entry.
 */
export function entryStart(toks: readonly Tok[], s: number, e: number): number | undefined {
  if (entryDash(toks, s, e)) return e + 1;
  if (!opensLine(toks, s) || !DASHES.has(toks[e]?.s ?? "") || adjacent(toks[e - 1], toks[e])) return undefined;
  let k = e + 1;
  if (toks[e]?.s === "-" && toks[k]?.s === "-") k++;
  const word = toks[k];
  return isWord(word) && countedWord(word) ? k : undefined;
}

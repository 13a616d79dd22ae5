import { adjacent, isCapitalised, isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "62.5-Leeds's pass completion rate …", "2-Premier League goals for Walcott", "36-Diego Costa, Chelsea.": a boxed
// list whose entries open on their figure and glue it to the entry's words with a hyphen. The hyphen is the entry's
// separator, not a compound's ("28-nation bloc"): read as one, the figure counted the first word ('62.5-Leeds's —
// leeds's', '2-Premier — premiers'; the thirty-fifth round's made-up shapes). Only where the number opens its sentence
// and the word after the hyphen is capitalised: "a 10-Point Plan" mid-sentence is a compound, and "2,4-Dinitrophenol"
// and "May 8, 1944-Gary Glitter" open on other words. The entry's words label it (label/counts/entry-words.ts).

/** Whether the hyphen at `dash`, after a number that starts at `s`, separates a list entry's figure from its words. */
export function entryDash(toks: readonly Tok[], s: number, dash: number): boolean {
  const word = toks[dash + 1];
  if (s !== 0 || toks[dash]?.s !== "-" || !adjacent(toks[dash - 1], toks[dash]) || !isWord(word)) return false;
  return adjacent(toks[dash], word) && isCapitalised(word);
}

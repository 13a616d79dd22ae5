import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "a man, 20 yeras old,", "twenty yaers old": a typo in "years" before "old" still says an age. Read as a count, the
// card labelled it 'yeras old'; the word just before "old" within two edits of "years" is enough, since no other
// noun of news counts in a phrase "N … old". Hyphened, "a 71-yer-old man", "a 64-yr-old": the card read a count of
// 'yer-olds' (card audits 33 and 40, samples AC and AH); the word before "-old" is a typo of "year" when it is within
// two edits of "year(s)" and starts with its "y" (one edit else, "ear-old"): the other units of an age ("day-old",
// "hour-old") are not typos, and no real word of news stands hyphened between a number and "-old".

/** Levenshtein distance between two short words, stopping early past `max` (returns max + 1 then). */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, k) => k);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let k = 1; k <= b.length; k++) row[k] = Math.min(prev[k]! + 1, row[k - 1]! + 1, prev[k - 1]! + (a[i - 1] === b[k - 1] ? 0 : 1));
    if (Math.min(...row) > max) return max + 1;
    prev = row;
  }
  return prev[b.length]!;
}

/** Whether the tokens at k are "years old" with "years" misspelt ("yeras old", "yaers old"); the correct spelling is not. */
export function misspeltYearsOld(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  if (!isWord(t) || !isWord(toks[k + 1], "old") || t.l === "years" || t.l === "year" || t.l.length < 4) return false;
  return /^[a-z]+$/.test(t.l) && editDistance(t.l, "years", 2) <= 2;
}

/** The spans an age may be counted in, which are not typos of "year" though near it ("hour" is two edits away). */
const AGE_UNITS = /^(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|century|centuries)$/;

/** Whether a compound after a number is "year-old" misspelt ("yer-old", "yr-old", "yrs-old", "yaer-olds"). */
export function misspeltYearOld(compound: string): boolean {
  const m = /^([a-z]+)-olds?$/.exec(compound);
  const w = m?.[1];
  if (w === undefined || w.length < 2 || AGE_UNITS.test(w)) return false;
  const edits = Math.min(editDistance(w, "year", 2), editDistance(w, "years", 2));
  return edits <= (w.startsWith("y") ? 2 : 1);
}

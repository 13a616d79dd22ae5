import { CARDINAL_WORDS } from "#news/numbers.ts";

// "The film - which lasts for ten minutes-begins with Hammond lying …", "turned up after four months-in the family
// dog's …", "received just £50,000 over seven days-while Ukip …": a dash typed as a hyphen glued to a plural unit of
// time after a number. No compound opens on a plural time unit but an age's or a size's ("two days-old", "hours-long"),
// so the rest is the next clause: read as glued, the number counted 'minutes-begins' and 'months-in' (card audit 13,
// sample H: 'ten — minutes-begins', a duration typed count). The tokenizer cuts the word there, as it cuts "-the".

/** Plural units of time a number may be glued to by a dash. */
const PLURAL_TIME = new Set(["seconds", "minutes", "hours", "days", "nights", "weeks", "months", "years", "decades", "centuries"]);

/** What a plural time unit is hyphened to in a compound of its own: an age ("days-old"), a size ("hours-long"), "-plus". */
const COMPOUND_TAILS = new Set(["old", "olds", "long", "plus", "worth", "odd", "ago"]);

/**
 * Where the dash of a word `l` (lowercased) stands, when the word is a plural unit of time, a hyphen and one word, and
 * `before` (the token before, lowercased) is a number in digits or words; else -1. A tail holding another hyphen is a
 * compound ("days-a-week", "miles-per-hour"), left whole.
 */
export function unitDash(l: string, before: string | undefined): number {
  const cut = l.indexOf("-");
  if (cut < 0 || !PLURAL_TIME.has(l.slice(0, cut))) return -1;
  const tail = l.slice(cut + 1);
  if (!/^[a-z']+$/.test(tail) || COMPOUND_TAILS.has(tail)) return -1;
  return before !== undefined && (/^\d[\d,.]*$/.test(before) || CARDINAL_WORDS.has(before)) ? cut : -1;
}

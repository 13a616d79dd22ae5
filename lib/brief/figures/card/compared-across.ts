// "Overall 61% of shoppers thought prices would rise, compared to 25% who expected them to fall", "exports rose to
// £147.9bn, compared with £144.9bn to non-EU countries": the amount after "compared with/to" is another answer's or
// another party's, not the level the first moved from, and read as its `previous` the card showed a change that never
// happened ('61% prev=25', '£147.9bn prev=£144.9bn'; card audit 38's sample AF and sweep 38, value errors). A
// relative "who" after it names other people; a "to" names another destination unless it says when ("to the end of
// March", "to June 2014"). The rival's amount stays off the card as the earlier level did: its own words ('who
// steer clear of …', 'to non-EU countries') label it poorly and it pushed a better figure off in the dev cards.
import { DURATIONS, MONTHS, WEEKDAYS, YEAR_DIGITS } from "#brief/figures/language/lexicon.ts";
import { forwardNP } from "#brief/figures/language/noun-phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

/** How many words before the earlier amount may name what it counts: "download sales of 312,000". */
const EARLIER_WORDS = 4;

/** Words that make "to …" a time, not a party: "to the end of March", "to the same date", "to June". */
const TO_TIME = new Set(["end", "date", "close", "start", "beginning", "middle", "mid", "now", "today", "present"]);

/**
 * Whether the amount ending before token `e` is said of others: "… 25% who expected …", "… £144.9bn to non-EU
 * countries", or "download sales of 312,000 compared with 282,000 physical singles", a noun of its own that the
 * earlier amount's words do not say (the labels are not read yet: the few words before it and its noun phrase after
 * it): "sold 5,000 cars, compared with 4,000 cars" is an earlier level.
 */
export function comparedAcross(toks: readonly Tok[], e: number, earlier: { s: number; e: number }): boolean {
  if (isWord(toks[e], "who")) return true;
  const end = forwardNP(toks, e);
  if (end > e) {
    const head = toks[end - 1]!.l;
    if (timeWord(head)) return false;
    const said = toks.slice(Math.max(0, earlier.s - EARLIER_WORDS), forwardNP(toks, earlier.e));
    return !said.some((t) => t.l === head);
  }
  if (!isWord(toks[e], "to")) return false;
  // The words after "to", up to the clause's end (at most five): a time among them keeps the earlier level.
  let words = 0;
  for (let k = e + 1; k < toks.length && k <= e + 5 && isWord(toks[k]); k++) {
    const w = toks[k]!.l;
    if (TO_TIME.has(w) || timeWord(w)) return false;
    words++;
  }
  return words > 0;
}

/** A word of time after an amount: "31,000 last year", "£4m in March", "to June 2014". */
function timeWord(w: string): boolean {
  return MONTHS.has(w) || WEEKDAYS.has(w) || DURATIONS.has(w) || YEAR_DIGITS.test(w);
}

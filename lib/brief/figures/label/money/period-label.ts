import type { Raw } from "#brief/figures/card/figure.ts";
import { governingSubject } from "#brief/figures/label/measures/lonely-label.ts";
import { mainSubject } from "#brief/figures/label/change/peak-of.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { backNP } from "#brief/figures/language/noun-phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "growth slowed sharply in the fourth quarter to 5.6%", "consumer spending grew at 4.6% in the third quarter", "shares
// which have advanced 4% this month": the period said beside the amount is when, and the card showed it as what
// ('5.6% — fourth quarter', card audit R; audit 8's '1.0% — quarter': a rate or level labelled by its period alone is
// bad; 38 cnndm-dev and dev-bbc card rows of money or percents were labelled by a period). What moved or reached the
// amount is the subject of the verb that governs it, as for a place said after it (place-label.ts), reached over the
// period phrase itself ("slowed sharply in the fourth quarter to"). A rate ("6% a year", "£100 a month") keeps its
// period, which tells it from a total; a subject that is a pronoun or a name says nothing of it.

/** A period alone: "quarter", "fourth quarter", "this month", "last year". */
const PERIOD = /^(?:(?:first|second|third|fourth|final|last|this|next|past|previous) )?(?:quarter|year|month|week|day|period)$/;

/** Words after an amount that make its period a rate's: "6% a year", "£5 per day", "£100 every month". */
export const RATE_WORDS: ReadonlySet<string> = new Set(["a", "an", "per", "every", "each"]);

/** How far back the governing verb may stand: over the period phrase itself ("slowed sharply in the fourth quarter to 5.6%"). */
const VERB_REACH = 10;

/** Words of a period phrase said between a noun and its "of": "profits last month of £18.7 million". */
const PERIOD_WORDS = new Set(["last", "this", "next", "past", "previous", "first", "second", "third", "fourth", "final", "the", "quarter", "year", "month", "week", "day", "period"]);

/** "announced record profits last month of £18.7 million": the noun the amount is "of", over the period between. */
function nounOfPast(toks: readonly Tok[], s: number): string {
  if (!isWord(toks[s - 1], "of")) return "";
  let k = s - 1;
  while (k > 0 && isWord(toks[k - 1]) && PERIOD_WORDS.has(toks[k - 1]!.l)) k--;
  if (k === s - 1) return "";
  const np = backNP(toks, k, false);
  return np === undefined ? "" : phrase(toks, np[0], np[1]);
}

/**
 * "GDP is tipped to be 4.1% this year, dipping to 4% in 2005": a level after "to" whose verb names no subject is the
 * main clause subject's, which a participle or a verb after a comma runs on from (card audit 25's '4% — year', the
 * run's first period taken for the second rate's); "" when no "to" stands before the amount. A change after "by"
 * ("rising by 3%") is a change, not the subject's level, so not labelled by the subject alone.
 */
function runOnSubject(toks: readonly Tok[], s: number): string {
  if (!isWord(toks[s - 1], "to")) return "";
  const np = mainSubject(toks, s - 1);
  return np === undefined ? "" : phrase(toks, np[0], np[1]);
}

/** Relabels money or a percent labelled by a period alone with what it is of, else the subject of the verb that governs it. */
export function periodSubject(toks: readonly Tok[], r: Raw): void {
  if (r.drop || (r.currency === undefined && !r.percent) || !PERIOD.test(r.label)) return;
  if (isWord(toks[r.e]) && RATE_WORDS.has(toks[r.e]!.l)) return;
  const of = nounOfPast(toks, r.s);
  const subject = of || governingSubject(toks, r.s, VERB_REACH) || runOnSubject(toks, r.s);
  if (subject === "" || subject.split(" ").some((w) => w[0] !== w[0]?.toLowerCase())) return;
  r.label = subject;
}

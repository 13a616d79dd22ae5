import { MAX_LABEL_WORDS } from "#brief/figures/card/figure.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { isWord, PUNCT, type Tok } from "#brief/figures/language/tokens.ts";

// "March saw 30 per cent more rain than average", "Shops had 20 per cent more people than last year": a percent told
// by "more", "less" or "fewer" and a noun before "than" is a difference in that noun, measured against what follows
// "than". The noun was read as nothing (the comparative stops a noun phrase), so the subject or the nearest noun
// phrase labelled it ('30 per cent — wet', '20 per cent — shops'; the lead's made-up shape from blind sample AX).

/** The comparatives of an amount of a noun: "more rain", "less rainfall", "fewer people". */
const MORE_LESS = new Set(["more", "less", "fewer"]);

/**
 * Norms a difference is measured against, said as one word ("than average", "than usual", "than expected"): the word
 * alone, since the tagger may read the word after it into the phrase ("than usual fell in April" → 'usual fell').
 */
const NORMS = new Set(["average", "usual", "normal", "expected", "forecast", "predicted", "anticipated", "planned", "budgeted", "before", "ever"]);

/** Words that open a time before now said after "than" ("than last year", "than the previous month"). */
const BEFORE_NOW = new Set(["last", "previous"]);

/** The periods of a time before now: "last year", "the previous season". */
const CALENDAR = new Set(["year", "month", "week", "season", "quarter", "summer", "winter", "spring", "autumn", "decade"]);

/** The most words of what follows "than" a label keeps ("the national average", "last year"). */
const THAN_WORDS = 3;

/** Whether the comparative at `c` is "more", "less" or "fewer". */
export const moreOrLess = (toks: readonly Tok[], c: number): boolean => isWord(toks[c]) && MORE_LESS.has(toks[c]!.l);

/**
 * Where the noun phrase after the comparative at `c` ends when it is a noun's and "than" follows it ("more rain than"),
 * else `c + 1`: "30% more expensive than" names no noun, "more of the vote" no "than".
 */
export function nounBeforeThan(toks: readonly Tok[], c: number): number {
  const end = forwardNP(toks, c + 1);
  return end > c + 1 && toks[end - 1]?.pos === "NOUN" && isWord(toks[end], "than") ? end : c + 1;
}

/**
 * "than average", "than last year" for the "than" at `t`; "" when a clause follows it ("than analysts had expected",
 * what was said, not a norm), a preposition ("than in 2019") or a phrase longer than a label holds.
 */
function thanWhat(toks: readonly Tok[], t: number): string {
  const k = pastDeterminers(toks, t + 1);
  if (isWord(toks[k]) && NORMS.has(toks[k]!.l)) return `than ${toks[k]!.l}`;
  // "than last year", "than the previous season": a noun phrase reader stops at "last", a time word.
  if (isWord(toks[k]) && BEFORE_NOW.has(toks[k]!.l) && isWord(toks[k + 1]) && CALENDAR.has(toks[k + 1]!.l)) return `than ${phrase(toks, k, k + 2)}`;
  const end = forwardNP(toks, k);
  const next = toks[end];
  // "than a year ago" ends on an adverb, "than movies in previous years" on a preposition whose phrase is part of what
  // is compared (people who saw movies then, not movies): only a phrase a clause closes, or "and" goes on from.
  const closed = next === undefined || next.kind === PUNCT || next.pos === "CCONJ";
  return end > k && end - k <= THAN_WORDS && closed ? `than ${phrase(toks, k, end)}` : "";
}

/**
 * The label of a difference told by the comparative at `c`, in the noun `from`..`to`, against what follows the "than"
 * at `t`: "more rain than average", or "more rain" when that names no norm or the whole is longer than a label holds.
 */
export function comparedNoun(toks: readonly Tok[], c: number, from: number, to: number, t: number): string {
  const own = `${toks[c]!.l} ${phrase(toks, from, to)}`;
  const than = thanWhat(toks, t);
  const whole = than === "" ? own : `${own} ${than}`;
  return whole.split(" ").length <= MAX_LABEL_WORDS ? whole : own;
}

/** "more rain than average" for a percent whose words after it, from `e`, are a comparative, a noun and "than"; else "". */
export function moreNounThan(toks: readonly Tok[], e: number): string {
  if (!moreOrLess(toks, e)) return "";
  const end = nounBeforeThan(toks, e);
  return end > e + 1 ? comparedNoun(toks, e, e + 1, end, end) : "";
}

import { isWord, type Tok, WORD } from "#brief/figures/language/tokens.ts";

// "given a life term, serving a minimum of 18 years", "faces a maximum of 14 years": a time served or faced after "a
// minimum of" or "a maximum of" is the term's bound, the label the court's word ("minimum term"). The verb before it
// stands past the bound's words, so the spent and prison readings (duration-served.ts, prison-term.ts) never saw it
// and the time read its unit alone ('18 — years', card audit 52's made-up shape 4). Only after a verb of serving or
// facing: "must wait a minimum of three years" bounds a wait, no term. The bound is shown (label-duration.ts sets it as
// the time's place), the unit still the label a second span elided after it takes.

/** Verbs of a term served, given or faced before its bound. */
const TERM_VERBS = new Set([
  "serve", "serves", "served", "serving", "face", "faces", "faced", "facing", "jailed", "sentenced", "given", "gets", "got", "received",
]);

/** The bounds a term is said with. */
const BOUNDS = new Set(["minimum", "maximum"]);

/** Units a term is given in: "got a maximum of 30 minutes to speak" is no term. */
const TERM_UNITS = new Set(["years", "year", "months", "month", "weeks", "week"]);

/**
 * Words after a term's unit that leave it a term: the clause ends, or goes on to what it was for or when ("a minimum of
 * 25 years for the murder", "a maximum of 2 years and a fine"). Anything else says what the time is ("six weeks'
 * notice", "4 weeks of paid leave", "12 months on the bench", "2 years in the army"), no term.
 */
const AFTER_TERM = new Set(["for", "and", "or", "but", "if", "before", "after", "when", "under", "behind"]);

/** Whether the token after a term's unit leaves the time a term: punctuation or the end (not an owner's "'"), or AFTER_TERM. */
function termEnds(t: Tok | undefined): boolean {
  if (t === undefined) return true;
  return t.kind === WORD ? AFTER_TERM.has(t.l) : t.s !== "'" && t.s !== "’";
}

/** Words that open a bound's phrase after the verb: "faces a maximum of", "the maximum of", "serve his minimum of". */
const BOUND_OPENERS = new Set(["a", "the", "his", "her", "their", "its"]);

/**
 * "minimum term" or "maximum term" for a duration at `s` (its unit at `unit`) after "VERB a minimum of"; "" otherwise.
 * Any of BOUND_OPENERS may open the bound: "faces the maximum of 14 years", "must serve his minimum of 12 years" are
 * terms all the same.
 */
export function boundTerm(toks: readonly Tok[], s: number, unit: number): string {
  const bound = toks[s - 2];
  if (!isWord(toks[s - 1], "of") || !isWord(bound) || !BOUNDS.has(bound.l) || !BOUND_OPENERS.has(toks[s - 3]?.l ?? "")) return "";
  if (!TERM_UNITS.has(toks[unit]?.l ?? "") || !termEnds(toks[unit + 1])) return "";
  return TERM_VERBS.has(toks[s - 4]?.l ?? "") ? `${bound.l} term` : "";
}

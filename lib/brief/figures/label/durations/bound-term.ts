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

/**
 * Whether the token after a term's unit at `k` leaves the time a term: punctuation or the end (not an owner's "'"),
 * AFTER_TERM, or a life term's "to life" ("the maximum 40 years to life").
 */
function termEnds(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  if (t === undefined) return true;
  if (t.kind === WORD && t.l === "to") return isWord(toks[k + 1], "life");
  return t.kind === WORD ? AFTER_TERM.has(t.l) : t.s !== "'" && t.s !== "’";
}

/**
 * Verbs by which a bound is spared or asked for rather than served, as the label says them: "escaped the maximum 40
 * years to life" → maximum term escaped, "had asked for the minimum 18 years" → minimum term asked for. Read as the
 * term given ('40 — years' beside the sentence passed) they said the opposite of what happened (card-audit-54's
 * made-up shape 6).
 */
const SPARED_OR_ASKED = new Map([
  ["escaped", "escaped"], ["avoided", "avoided"], ["dodged", "escaped"], ["spared", "spared"], ["sought", "sought"], ["requested", "requested"],
  ["asked", "asked for"], ["called", "called for"], ["pushed", "pushed for"], ["argued", "argued for"],
]);

/** The label of a bound after the verb at `v`: the term served or faced, or the bound spared or asked for; "" for any other verb. */
function boundVerb(toks: readonly Tok[], v: number, bound: string): string {
  const verb = toks[v]?.l ?? "";
  if (TERM_VERBS.has(verb)) return `${bound} term`;
  // "asked for the minimum": the particle stands between the verb and the bound.
  const said = isWord(toks[v], "for") ? SPARED_OR_ASKED.get(toks[v - 1]?.l ?? "") : SPARED_OR_ASKED.get(verb);
  return said === undefined || (said.endsWith(" for") !== isWord(toks[v], "for")) ? "" : `${bound} term ${said}`;
}

/** The places a time's label names that make it a prison term: "years in prison", "years in jail", "years behind bars". */
const PRISON_PLACES = new Set(["in prison", "in jail", "in gaol", "behind bars"]);

/** Words that open a bound's phrase after the verb: "faces a maximum of", "the maximum of", "serve his minimum of". */
const BOUND_OPENERS = new Set(["a", "the", "his", "her", "their", "its"]);

/**
 * "minimum term" or "maximum term" for a duration at `s` (its unit at `unit`) after "VERB a minimum of"; "" otherwise.
 * Any of BOUND_OPENERS may open the bound: "faces the maximum of 14 years", "must serve his minimum of 12 years" are
 * terms all the same.
 */
export function boundTerm(toks: readonly Tok[], s: number, unit: number): string {
  if (!TERM_UNITS.has(toks[unit]?.l ?? "") || !termEnds(toks, unit + 1)) return "";
  const of = isWord(toks[s - 1], "of") ? 1 : 0;
  const bound = boundBefore(toks, s);
  return bound === undefined ? "" : boundVerb(toks, s - 3 - of, bound);
}

/** "minimum" or "maximum" when a bound's phrase ("a minimum of", "the maximum") stands right before the number at `s`. */
function boundBefore(toks: readonly Tok[], s: number): string | undefined {
  // "the maximum 40 years to life": the bound right before the number, with no "of".
  const of = isWord(toks[s - 1], "of") ? 1 : 0;
  const bound = toks[s - 1 - of];
  return isWord(bound) && BOUNDS.has(bound.l) && BOUND_OPENERS.has(toks[s - 2 - of]?.l ?? "") ? bound.l : undefined;
}

/**
 * "or a minimum of 25 years in prison", "serving a minimum of 22 years" (read as in prison): a bound on a time its
 * clause already reads as a prison term is the term's bound whatever verb governs it (the robbery count "can lead
 * to" it: sample BE's shape 3), "minimum term" or "maximum term"; "" when no bound stands before the number at `s`
 * or `place` (the label after the unit) is no prison's.
 */
export function prisonBound(toks: readonly Tok[], s: number, place: string): string {
  // Only the noun's bound, "a minimum of": "in prison for the maximum two years that youngsters are allowed" is a
  // baby's stay beside its mother, no term.
  if (!PRISON_PLACES.has(place) || !isWord(toks[s - 1], "of")) return "";
  const bound = boundBefore(toks, s);
  return bound === undefined ? "" : `${bound} term`;
}

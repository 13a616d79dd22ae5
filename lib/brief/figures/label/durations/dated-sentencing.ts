import { BE_FORMS } from "#brief/figures/language/lexicon.ts";
import { isWord, PUNCT, type Tok } from "#brief/figures/language/tokens.ts";

// "He had been jailed 18 months before at Leeds Crown Court", "He was convicted two years previously of fraud": a
// time right after a passive of sentencing, then "before" or "previously" and no event of its own, dates the
// sentencing as "earlier" does (prison-term.ts keeps it from reading a term). With "earlier" it read 'months earlier';
// with "before" or "previously" the verb was taken for the time's span ('months jailed', 'years convicted').

/** Participles a sentencing is said by: "was jailed", "had been convicted", "was banned". */
const SENTENCED = new Set(["jailed", "imprisoned", "sentenced", "convicted", "banned", "barred"]);

/** Words after "before" or "previously" that leave it the time's own adverb: a stop, "at Leeds", "of fraud", "for". */
const AFTER = new Set(["for", "of", "at", "in", "on", "when", "and", "but", "after", "over", "while"]);

/**
 * Whether the duration starting at `s`, its unit ending at `npEnd`, is a sentencing's time point said "before" or
 * "previously": "was jailed 18 months before at Leeds Crown Court". "served 114 days before Rep. Bill Richardson flew
 * in" (an event after "before") and "waited two years before, when …" (no passive of sentencing) are spans.
 */
export function datedSentencing(toks: readonly Tok[], s: number, npEnd: number): boolean {
  const when = toks[npEnd];
  if (!isWord(when) || (when.l !== "before" && when.l !== "previously")) return false;
  const verb = toks[s - 1];
  if (!isWord(verb) || !SENTENCED.has(verb.l) || !BE_FORMS.has(toks[s - 2]?.l ?? "")) return false;
  const next = toks[npEnd + 1];
  return next === undefined || (next.kind === PUNCT && next.s !== "'" && next.s !== "’") || AFTER.has(next.l);
}

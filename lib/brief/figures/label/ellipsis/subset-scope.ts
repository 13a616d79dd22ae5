import { MAX_LABEL_WORDS, type Raw } from "#brief/figures/card/figure.ts";
import { AWAY_ADVERBS, DURATIONS, MONTHS, PERIOD_NOUNS, WEEKDAYS } from "#brief/figures/language/lexicon.ts";
import { forwardNP } from "#brief/figures/language/noun-phrase.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isCapitalised, isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "reviewed 40 trials, including seven from Canada", "signed 12 players, four of them from France": a part of the
// count before, said with where it is from, counts that part. Given the whole's noun alone it read as a second total
// ('40 — trials', 'seven — trials'; card audit 44, sample AL's made-up shape 2): it keeps its scope, 'seven — trials
// from Canada', as a change keeps "outside Asia" (change-scope.ts).

/**
 * Prepositions that say where a part of a count is from or in, or on what ("80 police officers, nine of them on
 * horseback": a part of the officers, not nine more of them; card-audit-53's seen row N1).
 */
const SCOPES = new Set(["from", "in", "on"]);

/**
 * Where the scope's preposition may stand when `r` is a part of the count before: after "including N" ("including
 * seven from Canada"), "among them N", or "N of them" / "N of whom" ("four of them from France"); else undefined.
 */
function scopeAt(toks: readonly Tok[], r: Raw): number | undefined {
  const before = toks[r.s - 1];
  if (isWord(before, "including") || ((isWord(before, "them") || isWord(before, "whom")) && isWord(toks[r.s - 2], "among"))) return r.e;
  if (isWord(toks[r.e], "of") && (isWord(toks[r.e + 1], "them") || isWord(toks[r.e + 1], "whom"))) return r.e + 2;
  return undefined;
}

/**
 * " from Canada" when `r`, a part of the count before labelled `label`, says where it is from or in, within the card's
 * label length; "" otherwise. Not a time: "including six in 2014", "including two in the last week" say when.
 */
export function subsetScope(toks: readonly Tok[], r: Raw, label: string): string {
  const k = scopeAt(toks, r);
  const p = k === undefined ? undefined : toks[k];
  if (k === undefined || !isWord(p) || !SCOPES.has(p.l)) return "";
  const article = isWord(toks[k + 1], "the");
  const from = article ? k + 2 : k + 1;
  let end = forwardNP(toks, from);
  // A place's name the noun phrase reader may leave ("from Canada" before a comma), or a place said by an adverb.
  if (end === from && isWord(toks[from]) && (isCapitalised(toks[from]!) || AWAY_ADVERBS.has(toks[from]!.l))) end = from + 1;
  const head = toks[end - 1];
  if (end <= from || head === undefined || PERIOD_NOUNS.has(head.l) || DURATIONS.has(head.l)) return "";
  // "including two on Saturday", "three of them on 4 May": "on" a day or a date says when.
  if (p.l === "on" && (WEEKDAYS.has(head.l) || MONTHS.has(head.l) || !isWord(toks[from]))) return "";
  // With its article where the label's six words allow it ('dead from the same family'), else without.
  const whole = ` ${p.l} ${phrase(toks, article ? k + 1 : from, end)}`;
  const short = ` ${p.l} ${phrase(toks, from, end)}`;
  const fits = (scope: string): boolean => `${label}${scope}`.split(" ").length <= MAX_LABEL_WORDS;
  return fits(whole) ? whole : fits(short) ? short : "";
}

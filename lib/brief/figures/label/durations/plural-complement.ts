import { DURATIONS } from "#brief/figures/language/lexicon.ts";
import { isPlural } from "#brief/figures/language/phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "who had been friends with the couple for 25 years", "They have been neighbours for 12 years": a copula's bare plural
// noun is the relation its subject held for the time, as a role with its article is ("has been a late-night host for 33
// years" → years as a late-night host, label-duration.ts). The label was the unit alone ('25 — years'); now "years as
// friends with the couple". A noun that only describes the next one ("have been sales figures for") or is a time
// ("Waits have been hours for two years") names no relation.

/** Endings of a singular noun in "s" ("chaos", "crisis", "status", "business", "politics"): "has been chaos" is a state, no relation. */
const SINGULAR_S = /(?:ss|us|is|os|ics)$/;

/**
 * The relation a copula's complement at `j` names, before the "for" at `f` — "as friends with the couple" — from `span`
 * (the caller's cut of the words j..f); "" when the word at `j` is no bare plural noun standing alone or before a
 * preposition.
 */
export function pluralComplement(toks: readonly Tok[], j: number, f: number, span: (from: number) => string): string {
  const t = toks[j];
  if (!isWord(t) || !isPlural(t.l) || SINGULAR_S.test(t.l) || DURATIONS.has(t.l)) return "";
  const next = toks[j + 1];
  if (j + 1 !== f && next?.pos !== "ADP") return "";
  const text = span(j);
  return text === "" ? "" : `as ${text}`;
}

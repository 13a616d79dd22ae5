import { VERBS } from "#brief/figures/language/lexicon.ts";
import { isPlural } from "#brief/figures/language/phrase.ts";
import type { Tok } from "#brief/figures/language/tokens.ts";

// "400 contractors work on site": the tagger reads "contractors work" as one compound noun, but a verb's plain form
// right after a plural noun is that plural's verb (a compound's first noun is seldom plural): the noun phrase ends on
// the plural, and what follows is a clause's verb (run-on-pair.ts, and the noun a count counts, label-count-noun.ts;
// '400 — contractors work'). (An "-s" form after a plural, "sports shows", the tagger already calls a verb.)

/** Whether the word at `k` is the verb of the plural noun right before it, though tagged a noun ("work", "live", "say"). */
export function pluralsVerb(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  const before = toks[k - 1];
  if (t?.pos !== "NOUN" || before?.pos !== "NOUN" || !VERBS.has(t.l)) return false;
  return isPlural(before.l);
}

/** The end of the noun phrase toks[start, end) cut before a plural's verb inside it (after its first word). */
export function beforePluralsVerb(toks: readonly Tok[], start: number, end: number): number {
  for (let k = start + 1; k < end; k++) if (pluralsVerb(toks, k)) return k;
  return end;
}

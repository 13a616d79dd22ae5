import { VERBS } from "#brief/figures/language/lexicon.ts";
import { isPlural } from "#brief/figures/language/phrase.ts";
import type { Tok } from "#brief/figures/language/tokens.ts";

// "700 and 400 contractors work on site": the tagger reads "contractors work" as one compound noun, but a verb's plain
// form right after a plural noun is that plural's verb (a compound's first noun is seldom plural), so the pair is a
// run-on of two clauses (run-on-pair.ts). (An "-s" form after a plural, "sports shows", the tagger already calls a
// verb.) Not used to end a count's own noun ('400 — contractors work'): cutting it there ('About 1,100 people work in
// the mountain' → people, a count of people) moved three dev cards, one better, one worse, and cost three tune
// highlights (labels77), so the count's label is left as the tagger's phrase.

/** Whether the word at `k` is the verb of the plural noun right before it, though tagged a noun ("work", "live", "say"). */
export function pluralsVerb(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  const before = toks[k - 1];
  if (t?.pos !== "NOUN" || before?.pos !== "NOUN" || !VERBS.has(t.l)) return false;
  return isPlural(before.l);
}

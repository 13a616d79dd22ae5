import type { Raw } from "#brief/figures/card/figure.ts";
import { CHANGE_NOUNS, PERIOD_NOUNS } from "#brief/figures/language/lexicon.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "a 45 per cent decrease in its asking price", "a 10 per cent rise in selling prices": label.ts names a percent's change
// and what changed ("rise in share price"), but the noun phrase after "in" ends at once on an "-ing" word the tagger
// calls a verb, so the label was the change alone ('45 per cent — decrease', card audit 22, sample P). Before a noun,
// that word is the noun's modifier ("asking price", "operating profit"); this mends only a label left as the bare
// change noun, so nothing label.ts read otherwise moves.


/** "decrease in asking price" for a percent labelled by the change noun after it, before "in" and an "-ing" modifier. */
export function changeIn(toks: readonly Tok[], r: Raw): void {
  if (!r.percent || !CHANGE_NOUNS.has(r.label) || !isWord(toks[r.e], r.label) || !isWord(toks[r.e + 1], "in")) return;
  const k = pastDeterminers(toks, r.e + 2);
  const modifier = toks[k];
  if (!isWord(modifier) || !modifier.l.endsWith("ing") || modifier.pos !== "VERB" || toks[k + 1]?.pos !== "NOUN") return;
  const end = forwardNP(toks, k + 1);
  // "a 6 per cent fall in trading days": a period is when, not what changed.
  if (end <= k + 1 || PERIOD_NOUNS.has(toks[end - 1]?.l ?? "")) return;
  r.label = `${r.label} in ${phrase(toks, k, end)}`;
}

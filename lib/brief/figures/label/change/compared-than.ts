import { phrase } from "#brief/figures/language/phrase.ts";
import { forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "it is a third shorter than the old lattice pylons", "They are 20% cheaper than last year's models": a difference
// told by a comparative whose subject is a pronoun names nothing but what it is measured against. The comparative
// alone was the label ('a third — shorter', card audit 47's round: a worse dev row that took a count's card place).

/** "shorter than old lattice pylons" for the comparative at `e` and the noun phrase after its "than", else "". */
export function comparedThan(toks: readonly Tok[], e: number): string {
  const c = toks[e];
  if (!isWord(c) || !isWord(toks[e + 1], "than")) return "";
  const k = pastDeterminers(toks, e + 2);
  const end = forwardNP(toks, k);
  // "15% lower than analysts had expected": a clause after "than" compares with what was said, not with its subject.
  const verb = toks[end]?.pos === "VERB" || toks[end]?.pos === "AUX";
  return end > k && !verb ? `${c.l} than ${phrase(toks, k, end)}` : "";
}

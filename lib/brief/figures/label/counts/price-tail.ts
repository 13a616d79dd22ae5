import { CUR, isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "sold 20 paintings worth £3m", "and 6 guest trips costs £47.25": a word that opens the price of the things counted
// ends their noun phrase, though the tagger reads it on as a word of it (an adjective "worth", a plural noun "costs"):
// the count read 'paintings worth sold', 'guest trips costs', and "them" in a later "50 of them" took 'shops worth'
// for the whole it is part of (larger-whole.ts reads the count's noun, which worth-tail.ts's mend of the label never
// saw). "3 months worth of pills" measures the pills, and keeps it.

/**
 * Where a count's noun phrase ending at `end` ends once a price's opening word at its end is cut off; `end` itself else
 * ("sold 2,000 worth £3m" is left no noun, and the verb names the count).
 */
export function beforePrice(toks: readonly Tok[], end: number): number {
  const last = toks[end - 1];
  if (!isWord(last)) return end;
  const next = toks[end];
  if ((last.l === "costs" || last.l === "cost") && next?.kind === CUR) return end - 1;
  // "worth £3m", "worth up to £2m", "worth more than £5m": an amount or its hedge follows, not what a time's worth is of.
  return last.l === "worth" && !isWord(next, "of") ? end - 1 : end;
}

import { forwardNP } from "#brief/figures/language/noun-phrase.ts";
import { adjacent, isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "a $1.7bn donors' aid package": a plural's possessive apostrophe is its own token (a closing quote looks the same),
// so the noun phrase after the amount stopped at the owner ('$1.7bn — donors', card-audit-20.md, sample N). The owner
// only says whose the thing is; the thing it owns is what the money is.

/**
 * Where the thing a plural owner owns ends, when the phrase after an amount stops at that owner's apostrophe
 * ("donors' aid package" → after "package"), else undefined. An apostrophe that may close a quote (one opened before
 * it in the sentence) is no possessive.
 */
export function pluralOwned(toks: readonly Tok[], np: number): number | undefined {
  const mark = toks[np];
  // Cheap first: the phrase ends on an apostrophe glued to an "-s" word.
  if (mark === undefined || (mark.s !== "'" && mark.s !== "’") || !adjacent(toks[np - 1], mark) || !toks[np - 1]!.l.endsWith("s")) return undefined;
  const next = toks[np + 1];
  if (!isWord(next) || adjacent(mark, next)) return undefined;
  let quotes = 0;
  for (let k = 0; k < np; k++) if (toks[k]!.s === mark.s || toks[k]!.s === "‘") quotes++;
  if (quotes % 2 === 1) return undefined;
  const end = forwardNP(toks, np + 1);
  return end > np + 1 ? end : undefined;
}

import { QUALIFIERS } from "#brief/figures/language/lexicon.ts";
import { CUR, isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";

// A bracketed conversion after an amount ("$27.5bn (£14.5bn)", "$22,000 [£14,395]"): the words about the amount resume
// after it.

/**
 * Where the words about an amount resume after its bracketed conversion: "$27.5bn (£14.5bn) in unpaid taxes",
 * "a $900m (£479m) loan" are labelled by what follows the bracket. `e` itself when no conversion follows.
 */
export function afterConversion(toks: readonly Tok[], e: number): number {
  const opens = toks[e + 1]?.kind === CUR || toks[e + 1]?.kind === NUM || codeBeforeSign(toks, e + 1) || hedgeAt(toks, e + 1) > 0;
  return opens ? afterBracket(toks, e) : e;
}

/** Where the words resume after a short bracket (ten tokens at most) opened at `e`; `e` itself when none opens there. */
export function afterBracket(toks: readonly Tok[], e: number): number {
  const close = closerOf(toks[e]);
  if (close === undefined) return e;
  for (let k = e + 2; k < toks.length && k - e <= 10; k++) if (toks[k]?.s === close) return k + 1;
  return e;
}

/**
 * The bracket that closes `t` when it opens one a conversion may stand in: round, or square ("$10 [£6.50]", a
 * writer's or a sub-editor's insertion, is the same conversion).
 */
export function closerOf(t: Tok | undefined): string | undefined {
  return t?.s === "(" ? ")" : t?.s === "[" ? "]" : undefined;
}

/** Whether toks[k] is a currency code standing before its amount's symbol: "(AUD $6.765 million)". */
export function codeBeforeSign(toks: readonly Tok[], k: number): boolean {
  // The sign is tested before the word is uppercased: asked after every amount, and a copy of the word each time was a
  // sixteenth of the bytes a brief allocates (bench-history.md, speed32), for a sign that is rarely there.
  return isWord(toks[k]) && toks[k + 1]?.kind === CUR && toks[k]?.s === toks[k]?.s.toUpperCase();
}

/** QUALIFIERS by their first word, each list in QUALIFIERS' order (hedgeAt takes the first that matches). */
const QUALIFIERS_BY_FIRST: ReadonlyMap<string, readonly (readonly string[])[]> = QUALIFIERS.reduce((m, q) => {
  m.set(q[0]!, [...(m.get(q[0]!) ?? []), q]);
  return m;
}, new Map<string, (readonly string[])[]>());

/**
 * How many words a hedge of the amount takes at `k`, 0 when none stands there: "$250 (about £132)", "40m euros (around
 * £29m)". A word that is neither such a hedge nor a code opens no conversion: "(up $3)" is a change, "(plus $5 fees)"
 * more money. (A hedged aside with no money, "(about the same as last year)", is passed as a conversion is: the words
 * about the amount resume after it.)
 */
export function hedgeAt(toks: readonly Tok[], k: number): number {
  // Only the hedges that open with the word at k can match, looked up by it in QUALIFIERS' order (the first that
  // matches wins, as before): asked after every amount, where a search of all of them made two closures a hedge.
  const t = toks[k];
  const opening = isWord(t) ? QUALIFIERS_BY_FIRST.get(t.l) : undefined;
  if (opening === undefined) return 0;
  for (const words of opening) {
    let i = 1;
    while (i < words.length && isWord(toks[k + i], words[i])) i++;
    if (i === words.length) return words.length;
  }
  return 0;
}

import { adjacent, NUM, type Tok, WORD } from "#brief/figures/language/tokens.ts";

// "sell about 2,000 of its 320-500GT coupes", "retire six of its 777-200LR planes": a model number between a part's
// "of its" and the noun is a name of the model, no whole the part is of. Tokenized as digits, a hyphen and more digits
// with letters glued, it ended the count's reading ('about 2,000 — carmaker'), where "its GT-300X coupes" and "its
// 777 planes" read the noun.

/**
 * Where the model number starting at token e ends: a run of digits, hyphens and glued letters, written with no space,
 * opening with digits and holding a hyphen between digits; e itself when no such run stands there.
 */
export function pastModelNumber(toks: readonly Tok[], e: number): number {
  if (toks[e]?.kind !== NUM) return e;
  let k = e + 1;
  let hyphened = false;
  while (k < toks.length && adjacent(toks[k - 1], toks[k]!) && (toks[k]!.kind === NUM || toks[k]!.kind === WORD || toks[k]!.s === "-")) {
    if (toks[k]!.s === "-" && toks[k + 1]?.kind === NUM) hyphened = true;
    k++;
  }
  // The counted noun follows, a word of its own.
  return hyphened && toks[k]?.kind === WORD ? k : e;
}

import { CUR, isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";

// A bracketed conversion after an amount ("$27.5bn (£14.5bn)", "$22,000 [£14,395]"): the words about the amount resume
// after it.

/**
 * Where the words about an amount resume after its bracketed conversion: "$27.5bn (£14.5bn) in unpaid taxes",
 * "a $900m (£479m) loan" are labelled by what follows the bracket. `e` itself when no conversion follows.
 */
export function afterConversion(toks: readonly Tok[], e: number): number {
  const close = closerOf(toks[e]);
  const code = codeBeforeSign(toks, e + 1);
  if (close === undefined || !(toks[e + 1]?.kind === CUR || toks[e + 1]?.kind === NUM || code)) return e;
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
  return isWord(toks[k]) && toks[k]?.s === toks[k]?.s.toUpperCase() && toks[k + 1]?.kind === CUR;
}

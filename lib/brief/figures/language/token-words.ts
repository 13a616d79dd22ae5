import type { Tok } from "#brief/figures/language/tokens.ts";

// The words of a run of tokens joined by spaces, as `toks.slice(from, to).map((t) => t.s).join(" ")` gives them,
// without the sliced and mapped arrays: a slice's array layout the optimizing compiler had not met at such a line
// undid the compiled code of the whole reader around it (readNewsOrdinal's, a big function), and its recompiling
// cost more CPU than the words (speed37).

/** The tokens [from, to) as written (`lower`: lower-cased), joined by single spaces; "" for none. Indices ≥ 0. */
export function tokenWords(toks: readonly Tok[], from: number, to: number = toks.length, lower = false): string {
  const end = Math.min(to, toks.length);
  let out = "";
  for (let k = from; k < end; k++) {
    const w = lower ? toks[k]!.l : toks[k]!.s;
    out = k === from ? w : `${out} ${w}`;
  }
  return out;
}

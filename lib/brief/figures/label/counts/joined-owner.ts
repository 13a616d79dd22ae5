import type { Raw } from "#brief/figures/card/figure.ts";
import { isCapitalised, isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "Marks and Spencer's 300 will close by March": a count labelled by nothing but the possessive name before it was
// labelled by the last of two joined names ('300 — Spencer's'), a name no one owns; the owner is the whole name, as
// "Tesco's 300" is Tesco's. A stock index of that shape in a market sentence is no count (index-name.ts asks first).

/** Gives `r`, labelled by the possessive right before it, the whole of a joined owner: "X and Y's", "X & Y's". */
export function joinedOwner(toks: readonly Tok[], r: Raw): void {
  const owner = toks[r.s - 1];
  const join = toks[r.s - 2];
  const first = toks[r.s - 3];
  // (A possessive only: "in Ohio and raised $1.5 million", "in Germany and Italy more than doubled" own nothing.)
  if (!isWord(owner) || !/['’]s?$/.test(owner.l) || r.label.toLowerCase() !== owner.l || !isWord(first) || !isCapitalised(first)) return;
  if (join?.s !== "&" && !isWord(join, "and")) return;
  r.label = `${first.s} ${join.s} ${owner.s}`;
}

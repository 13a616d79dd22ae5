import { adjacent, CUR, NUM, type Tok } from "#brief/figures/language/tokens.ts";

// "less than .01 per cent", "rose .5%", "a blood-alcohol level of .247", "$.99": a decimal written without its
// leading zero. The tokenizer splits the point from the digits, and the digits alone read 1, 5, 247, 99: a value 100
// or 1,000 times too big on the card. The point is a leading one when it is glued to the digits and set apart from
// the word before it (or follows a currency sign); after a number it is the split decimal of "magnitude-7 .8"
// (read-core.ts' splitFraction), and glued to a word it is an abbreviation's ("No.5", "v.2").

/** Whether the digits at i follow a leading decimal point. */
export function leadingPoint(toks: readonly Tok[], i: number): boolean {
  const t = toks[i];
  const dot = toks[i - 1];
  // The point before the digits is tested first: it is rare, the digits' shape is a regex.
  if (dot?.s !== "." || t?.kind !== NUM || !adjacent(dot, t) || !/^\d+$/.test(t.s)) return false;
  const before = toks[i - 2];
  if (before === undefined) return true;
  if (before.kind === CUR) return adjacent(before, dot);
  return before.kind !== NUM && !adjacent(before, dot);
}

import { adjacent, isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "earns just Rs 4000 (£45) a month", "Rs. 15,000": "Rs" is the rupee's sign, written as a word before the digits, as
// "$" is a symbol. Unread, the digits were an identifier (a capitalised word before them names a model, type.ts) and
// the pounds after them in brackets took "Rs" as their label (card audit 47, sample AO: two misses). Read as money,
// the bracket is its conversion and is joined to it as any other (link.ts). Only the capital "Rs" with its small "s",
// spaced or with a full stop, is the sign: "RS" is a code or an initial.

/** The first token of the rupee sign before the digits at `i` ("Rs", "Rs ."), or undefined when there is none. */
export function rupeeSignBefore(toks: readonly Tok[], i: number): number | undefined {
  const stop = toks[i - 1]?.s === "." && adjacent(toks[i - 2], toks[i - 1]);
  const sign = toks[stop ? i - 2 : i - 1];
  return isWord(sign) && sign.s === "Rs" ? (stop ? i - 2 : i - 1) : undefined;
}

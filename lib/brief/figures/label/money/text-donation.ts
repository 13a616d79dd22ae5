import { adjacent, isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";

// "to give text SWIM20 £2 or £8 to 60060", "Text HELP £5 to 70070": a charity appeal's text message is its keyword in
// capitals (digits glued on or not) and the amount it gives; the nearest noun phrase named the keyword, '£2 or £8 —
// text SWIM' (blind sample AZ's made-up shape 4). The amount is a donation made by text.

/** The label of money at `s` right after "text" and a keyword in capitals, or undefined. */
export function textDonation(toks: readonly Tok[], s: number): string | undefined {
  let k = s - 1;
  // "SWIM20": the digits glued to the keyword.
  if (toks[k]?.kind === NUM && adjacent(toks[k - 1], toks[k])) k--;
  const code = toks[k];
  if (!isWord(code) || code.s !== code.s.toUpperCase()) return undefined;
  return isWord(toks[k - 1], "text") ? "donation by text" : undefined;
}

import { isWord, NUM, PUNCT, type Tok, WORD } from "#brief/figures/language/tokens.ts";

// A negative amount: "temperatures as cold as -50C", "down to −3.2%", "minus 20C", "inflation at minus 0.1 per cent".
// Read without its sign these were values wrong by their sign, which the card printed as if true ("50C"). Only a
// temperature or a percent is read signed: elsewhere a hyphen before digits is a dash typed short ("Zuccoli -25 km
// southeast from Darwin") or one end of a scale ("a scale of -3 … to +3"), and "minus" is arithmetic.

/** Units after digits that can be below zero: "-5C", "-5 C", "-40°F", "minus 160 degrees", "-0.1%", "minus 0.1 per cent". */
const SIGNED_UNITS = new Set(["c", "f", "°", "°c", "°f", "degrees", "%", "per", "percent"]);

/** Whether the token after the digits is a unit a negative amount can have. */
const signed = (t: Tok | undefined): boolean => t !== undefined && SIGNED_UNITS.has(t.l);

/**
 * The token that makes the number at `first` negative, or -1: a minus sign (or hyphen) glued to its digits after a word
 * and a space ("as cold as -50C"; not "2005/06 -257" nor "40% -50%", where it joins two numbers), or the word "minus"
 * ("minus 20C"; not "plus or minus 1 point", a margin either way).
 */
export function signAt(toks: readonly Tok[], first: number): number {
  const n = toks[first];
  const p = toks[first - 1];
  if (n?.kind !== NUM || p === undefined || !signed(toks[first + 1])) return -1;
  if (p.kind === PUNCT && (p.s === "-" || p.s === "−") && p.end === n.start) {
    const w = toks[first - 2];
    return w !== undefined && w.kind === WORD && w.end < p.start ? first - 1 : -1;
  }
  return isWord(p, "minus") && !isWord(toks[first - 2], "or") ? first - 1 : -1;
}

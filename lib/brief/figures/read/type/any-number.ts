import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "The app lets you message any two friends at once", "any three of the judges may sit": a number after "any" picks
// a case, whichever N you like, and counts nothing that happened or exists ('two — friends').

/** Whether the number phrase starting at `s` (its qualifier included) is picked by "any" right before it. */
export function anyNumber(toks: readonly Tok[], s: number): boolean {
  return isWord(toks[s - 1], "any");
}

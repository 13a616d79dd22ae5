import { ORDINAL_WORDS } from "#news/numbers.ts";
import { isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";

// "Leeds moved up to 15th place", "Tigres Monterrey moved up to fourth", "took United up to third place": a place is
// one place, never a bound, so "up to" before an ordinal is a verb's particle and its preposition, not the hedge of
// "up to 600 people" (the card showed 'up to 15th — place', qualifier "up to").

/** Suffixes of an ordinal in digits ("15th" is read as "15" "th"). */
const SUFFIXES = new Set(["st", "nd", "rd", "th"]);

/** Whether the "up to" at `start` stands before an ordinal at `at`. */
export function ordinalUpTo(toks: readonly Tok[], start: number, at: number): boolean {
  if (!isWord(toks[start], "up")) return false;
  const t = toks[at];
  return t?.kind === NUM ? SUFFIXES.has(toks[at + 1]?.l ?? "") : ORDINAL_WORDS.has(t?.l ?? "");
}

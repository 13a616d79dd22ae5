import { isCapitalised, isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "21 Grams actress Naomi Watts", "30 Rock star Tina Fey", "The 39 Steps actor": a number before a capitalised word
// and a singular noun of a role is part of a film's or a show's title, the role's work, not a count (card audit 21,
// sample O: '21 — Grams actress Naomi Watts', junk). Two or more of a thing would take the plural ("21 grams", "two
// Hollywood actresses"), so the singular role after the name is what tells the title from a count.

/** Singular nouns of a role a title names the work of. */
const ROLES = new Set(["actress", "actor", "star", "director", "producer", "writer", "creator", "author", "singer", "presenter", "host"]);

/** Whether the digits ending before `end` (value `value`) open a title followed by a role ("21 Grams actress"). */
export function titleBeforeRole(toks: readonly Tok[], end: number, value: number): boolean {
  const name = toks[end];
  if (value <= 1 || name === undefined || !isCapitalised(name)) return false;
  // The title may run to two capitalised words ("The 39 Steps actor", "24 Hour Party People star" is four, left).
  const second = toks[end + 1];
  const role = isWord(second) && isCapitalised(second) ? toks[end + 2] : second;
  return isWord(role) && ROLES.has(role.l);
}

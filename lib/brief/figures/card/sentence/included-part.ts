import type { Raw } from "#brief/figures/card/figure.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "Those freed included 85 children", "killing 40 people, including ten children", "Among them were 12 nurses", "six
// of them teachers": a count said as a part of a total named before it. A headline word may lift the part ("children"
// in a story whose first line is of children) above its own total, which then fell off the card (card-audit-54's
// made-up shape M1); the card lifts the total to its part's score instead (part-whole.ts).

/** "include"'s forms, right before a count: the count is of what the subject or the clause before includes. */
const INCLUDE = new Set(["include", "includes", "included", "including"]);

/** Pronouns "among" and "of" point back at a total with: "among them", "of whom". */
const BACK = new Set(["them", "whom", "those"]);

/**
 * Whether the count `r` is said as a part of a total before it: after a form of "include", "among them", or "N of them".
 * A count, a head count or a toll: "one in eight of those aged 18-24" is a share of a group, no part of a share before.
 */
export function includedPart(toks: readonly Tok[], r: Raw): boolean {
  if (r.kind !== "count" && r.kind !== "people" && r.kind !== "casualties") return false;
  const before = toks[r.s - 1];
  if (isWord(before) && INCLUDE.has(before.l)) return true;
  // "Among them were 12 nurses", "among whom 12 nurses": over a "were" or "are".
  const among = isWord(before, "were") || isWord(before, "are") ? r.s - 3 : r.s - 2;
  if (isWord(toks[among], "among") && BACK.has(toks[among + 1]?.l ?? "")) return true;
  return isWord(toks[r.e], "of") && BACK.has(toks[r.e + 1]?.l ?? "");
}

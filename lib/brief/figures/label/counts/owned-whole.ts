import { CARDINAL_WORDS } from "#news/numbers.ts";
import { WHOLE_WINDOWS } from "#brief/figures/language/lexicon.ts";
import { forwardNP, pastOwner } from "#brief/figures/language/noun-phrase.ts";
import { NUM, type Tok } from "#brief/figures/language/tokens.ts";

// "two of the lightweight division's most exciting fighters", "three of the plant's six nuclear reactors", "13 of the
// club's last 14 games": a part of an owner's whole counts what the whole counts. The count's noun phrase stopped at the
// owner's possessive, where the describing words or the whole's number begin, so the card said '2 — lightweight
// division's'. An owner's possessive determines the whole as "the" does: the counted noun is past it. With nothing
// after the owner ("seven of Pacquiao's") the owner stays what is counted.

/** Where the counted noun starts when the words at `e` (past a part's "of") are an owner's possessive before a whole. */
export function pastOwnerOf(toks: readonly Tok[], e: number): number {
  const end = forwardNP(toks, e);
  if (end <= e || !/['’]s$|s['’]$/.test(toks[end - 1]?.s ?? "")) return e;
  // "the plant's six nuclear reactors", "the club's last 14 games": the whole's number, read on by the caller.
  const next = toks[end];
  if (next?.kind === NUM || CARDINAL_WORDS.has(next?.l ?? "") || WHOLE_WINDOWS.has(next?.l ?? "")) return end;
  return pastOwner(toks, e, end) > end ? end : e;
}

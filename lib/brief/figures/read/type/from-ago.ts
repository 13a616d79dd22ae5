import { DURATIONS } from "#brief/figures/language/lexicon.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "a far cry from 20 years ago", "a design by John Harrison from 300 years ago", "claims reheated from six months
// ago": a time "ago" after "from" names a point in time as a noun names an era, the way a date does; it is not how
// long anything took or since when it happened, and on a card it counted nothing ('300 — years since basing on a
// design'). A time "ago" after a verb ("died three years ago") dates an event and is left to the time windows.

/**
 * Where the time point after "from" that starts at `s` ends (after its "ago"), when the amount read up to `j` is a
 * period's count followed by "ago" ("from 20 years ago") or the period itself was read ("from three days ago").
 */
export function fromAgo(toks: readonly Tok[], s: number, j: number): number | undefined {
  if (!isWord(toks[s - 1], "from")) return undefined;
  const next = toks[j];
  if (!isWord(next)) return undefined;
  if (next.l === "ago") return j + 1;
  return DURATIONS.has(next.l) && isWord(toks[j + 1], "ago") ? j + 2 : undefined;
}

import { DURATIONS } from "#brief/figures/language/lexicon.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "a far cry from 20 years ago", "a design by John Harrison from 300 years ago", "the bitter amalgamation of 21 years
// ago", "a better fight than five years ago": a time "ago" after "from", "of", "than" or "compared to" names a point in time as a
// noun names an era, the way a date does; it is not how long anything took or since when it happened, and on a card it
// counted nothing ('300 — years since basing on a design', '21 — bitter amalgamation'). A time "ago" after a verb
// ("died three years ago") dates an event and is left to the time windows.

/** Prepositions that make the time "ago" after them a point named as a noun. */
const POINT_BEFORE = new Set(["from", "of", "than"]);

/**
 * "more drivers are unhappy compared to four years ago": after "compared to" or "compared with" a time "ago" is the
 * point compared against, as after "than"; read as an amount it became the earlier level ('1.5 million — more drivers
 * (from 4)', blind sample AZ's value error, made up). "compared with 35,000 four years ago" keeps its 35,000.
 */
function comparedAt(toks: readonly Tok[], s: number): boolean {
  const before = toks[s - 1];
  return (isWord(before, "to") || isWord(before, "with")) && /^compar/.test(toks[s - 2]?.l ?? "");
}

/**
 * Where the time point that starts at `s` after "from", "of" or "than" ends (after its "ago"), when the amount read up
 * to `j` is a period's count followed by "ago" ("from 20 years ago") or the period itself was read ("from three days ago").
 */
export function agoPoint(toks: readonly Tok[], s: number, j: number): number | undefined {
  const before = toks[s - 1];
  if (!isWord(before) || !(POINT_BEFORE.has(before.l) || comparedAt(toks, s))) return undefined;
  const next = toks[j];
  if (!isWord(next)) return undefined;
  if (next.l === "ago") return j + 1;
  return DURATIONS.has(next.l) && isWord(toks[j + 1], "ago") ? j + 2 : undefined;
}

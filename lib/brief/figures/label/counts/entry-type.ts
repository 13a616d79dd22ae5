import type { Raw } from "#brief/figures/card/figure.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// A boxed list entry's figure has no unit of its own ("70.8-City's pass completion rate percentage", "13-City's
// position in the form table"): its entry's words say what kind it is, as a "%" or an ordinal would in a sentence.
// Read from the number alone, both were typed counts (card-audit-42.md's informed rows). A rate or a share written
// without its sign is a percentage when it can be one (no "per" saying another base, at most 100); a place, position
// or ranking in a table is a rank when it is a whole number.

/** Words that make an entry's figure a percentage. */
const SHARES = new Set(["percentage", "percent", "%", "rate"]);

/** The words of a percentage's unit, which its label leaves out when they end it. */
const UNIT_WORDS = new Set(["percentage", "percent"]);

/** Heads of an entry that give a place in a table. */
const PLACES = new Set(["position", "place", "spot", "ranking", "rank"]);

/**
 * Types the entry figure `r` by its label's words, the tokens [from, head] (head the noun phrase's last word): a
 * percentage or a rank; a count else, as the number alone reads.
 */
export function entryType(toks: readonly Tok[], r: Raw, from: number, head: number): void {
  const words = toks.slice(from, head + 1);
  if (PLACES.has(toks[head]?.l ?? "") && Number.isInteger(r.value) && r.value >= 1) {
    r.kind = "rank";
    r.type = "rank";
    return;
  }
  // ("12.1-Birth rate per 1,000 people": another base, said inside the noun phrase or right after it.)
  const perBase = words.some((t) => isWord(t, "per")) || isWord(toks[head + 1], "per");
  if (words.some((t) => SHARES.has(t.l)) && !perBase && r.value <= 100) {
    r.percent = true;
    r.kind = "percent";
    r.type = "percent";
    // "City's pass completion rate percentage": the word that made it a percentage is its unit, as "%" is, not part of
    // what it counts ('70.8 — pass completion rate percentage' read the unit twice; in a sentence "a pass completion
    // rate of 70.8 per cent" is labelled 'pass completion rate').
    if (head > from && UNIT_WORDS.has(toks[head]?.l ?? "")) r.label = r.label.replace(/ per(?:centage|cent)$/i, "");
  }
}

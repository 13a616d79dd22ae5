import { isWord, PUNCT, type Tok } from "#brief/figures/language/tokens.ts";

// "accused of attacks on 11 victims as young as 15", "abusing children as young as nine", "A widow at just 21,",
// "landed her first book deal … at just 14.": an age hedged by a comparison of age or by "just"/"only" after "at" says
// how old someone was, and the card read it as a count of the noun before it ('15 — victims', 'just 21 — widow';
// card audit 25, sample S: 7 such rows on cnndm-dev's cards). type.ts already takes a bare "at 17" ending its clause for
// an age; the hedge between "at" and the number hid it.

/** "as young as", "as old as": a bound of age, whatever follows the number. */
const AGE_BOUNDS = new Set(["young", "old"]);

/** Hedges between "at" and an age: "at just 14", "at only 16" ("at about 50" is as often a level, so not). */
const AT_HEDGES = new Set(["just", "only", "barely", "merely"]);

/**
 * Verbs that set a level an amount is "at" ("the list stands at just three", "capped at only 20"), so it is no age;
 * type.ts' LEVEL_VERBS for a bare "at N" are the same kind.
 */
const LEVEL_BEFORE_AT = /^(?:closed|opened|ended|finished|traded|stood|stands|remained|remains|peaked|capped|priced|valued|set|fixed|held|kept|was|is|were|are|be|been|start|starts|started|began|begins|rate|rates|level|high|low|put|puts|estimated|estimates|placed|pegged|reckoned)$/;

/**
 * True when the number whose display starts at `s` (its hedge included) and ends before `end` is an age said with a
 * hedge: after "as young as" / "as old as", or after "at just" / "at only" ending its clause (a comma, a full stop, the
 * end), unless a level verb sets it ("stands at just three").
 */
export function hedgedAge(toks: readonly Tok[], s: number, end: number): boolean {
  if (isWord(toks[s - 1], "as") && AGE_BOUNDS.has(toks[s - 2]?.l ?? "") && isWord(toks[s - 3], "as")) return true;
  const hedge = toks[s];
  if (!isWord(hedge) || !AT_HEDGES.has(hedge.l) || !isWord(toks[s - 1], "at")) return false;
  const next = toks[end];
  const clauseEnd = next === undefined || (next.kind === PUNCT && next.s !== "%" && next.s !== "-");
  return clauseEnd && !LEVEL_BEFORE_AT.test(toks[s - 2]?.l ?? "");
}

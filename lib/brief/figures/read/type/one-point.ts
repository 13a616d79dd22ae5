import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// A league table's gap of one point ("just one point behind the leaders", "within one point of United", "top of the
// table by one point") is the margin the story counts, as "three points behind" is; "one" is otherwise mostly an
// article or a pronoun (one.ts), and "at one point" a moment, so only "point" with a word of standing around it counts.

/** Words after "point" that place a side against another in a table: "one point behind", "one point clear of". */
const STANDING_AFTER = new Set([
  "behind", "ahead", "clear", "adrift", "off", "above", "below", "short", "outside", "separating", "separates", "separate",
]);

/** Words before "one" (or before its "just" or "only") that measure a gap: "within one point of", "lead by one point". */
const GAP_BEFORE = new Set(["within", "by"]);

/** Whether the "one" at token `at`, whose next token is `end`, is a gap of one point in a table. */
export function onePointGap(toks: readonly Tok[], at: number, end: number): boolean {
  if (!isWord(toks[end], "point")) return false;
  const next = toks[end + 1];
  if (isWord(next) && STANDING_AFTER.has(next.l)) return true;
  const hedge = isWord(toks[at - 1], "just") || isWord(toks[at - 1], "only") ? 1 : 0;
  const before = toks[at - 1 - hedge];
  return isWord(before) && GAP_BEFORE.has(before.l);
}

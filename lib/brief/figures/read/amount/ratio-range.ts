import { plainDigits } from "#news/numbers.ts";
import { NUM, type Tok } from "#brief/figures/language/tokens.ts";

// "occurs in around one in 160,000 to 200,000 births", "one in 5 to 10 adults": a ratio's whole said as a range. The
// share reader took "one in 160,000" and stopped, so the range's second end was read alone as a count of the noun
// after it ('200,000 — births [count]', card audit 18's sample L, a junk row). The second end belongs to the ratio.

/** Words that join a range's two ends. */
const JOINS = new Set(["to", "and", "or", "-"]);

/** The second end of a ratio's whole after `end` ("to 200,000"), larger than the first (`bottom`), and the token after it; else undefined. */
export function ratioRange(toks: readonly Tok[], end: number, bottom: number): { top: number; end: number } | undefined {
  const join = toks[end];
  const second = toks[end + 1];
  if (join === undefined || !JOINS.has(join.l) || second?.kind !== NUM) return undefined;
  const digits = plainDigits(second.s);
  const top = digits === undefined ? Number.NaN : Number(digits);
  return top > bottom ? { top, end: end + 2 } : undefined;
}

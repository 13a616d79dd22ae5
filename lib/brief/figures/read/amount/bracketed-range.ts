import { CURRENCY_WORDS } from "#news/numbers.ts";
import { afterConversion } from "#brief/figures/language/bracket-conversion.ts";
import { CUR, isWord, type Tok } from "#brief/figures/language/tokens.ts";
import type { Reading } from "#brief/figures/read/amount/reading.ts";

// "between $40 (£26) and $90", "from £5m ($7m) to £10m": a range whose first end carries its conversion in a bracket.
// Read without the bracket, "$40 and $90" is one range; with it, the bracket stood where read-range.ts looks for "and"
// or "to", so the range was read as two amounts (the second labelled by what follows it, "a year"). The bracket is
// the first end said again in other money, not a word between the ends: the range reads on past it, and the bracket's
// amount is kept as the range's conversion (range-conversion.ts), as a single amount's is (link.ts).

/**
 * Where a range's "and", "to", "or" or hyphen may stand after the amount read so far: `r.j` itself, or past a bracketed
 * conversion of a money amount ("$40 (£26) and $90"); read-range.ts asks whether a range's word stands there. Only
 * after money ("Between 300 (£26 each) and 400 tickets": a count has no conversion), and only a bracket that names money
 * ("(£26)", "(AUD $55)"): "$40 (2010) to $90" is no range of prices.
 */
export function rangeSeparator(r: Reading): number {
  const { toks } = r;
  if (r.currency === undefined) return r.j;
  const close = afterConversion(toks, r.j);
  return namesMoney(toks, r.j + 1, close - 1) && moneyAt(toks, close + 1) ? close : r.j;
}

/**
 * Whether the amount at `k` is said as money: its sign ("$90"), or a currency word after its number ("600 euros", "600
 * million euros"). A writer who converts the first end names the money at the second: "gave $5 (£3) to 10 people" is
 * $5 given to ten people, no range of five to ten dollars.
 */
function moneyAt(toks: readonly Tok[], k: number): boolean {
  if (toks[k]?.kind === CUR) return true;
  return [1, 2].some((d) => isWord(toks[k + d]) && CURRENCY_WORDS.has(toks[k + d]!.l));
}

/** Whether the tokens from `a` to before `b` hold a currency sign or a currency word ("£26", "149 euros"). */
function namesMoney(toks: readonly Tok[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const t = toks[k];
    if (t !== undefined && (t.kind === CUR || (isWord(t) && CURRENCY_WORDS.has(t.l)))) return true;
  }
  return false;
}

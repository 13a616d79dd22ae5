import { currencyWord } from "#brief/figures/language/currency-word.ts";
import { runOnPair } from "#brief/figures/read/amount/run-on-pair.ts";
import { readCore } from "#brief/figures/read/amount/read-core.ts";
import { namesNothingAfter } from "#brief/figures/read/amount/elided-currency.ts";
import type { Reading } from "#brief/figures/read/amount/reading.ts";
import { CURRENCY_SYMBOLS, scaleDigits } from "#news/numbers.ts";
import { adjacent, CUR, isWord } from "#brief/figures/language/tokens.ts";

// "About 602 and 402 million people live in India and China", "fined $30 and $40 million": the first of a pair said
// without a scale takes the second's, as the first end of "between 3 and 4 million" does (read-range.ts); read alone
// it was 602 people ('About 602'). An editor reads both in millions wherever the two are of one size, the first
// bare: "3 and 4 million" too. Not a first of another size ("1,500 and 2 million": 1,500 as written), nor one with
// a unit, a compound or a scale of its own, nor a second sum in another currency.

/** How many times larger than the second's digits the first may be and still be of one size with them. */
const SAME_SIZE = 10;

/**
 * How many times smaller: "The two stations drew 3 and 45 million viewers" is 3 million, as an editor reads it (a
 * small first is no smaller count of the same thing said bare); "Channel 4 and 600 million viewers" stays apart.
 */
const FAR_SMALLER = 100;

/** The largest first number that can stand for a scaled one: "602 and 402 million", not "1,500 and 2 million". */
const LARGEST_BARE = 1000;

/** Scales the first of a pair "N and M million" by the second's scale, and keeps the scale's word for its display. */
export function sharedScale(r: Reading): void {
  const { toks, core } = r;
  if (core.exponent !== 0 || core.digits === undefined || core.ordinal || core.words || r.j !== core.end) return;
  if (r.valueMax !== undefined || r.percent || r.glued !== undefined || r.compound !== undefined || !isWord(toks[r.j], "and")) return;
  let k = r.j + 1;
  // "$30 and $40 million": a second sum in the same money; a sum after a bare count ("30 and $40 million") is another.
  const sign = toks[k]?.kind === CUR ? CURRENCY_SYMBOLS.get(toks[k]!.s) : undefined;
  if (sign !== undefined && sign !== r.currency) return;
  if (sign !== undefined) k++;
  const second = readCore(toks, k);
  if (second === undefined || second.exponent === 0 || second.digits === undefined || second.ordinal) return;
  // "fined $30 and 40 million in the cases": a bare second after a sum drops its sign as an elided sum does, when it
  // names nothing of its own (elided-currency.ts); "Tickets cost $30 and 40 million people watched" counts people.
  if (sign !== r.currency && !namesNothingAfter(toks, second.end)) return;
  // ("602 and 402m" with no money is as likely metres: the scale only where readCore took it for one of money.)
  if (second.bareM && r.currency === undefined) return;
  const first = Math.abs(r.value);
  const digits = Number(second.digits);
  if (first >= LARGEST_BARE || first * FAR_SMALLER < digits || digits * SAME_SIZE < first) return;
  // "Apollo 11 and 600 million viewers": a name's number counts nothing (tagged last: the tagger runs on a first read).
  if (toks[r.i - 1]?.pos === "PROPN") return;
  // "The club won 2 and 30 million fans watched": two clauses run on, no pair (run-on-pair.ts).
  if (runOnPair(toks, r.s, second.end)) return;
  const scale = toks[second.end - 1]!;
  r.value = Math.sign(r.value) * scaleDigits(core.digits, second.exponent);
  // "made 3 and 4 million dollars": the currency word after the second is the first's money too.
  r.currency ??= currencyWord(toks[second.end]);
  r.scale = adjacent(toks[second.end - 2], scale) ? scale.s : ` ${scale.s}`;
}

import type { Raw } from "#brief/figures/card/figure.ts";
import { CARDINAL_WORDS } from "#news/numbers.ts";
import { isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";

// "a roll of £50 notes", "the bag of $100 bills", "€500 notes": money before a plural of banknotes names which note
// (its denomination), not a sum anyone holds or pays; how many notes there were is unsaid. On a card it read
// '£50 — roll', '$100 — package' (card-audit-33, sample AA; 5 such amounts in 3 dev articles, each on its card).
// One note ("stole a £5 note") is the sum itself and stays; so does a plural of other money ("£1,000 bills" to
// pay, "$500m notes" of debt): only a denomination a note is printed in, and "bills" only of dollars, since a pound's
// bills are invoices. A dollar's "bills" are invoices as often ("families faced $100 bills for ambulance rides"), so
// they are notes only when the amount follows "of" or "in" ("a bag of $100 bills", "paid in $20 bills") or a count
// of them ("five $100 bills").

/** Values banknotes are printed in. */
const DENOMINATIONS: ReadonlySet<number> = new Set([1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000]);

/** Dollars, whose banknotes are "bills". */
const DOLLARS: ReadonlySet<string> = new Set(["USD", "AUD", "CAD", "NZD", "HKD", "SGD", "TWD", "JMD"]);

/** Words before a dollar amount that make its "bills" banknotes: "a bag of $100 bills", "paid in $20 bills". */
const HELD_IN = new Set(["of", "in"]);

/** Whether a money figure is the denomination of the banknotes named right after it. */
export function banknote(toks: readonly Tok[], r: Raw): boolean {
  if (r.currency === undefined || r.valueMax !== undefined || !DENOMINATIONS.has(r.value)) return false;
  let k = r.e;
  if (isWord(toks[k], "bank")) k++;
  const noun = toks[k];
  if (isWord(noun, "notes") || isWord(noun, "banknotes")) return true;
  if (!isWord(noun, "bills") || !DOLLARS.has(r.currency)) return false;
  const before = toks[r.s - 1];
  return before !== undefined && (before.kind === NUM || CARDINAL_WORDS.has(before.l) || (isWord(before) && HELD_IN.has(before.l)));
}

import { phrase } from "#brief/figures/language/phrase.ts";
import { backNP } from "#brief/figures/language/noun-phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "Margins on a premium-class long-haul fare costing thousands of pounds will be higher", "Delays on a project costing
// £2bn": an amount after "costing" is the price of the noun "costing" hangs on, not of the clause's subject (card audit
// 23's sample Q: 'thousands of pounds — margins'). After a comma ("The scheme, costing £3m, was scrapped") the
// participle runs on from the clause and is read as before.

/** The noun phrase "costing" hangs on just before the amount at `s` ("a fare costing £900" → fare), or undefined. */
export function costingThing(toks: readonly Tok[], s: number): string | undefined {
  // After a comma or a verb ("The scheme, costing £3m", "The delays are costing £5,000") the noun phrase reading
  // stops at once, and the amount is read as before.
  if (!isWord(toks[s - 1], "costing")) return undefined;
  const np = backNP(toks, s - 1, false);
  return np === undefined ? undefined : phrase(toks, np[0], np[1]);
}

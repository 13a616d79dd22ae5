import { DURATIONS } from "#brief/figures/language/lexicon.ts";
import { windowEnd } from "#brief/figures/language/time-adverbial.ts";
import { rateVerb } from "#brief/figures/label/money/money-verb.ts";
import type { Tok } from "#brief/figures/language/tokens.ts";

// "Delta, which lost $646m in the three months to September", "have now lost $4 in five days": money said over a
// counted window is what its verb moved in that time. With no noun of its own and no subject before the verb, the
// amount fell back on the nearest noun phrase, the window's unit ('$646m — months'; card audit 32's shape of a label
// that is a duration beyond the window). The window is time-adverbial.ts' `windowEnd`, read after the amount here.

/** How many words a window may take from its preposition to its unit: "in the first three months". */
const WINDOW_REACH = 5;

/**
 * The noun of the money verb before an amount `s`..`e` that a counted window follows ("lost $646m in the three months"
 * → loss, "made $5m over two years" → earnings); undefined when no window follows or no money verb stands before.
 */
export function windowMoney(toks: readonly Tok[], s: number, e: number): string | undefined {
  for (let u = e + 2; u < toks.length && u - e <= WINDOW_REACH; u++) {
    if (!DURATIONS.has(toks[u]?.l ?? "")) continue;
    return windowEnd(toks, [e + 1, u + 1]) === e ? rateVerb(toks, s) : undefined;
  }
  return undefined;
}

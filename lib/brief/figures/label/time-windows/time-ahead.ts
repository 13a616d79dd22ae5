import type { Raw } from "#brief/figures/card/figure.ts";
import { CONJUNCTIONS } from "#brief/figures/language/lexicon.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "the cyst will need draining again in three months", "it is expected to be ready in three or four years": a time
// "in" a clause about the future is a time ahead, when the thing will happen ('three — months from now', as a time
// past is 'years ago'); the label was the unit alone. Only days and longer: "will run it in three hours" is as often
// how long a doing takes. A future in the past or a counterfactual ("would have bled to death in 60 seconds", "could
// be done in 10 seconds") says no time ahead, so only "will", "shall", "might", "may" and "expected/due/set to" count.

/** Units long enough that "in N units" after a future is when, not how long. */
const AHEAD_UNITS = new Set(["days", "weeks", "months", "years", "decades"]);

/** Words that make a clause a future: "will need", "might turn around", "expected to be ready". */
const FUTURE = new Set(["will", "'ll", "shall", "might", "may"]);

/** Adjectives and participles before "to" that make it a future: "expected to", "due to", "set to". */
const FUTURE_TO = new Set(["expected", "due", "set", "going", "likely"]);

/** Superlatives and "first", "only": "the biggest home tie in three decades", "the first visit in five years". */
const SINCE = /^(?:first|only|\p{L}{2,}est)$/u;

/** How far before "in" the future's word may stand: "will need draining again". */
const REACH = 6;

/**
 * "months from now" for the duration `r` (unit `unit`) after "in" in a clause a future word opens; "" for any other.
 * Only the words before the duration decide, so it takes no noun phrase end.
 */
export function timeAhead(toks: readonly Tok[], r: Raw, unit: string): string {
  const i = r.s - 1;
  if (!isWord(toks[i], "in") || !AHEAD_UNITS.has(unit)) return "";
  for (let k = i - 1; k >= 0 && i - k <= REACH; k--) {
    const t = toks[k]!;
    // "will host Britain's biggest home tie in three decades": after a superlative or "first", the time is since the
    // last one (duration-position.ts reads "first"), not ahead.
    if (!isWord(t) || CONJUNCTIONS.has(t.l) || SINCE.test(t.l)) return "";
    // "will have finished in two years": a future perfect looks back from then.
    const future = FUTURE.has(t.l) || (isWord(toks[k + 1], "to") && FUTURE_TO.has(t.l));
    if (future) return isWord(toks[k + 1], "have") ? "" : `${unit} from now`;
  }
  return "";
}

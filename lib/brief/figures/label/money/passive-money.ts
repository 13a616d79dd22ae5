import { phrase } from "#brief/figures/language/phrase.ts";
import { forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "Already $30,000 has been raised", "Within three days almost $190,000 has been raised": money that is the subject
// of a passive "raised" is the sum raised so far. With no noun of its own and no verb before it, the amount was
// left out or took a stray noun (card audit 23's sample Q: a fundraiser's "$30,000 has been raised" gave no figure;
// "Within three days almost $190,000 has been raised" gave "days"). Other money verbs are left alone: "only £41m had
// been spent" on a card took the slot of better figures and lost the "school sports facilities" the fallback read
// (4 of 6 cards with "spent", "transferred" or "paid" were no better).

/** Auxiliaries of a passive after the amount: "has been", "was", "will be", "had already been". */
const PASSIVE_AUX = new Set(["has", "have", "had", "was", "were", "is", "are", "been", "be", "being", "will", "would", "already", "now", "so", "far"]);

/**
 * Participles of fundraising and the label of the money they move. "donated" and "pledged" read the same way, but
 * "More than £13,900 has already been donated" then ranked a highlight's "two weeks in a medically-induced coma" off a
 * cnndm-dev card, so only "raised", the total a fundraising story reports, is read.
 */
const GIVEN: ReadonlyMap<string, string> = new Map([["raised", "raised"]]);

/** How many words of what the money was raised for are kept ("raised for the teen's surgery"). */
const FOR_WORDS = 4;

/** How many auxiliaries and adverbs may stand between the amount and its participle ("has already been"). */
const AUX_REACH = 4;

/** The noun of the money verb whose passive the amount ending at `e` is the subject of, or "" when there is none. */
export function passiveMoney(toks: readonly Tok[], e: number): string {
  let k = e;
  let passive = false;
  while (k < e + AUX_REACH && isWord(toks[k]) && PASSIVE_AUX.has(toks[k]!.l)) {
    // "has raised", "was spending": only a form of "be" makes the amount the thing moved.
    if (/^(?:was|were|is|are|been|be|being)$/.test(toks[k]!.l)) passive = true;
    k++;
  }
  const noun = passive && isWord(toks[k]) ? GIVEN.get(toks[k]!.l) : undefined;
  if (noun === undefined) return "";
  // "$76,000 was raised for the teen's surgery": what for, as "raised for the embattled owners" says it.
  if (!isWord(toks[k + 1], "for")) return noun;
  const start = pastDeterminers(toks, k + 2);
  const end = forwardNP(toks, start);
  return end > start ? `${noun} ${phrase(toks, k + 1, Math.min(end, start + FOR_WORDS))}` : noun;
}

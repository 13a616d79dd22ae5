import { ARTICLES, DETERMINERS } from "#brief/figures/language/lexicon.ts";
import { backNP } from "#brief/figures/language/noun-phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// The object a change verb changed, read back from the "by" of its amount (change-made.ts), past two things that
// stood between the object's head and the verb: an aside set off by commas ("reduce the number of its centrifuges,
// the equipment used to enrich uranium into nuclear fuel, by two thirds": the object was no object and the card read
// '— nuclear fuel'), a gerund after "of" ("cut the risk of suffering headaches by a third": the gerund was taken
// for the verb and the card read '— headaches') and a determiner after "of" ("cut the number of its centrifuges by
// two thirds": the phrase stopped at "its", whose "of" is no verb, and the card read '— centrifuges').

/** Longest aside stepped over, in tokens: an appositive's noun phrase and a short clause on it. */
const ASIDE_TOKENS = 14;

/** Where the phrase before a "by" at `by` ends: before an aside "…, the equipment used to …," closing at it. */
function beforeAside(toks: readonly Tok[], by: number): number {
  if (toks[by - 1]?.s !== ",") return by;
  for (let o = by - 2; o >= 0 && by - o <= ASIDE_TOKENS; o--) {
    const t = toks[o];
    if (t === undefined || t.s === "." || t.s === ";") return by;
    // An aside is a noun phrase of its own (an article opens it), not a clause's second half ("…, they said, by 5%").
    if (t.s === ",") return ARTICLES.has(toks[o + 1]?.l ?? "") ? o : by;
  }
  return by;
}

/** A tally before "of": a count's change names what is tallied ("stores"), a percent's the tally too. */
const TALLIES = new Set(["number", "total", "tally"]);

/**
 * The object's span before the "by" at `by`, over an aside and an "of" + gerund or determiner, or undefined. A count
 * keeps a tally's "of" unread ("cut the number of its stores by 40" → stores, as before); a percent reads it.
 */
export function madeObject(toks: readonly Tok[], by: number, percent: boolean): [number, number] | undefined {
  const end = beforeAside(toks, by);
  const object = backNP(toks, end);
  if (object === undefined) return undefined;
  // "the risk of suffering headaches", "the number of its centrifuges": the words after "of" are the noun's
  // complement, and the phrase runs on back over the "of" to its head.
  let k = object[0] - 1;
  const gerund = toks[k];
  if (isWord(gerund) && gerund.pos === "VERB" && gerund.l.endsWith("ing")) k--;
  while (k > object[0] - 4 && isWord(toks[k]) && DETERMINERS.has(toks[k]?.l ?? "")) k--;
  if (k < object[0] - 1 && isWord(toks[k], "of")) {
    const head = backNP(toks, k, false);
    const tally = head !== undefined && TALLIES.has(toks[head[1] - 1]?.l ?? "");
    if (head !== undefined && (percent || !tally)) return [head[0], end];
  }
  return [object[0], end];
}

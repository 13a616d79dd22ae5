import { PEOPLE } from "#brief/figures/language/lexicon.ts";
import { atSentenceStart, isCapitalised, isWord, tokenize } from "#brief/figures/language/tokens.ts";

// "denies murdering patients Tracey Arden, 44, Arnold Lancaster, 71 and Derek Weaver, 83, and deliberately poisoning
// 18 others": no count names the patients, so "others" found no noun (others.ts) and the card said '18 — others'. The
// people listed by name (with their ages between) are set out by a plural noun right before the first name, and the
// others are others of that noun: other patients.

/** How far back, in tokens, the named group may stand before the count: a list of three names with their ages. */
const REACH = 24;

/** The plural people noun right before a name ("patients Tracey Arden") before character `limit`, else undefined. */
export function namedGroup(text: string, limit: number): string | undefined {
  const toks = tokenize(text.slice(0, limit));
  for (let k = toks.length - 1; k >= 1 && toks.length - k <= REACH; k--) {
    const name = toks[k]!;
    const noun = toks[k - 1];
    if (!isCapitalised(name) || atSentenceStart(toks, k) || !isWord(noun) || isCapitalised(noun)) continue;
    // "others" is the count's own word; "people" names no group the others stand apart from.
    if (PEOPLE.has(noun.l) && noun.l !== "others" && noun.l !== "people" && noun.l.endsWith("s")) return noun.l;
  }
  return undefined;
}

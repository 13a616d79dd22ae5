import { participleSpelling, QUANTITY_NOUNS } from "#brief/figures/language/lexicon.ts";
import { backNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "Reports of people targeted increased by 300%": a past participle right before a verb closes the verb's subject as
// a reduced relative ("people [who were] targeted"), since two verbs of one clause never stand side by side. The
// subject reader stopped at the participle and named nothing, so the change took a noun elsewhere ('— people', or a
// time after the verb: "Cases of children abused jumped 40% in a decade" read '— decade').

/**
 * The subject ending at the participle before token k, the participle in it ("reports of people targeted"), past a
 * tally that says only how much ("the numbers of cyclists injured" → cyclists injured); undefined when the word is no
 * participle, it is the verb of "closed down 5.4 per cent", or no noun phrase precedes it.
 */
export function participleSubject(toks: readonly Tok[], k: number): [number, number] | undefined {
  const p = toks[k - 1];
  if (p === undefined || p.pos !== "VERB" || !participleSpelling(p.l)) return undefined;
  // "shares closed down 5.4 per cent": "up" or "down" after it makes the participle the verb, the word its adverb.
  if (isWord(toks[k], "up") || isWord(toks[k], "down")) return undefined;
  const np = backNP(toks, k - 1);
  if (np === undefined) return undefined;
  const head = pastDeterminers(toks, np[0]);
  const tally = QUANTITY_NOUNS.has(toks[head]?.l ?? "") && isWord(toks[head + 1], "of");
  const from = tally ? pastDeterminers(toks, head + 2) : np[0];
  return from < k - 1 ? [from, k] : undefined;
}

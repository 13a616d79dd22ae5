import { HEAD_JUMP, PLACE_ADVERBS } from "#brief/figures/language/lexicon.ts";
import type { Tok } from "#brief/figures/language/tokens.ts";

// "Purchases from abroad hit a new record of £20.6bn", "Visitors from overseas rose to a high of 3 million": a place
// adverb after a preposition closes the subject, and the word after it is the subject's verb. The tagger reads
// "overseas" as an adjective and the verb after it as its noun ("overseas rose", "overseas hit"), so the subject
// reader met no verb and the noun phrase read back from the amount took the verb for what rose ('3 million — rose').

/**
 * Whether a subject ends just before token v on a place adverb after a preposition ("Purchases from abroad",
 * "Visitors from overseas"), so the word at v is its verb, whatever the tagger calls it.
 */
export const placeEndsSubject = (toks: readonly Tok[], v: number): boolean =>
  PLACE_ADVERBS.has(toks[v - 1]?.l ?? "") && HEAD_JUMP.has(toks[v - 2]?.l ?? "");

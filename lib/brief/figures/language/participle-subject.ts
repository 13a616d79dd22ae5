import { CONJUNCTIONS, participleSpelling, QUANTITY_NOUNS } from "#brief/figures/language/lexicon.ts";
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
  if (p === undefined || p.pos !== "VERB" || !participleSpelling(p.l)) return participleComplement(toks, k);
  // "shares closed down 5.4 per cent": "up" or "down" after it makes the participle the verb, the word its adverb.
  if (isWord(toks[k], "up") || isWord(toks[k], "down")) return undefined;
  const np = backNP(toks, k - 1);
  if (np === undefined) return undefined;
  const head = pastDeterminers(toks, np[0]);
  const tally = QUANTITY_NOUNS.has(toks[head]?.l ?? "") && isWord(toks[head + 1], "of");
  const from = tally ? pastDeterminers(toks, head + 2) : np[0];
  return from < k - 1 ? [from, k] : undefined;
}

/** Prepositions of a participle's short complement: "reported to police", "seized by customs". */
const COMPLEMENT_OPENERS = new Set(["to", "by"]);

/** The most words a complement's noun phrase may have past its determiner: "by customs officers". */
const COMPLEMENT_WORDS = 2;

/**
 * "Hate crimes against Asians reported to police increased by 300%": a participle with a short complement ("to police",
 * "to the council", "by customs officers") closes the subject as a bare one does; the subject is the noun phrase before
 * the participle, the complement left out (it says how the count was kept, and a label has no room for it). The tagger
 * may call the complement's noun a verb ("police increased"), so its words are taken whatever their tag.
 */
export function participleComplement(toks: readonly Tok[], k: number): [number, number] | undefined {
  for (let width = 1; width <= COMPLEMENT_WORDS; width++) {
    // ("a party that finishes": a relative pronoun opens a clause of its own, no complement's word.)
    if (!toks.slice(k - width, k).every((t) => isWord(t) && !COMPLEMENT_OPENERS.has(t.l) && t.pos !== "PRON" && !CONJUNCTIONS.has(t.l))) return undefined;
    const det = isWord(toks[k - width - 1]) && toks[k - width - 1]!.pos === "DET" ? 1 : 0;
    const opener = toks[k - width - 1 - det];
    const at = k - width - 2 - det;
    const p = toks[at];
    if (!isWord(opener) || !COMPLEMENT_OPENERS.has(opener.l) || p?.pos !== "VERB" || !participleSpelling(p.l)) continue;
    const np = backNP(toks, at);
    return np === undefined ? undefined : [pastDeterminers(toks, np[0]), at];
  }
  return undefined;
}

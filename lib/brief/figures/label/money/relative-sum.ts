import { AUXILIARIES, SPEECH_VERBS } from "#brief/figures/language/lexicon.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { pronounSum } from "#brief/figures/label/money/pronoun-sum.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "there is no mention of the £45 million the council spent on consultants", "no reference to the $7bn which his
// ministry had spent on new tanks": a sum after "the" with no noun of its own, which a relative clause right after it
// says what was done with. The clause (its subject, verb and the verb's phrase) is what the money is; without it the
// label fell back on the noun governing "of the" ('£45 million — mention', card audit 48's shape 1) or the
// sentence's subject ('— critics').

/** Words a relative clause's subject opens with after the sum: "the" and an owner. */
const SUBJECT_OPENERS = new Set(["the", "his", "her", "its", "their", "our", "my", "your"]);

/** Subject pronouns, no subject of the label's even after a determiner's check. */
const PRONOUN_SUBJECTS = new Set(["he", "she", "they", "we", "i", "you", "it"]);

/** Prepositions of the verb's phrase the label keeps ("spent on consultants", "borrowed from the banks"). */
const PREPS = new Set(["on", "from", "for", "in", "at", "to", "by", "with", "into"]);

/** The most words of the subject and of the verb's phrase the label names. */
const PHRASE_WORDS = 3;

/**
 * The label of a sum from `s` to `e` after "the" that a relative clause follows ("the £45 million [that] the council
 * spent on consultants" → "council spent on consultants"); undefined when none follows.
 */
export function relativeSum(toks: readonly Tok[], s: number, e: number): string | undefined {
  if (!isWord(toks[s - 1], "the")) return undefined;
  // "the $120 million he will be paid": a pronoun subject names the money by its verb's noun (pronoun-sum.ts).
  const byPronoun = pronounSum(toks, e);
  if (byPronoun !== undefined) return byPronoun;
  let k = isWord(toks[e], "that") || isWord(toks[e], "which") ? e + 1 : e;
  // The clause's subject opens with "the" or an owner ("the council", "his ministry"): a pronoun whose verb moves
  // no money ("the £5,000 he'd give") leaves a verb alone, no better than the neighbour; "a" after a sum is a rate
  // or a compound ("the 138p a share offer", "the $19.99 a month service").
  if (!isWord(toks[k]) || !SUBJECT_OPENERS.has(toks[k]!.l)) return undefined;
  const from = pastDeterminers(toks, k);
  if (from === k || PRONOUN_SUBJECTS.has(toks[from]?.l ?? "")) return undefined;
  const end = forwardNP(toks, from);
  if (end <= from || toks[end - 1]?.pos === "VERB") return undefined;
  const subject = phrase(toks, from, Math.min(end, from + PHRASE_WORDS));
  k = end;
  while (isWord(toks[k]) && AUXILIARIES.has(toks[k]!.l)) k++;
  const verb = toks[k];
  // "the £310,000 the judge said he made": a report of the clause, whose speaker is not what the money is.
  if (!isWord(verb) || verb.pos !== "VERB" || AUXILIARIES.has(verb.l) || SPEECH_VERBS.has(verb.l)) return undefined;
  let tail = "";
  const prep = toks[k + 1];
  if (isWord(prep) && PREPS.has(prep.l)) {
    const head = pastDeterminers(toks, k + 2);
    const np = forwardNP(toks, head);
    if (np > head) tail = ` ${prep.l} ${phrase(toks, k + 2, Math.min(np, head + PHRASE_WORDS))}`;
  }
  return `${subject} ${verb.l}${tail}`;
}

import { CONJUNCTIONS, PARTICLES as VERB_PARTICLES } from "#brief/figures/language/lexicon.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// The words of a clause a duration's label takes after its unit (label-duration.ts, duration-predicate.ts): cut short
// where a phrase ends, never inside a noun phrase, and ended on no function word.

/** How many words of the clause a label takes after its unit: the card's labels are short (candidates.ts caps at 6). */
export const MAX_WORDS = 5;

/** Adverbs between a copula and what it says, which name nothing: "was also only in the air". */
export const SKIPPED = new Set(["also", "only", "still", "now", "already", "just", "never", "not", "even", "reportedly", "allegedly", "then", "actually", "effectively"]);

/**
 * A verb's particle, which its label keeps: "ruled out", "laid off", "locked up", "coming on". After a duration's "-ing"
 * verb "on" ends a phrasal verb too ("after coming on", "years waiting on"); after a count of people it is a preposition
 * ("gathered on the steps"), so it is added here only.
 */
export const PARTICLES = new Set([...VERB_PARTICLES, "on"]);

/** Words after a duration that measure it from or to an event: "days after the massacre", "weeks until the election". */
export const OFFSETS = new Set(["after", "before", "since", "until"]);

/** Whether the duration at s, its unit ending at npEnd, is "within" a time "of" something: "within 20 minutes of the call". */
export const withinOf = (toks: readonly Tok[], s: number, npEnd: number): boolean => isWord(toks[s - 1], "within") && isWord(toks[npEnd], "of");

/** "trying to conceive", "battling leukemia": an "-ing" verb and the words after it up to the clause's next break. */
export function clause(toks: readonly Tok[], from: number, max = MAX_WORDS): string {
  let end = from + 1;
  // A subject pronoun starts a clause of its own: "before indicating | they wanted to sign me".
  while (end < toks.length && end - from < CLAUSE_REACH && isWord(toks[end]) && !CONJUNCTIONS.has(toks[end]!.l) && !OFFSETS.has(toks[end]!.l) && !SUBJECTS.has(toks[end]!.l)) end++;
  return words(toks, from, end, max);
}

/** Pronouns that can only be a subject. */
export const SUBJECTS = new Set(["i", "he", "she", "we", "they"]);

/** How far a gerund's clause is read before it is cut where a phrase ends ("taking the lead through Hippolyte's…"). */
const CLAUSE_REACH = 10;

/**
 * The phrase from..to, cut where a phrase ends (before a preposition or conjunction, after a verb or its particle) so
 * it holds at most MAX_WORDS words and no noun phrase is cut short ("kicking an alleged horse thief", not "kicking an
 * alleged horse"); trailing function words and adverbs dropped; "" when nothing is left.
 */
export function words(toks: readonly Tok[], from: number, to: number, max = MAX_WORDS): string {
  let end = to;
  const cut = to - from > max;
  if (cut) {
    // The last place a phrase ends within the budget: before a preposition, conjunction, particle or pronoun
    // ("coming on | with what looked like…"), or after the first word (a verb alone).
    end = from;
    for (let k = from + 1; k <= from + max; k++) {
      const t = toks[k];
      if (k === from + 1 || t === undefined || !isWord(t) || BOUNDARY_TAGS.has(t.pos ?? "")) end = k;
    }
  }
  while (end > from && trailing(toks, end - 1)) end--;
  // "trying to get a foothold in the market" cut to "trying" says nothing of what was tried.
  if (end === from || (cut && end === from + 1 && toks[from]?.pos === "VERB")) return "";
  const first = toks[from]!;
  // A verb or preposition starting the label is lowercase, even at the sentence's start ("Coming here for 25 years").
  const head = first.pos === "VERB" || first.pos === "ADP" || first.pos === "ADJ" ? first.l : phrase(toks, from, from + 1);
  return [head, phrase(toks, from + 1, end)].filter((w) => w !== "").join(" ");
}

/** Tags a phrase may be cut before: "ruled out | with a hamstring injury", "coming on | with what". */
const BOUNDARY_TAGS = new Set(["ADP", "CCONJ", "SCONJ", "PART", "PRON"]);

/** Tags that end no label: "in the UK for". */
const FUNCTION_TAGS = new Set(["ADP", "DET", "CCONJ", "SCONJ", "PART", "PRON", "AUX"]);

/**
 * A word a label does not end on: a function word (but a verb's particle, "ruled out"), or an adverb that names
 * nothing ("doing plastic surgery now"); an adverb the tagger may give a verb ("asked to fast") stays.
 */
function trailing(toks: readonly Tok[], k: number): boolean {
  const t = toks[k]!;
  if (PARTICLES.has(t.l) && toks[k - 1]?.pos === "VERB") return false;
  // "as the UK's | most senior policeman": an owner cut from what it owns names nothing.
  return FUNCTION_TAGS.has(t.pos ?? "") || SKIPPED.has(t.l) || t.l.endsWith("'s");
}

import { CLAUSE_VERBS } from "#brief/figures/language/lexicon.ts";
import { irregularPast, participleSpelling } from "#brief/figures/label/durations/past-doing.ts";
import { backNP } from "#brief/figures/language/noun-phrase.ts";
import { isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";

// "was given a 26-week sentence suspended for 12 months", "the end of a sacred tunnel sealed for nearly 1,800 years": a
// participle right after an object's noun, right before a time's "for", is a passive with its "which was" left out, and
// the time is how long the noun was so ('12 — months suspended'). The label was the unit alone: duration-predicate.ts
// read the participle as a past with no object, which names no doing ("vanished for six weeks"), and the comma of
// "…, suspended for two years" was its only sign of a reduced passive. A subject's noun before a past is the past's
// own ("after the singer vanished for six weeks"), so the noun phrase must be
// the object of a verb, of a preposition or of a verb's pronoun object ("handed her a jail sentence suspended"), or a
// sentence's subject whose own verb comes after the time ("The woman kidnapped for five days was found": the
// participle cannot be her past when "was" follows; it read 'days found', the main verb's).

/** Prepositions whose object a reduced passive may describe: "of a sacred tunnel sealed". */
const OBJECT_PREPOSITIONS = new Set(["of", "in", "at", "on", "with", "to", "from", "into", "inside", "under", "through"]);

/** Object pronouns a verb's second object may follow: "handed her a 10-month jail sentence". */
const OBJECT_PRONOUNS = new Set(["him", "her", "them", "me", "us"]);

/** A unit glued to an amount by a hyphen before the noun phrase: "a 26-week sentence", "a 10-month jail sentence". */
const UNITS_BEFORE = /^(?:day|week|month|year)$/;

/** Verbs of showing, whose object may be a clause as a verb of saying's is: "proves the authorities knew". */
const SHOWING = new Set(["prove", "proves", "proved", "show", "shows", "showed", "suggest", "suggests", "suggested", "mean", "means", "meant"]);

/** Participles of jailing, which prison-term.ts names a term ("a man jailed for 12 years"), not a state. */
const JAILING = /^(?:jailed|imprisoned|sentenced)$/;

/** Finite auxiliaries that open a subject's own verb after a reduced passive: "The man held for 12 years was freed". */
const FINITE = new Set(["is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may", "might"]);

/**
 * Whether the participle at `k`, right before the time's "for" at `f`, describes the common noun before it as a
 * passive with its "which was" left out: "a 26-week sentence suspended for 12 months" → months suspended; `next` is
 * the word after the time's unit.
 */
export function reducedPassive(toks: readonly Tok[], k: number, f: number, next: Tok | undefined): boolean {
  const t = toks[k];
  // ("the authorities knew for 14 months": an irregular simple past is no participle; "-ed" and "-en" are.)
  if (k + 1 !== f || !isWord(t) || !(participleSpelling(t.l) || irregularPast(t.l)) || JAILING.test(t.l)) return false;
  if (toks[k - 1]?.pos !== "NOUN") return false;
  const np = backNP(toks, k, false);
  if (np === undefined) return false;
  // Back over what the noun phrase leaves out before it: its article, an amount ("a 26-week sentence").
  let b = np[0] - 1;
  const left = (t: Tok | undefined): boolean => t?.pos === "DET" || t?.kind === NUM || t?.s === "-" || UNITS_BEFORE.test(t?.l ?? "");
  while (b >= 0 && left(toks[b])) b--;
  const before = toks[b];
  // "The man held for 12 years was freed": a sentence's subject, its verb after the time.
  // ("held" too: with the subject's verb after the time, an irregular past can only be a participle.)
  if (b < 0 || before === undefined) return isWord(next) && FINITE.has(next.l);
  if (!isWord(before) || !participleSpelling(t.l)) return false;
  // "proves the authorities ignored for 14 months that …": after a verb of saying, knowing or showing, the noun
  // phrase is a reported clause's subject, and its past is the clause's.
  if (before.pos === "VERB") return !CLAUSE_VERBS.has(before.l) && !SHOWING.has(before.l);
  if (before.pos === "ADP" && OBJECT_PREPOSITIONS.has(before.l)) return true;
  return OBJECT_PRONOUNS.has(before.l) && toks[b - 1]?.pos === "VERB";
}

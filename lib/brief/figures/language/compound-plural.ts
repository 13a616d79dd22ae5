import { CARDINAL_WORDS } from "#news/numbers.ts";
import { PERSON_NOUNS } from "#brief/figures/language/lexicon.ts";
import { isWord, NUM, PUNCT, type Tok } from "#brief/figures/language/tokens.ts";

// "sent out 55,000 promotion packs but had now stopped": the tagger calls "packs" a verb whose subject is "promotion",
// but a number above one never counts a singular noun ("55,000 promotion"), so the "-s" word after it is the plural
// head of a compound noun ("promotion packs"), as "5,000 ticket sales", "300 job cuts" are. Only at the end of its
// clause (before punctuation, a conjunction or a preposition) or before the clause's own verb ("Three felony counts
// remain": two verbs in a row, so the first is the subject's head): "the 50 company owns a plane" still reads a verb.

/** A noun that is already plural, with or without "s" ("Two people stands on the edge" has its verb after it). */
const PLURAL = /(?:s|men|people|children|police|staff|cattle|teeth|feet|mice|geese)$/;

/** Nouns in "s" that are singular in use: a compound's first noun ("32 pilates stretches", "six fitness classes"). */
const SINGULAR_S = /(?:ss|us|is|ics|pilates)$/;

/** Singular people an epithet's number is said of ("a 14-time major winner", "the two-time world champion"). */
const EPITHET_HEADS = new Set(["winner", "champion", "medallist", "medalist", "holder", "finalist"]);

/**
 * How many modifiers may stand between the number and the singular noun: "32 unique dance poses", "12 new promotion
 * packs" (the thirty-fifth round's '— unique dance'); a longer run is no count's phrase this rule should reach into.
 */
const MODIFIERS = 2;

/** Whether the "-s" word at k, tagged a verb, is the plural head after a number, its modifiers and a singular noun. */
export function pluralHeadAfterNoun(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  const noun = toks[k - 1];
  if (!isWord(t) || !/[^s]s$/.test(t.l) || !isWord(noun) || noun.pos !== "NOUN" || (PLURAL.test(noun.l) && !SINGULAR_S.test(noun.l))) return false;
  // The number may stand before the noun's adjectives or other nouns, as "32 unique dance poses" (not "32 dance").
  let m = k - 2;
  while (m >= k - 1 - MODIFIERS && isWord(toks[m]) && (toks[m]!.pos === "ADJ" || (toks[m]!.pos === "NOUN" && !PLURAL.test(toks[m]!.l)))) m--;
  const n = toks[m];
  // "The 14 major winner stands at the tee": a number before a modified singular person is an epithet's ("the 14-time
  // major winner"), and the "-s" word the person's verb ("the five basic vertebrate tastes" still counts).
  if (m < k - 2 && (PERSON_NOUNS.has(noun.l) || EPITHET_HEADS.has(noun.l))) return false;
  const many = n?.kind === NUM ? Number(n.s.replace(/,/g, "")) > 1 : (CARDINAL_WORDS.get(n?.l ?? "") ?? 0) > 1;
  const after = toks[k + 1];
  // "performing 26 unique yoga poses while in a very hot room": a clause a subordinating word opens may follow the
  // head as a preposition's phrase does (card audit 42's '26 — unique yoga': the tagger read "poses" a verb before it).
  const ends = after === undefined || after.kind === PUNCT || after.pos === "CCONJ" || after.pos === "SCONJ" || after.pos === "ADP";
  return many && (ends || after.pos === "VERB" || after.pos === "AUX");
}

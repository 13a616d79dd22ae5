import { POSSESSIVES, PREPOSITIONS, PRONOUNS } from "#brief/figures/language/lexicon.ts";
import { nameSubject } from "#brief/figures/label/ranks/name-subject.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { backNP, forwardNP } from "#brief/figures/language/noun-phrase.ts";
import { verbSubject } from "#brief/figures/language/subject.ts";
import { spanWords } from "#brief/figures/label/ranks/rank-place.ts";
import { adjacent, atSentenceStart, isCapitalised, isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";

// "Princess Diana came second", "Kate Middleton came fourth", "finished sixth in the Derby", "placed third": a bare
// ordinal after a verb of finishing is the place its subject took, which no reading took (ordinals.ts reads an ordinal
// only before "in the standings", after an owner or in "for the Nth time"), so a poll's or a race's places were never
// candidates (card audit 17, sample K: the highlights' "Princess Diana came second" and "Queen Elizabeth I came sixth").
// Labelled as rank-place.ts labels "finished in fourth place": by the event it is in ("place in the Derby"), else by
// the subject ("place of Princess Diana"); else no figure, as "place" alone says nothing of what is ranked.

/** Pronouns whose place the sentence before may name: "Arsenal won 2-0. They are third." */
export const OPENING_PRONOUNS = new Set(["they", "he", "she"]);

/** Verbs after which a bare ordinal is a place taken; "came in second" too. */
const FINISHED = new Set(["came", "come", "comes", "coming", "finished", "finish", "finishes", "finishing", "placed"]);

/** Words an ordinal of place is followed by; a noun after it makes it an order word ("came second hand", "finished second season"). */
const AFTER = new Set(["in", "at", "on", "behind", "ahead", "just", "narrowly", "equal", "jointly", "to", "with", "and", "but", "after", "overall", "of", "for", "again", "last", "this"]);

/** The label of a place "came/finished/placed Nth" (the ordinal from `i` to `e`), or undefined when it is none. */
export function cameOrdinal(toks: readonly Tok[], i: number, e: number): string | undefined {
  let v = i - 1;
  // "came in second": "in" is the verb's particle.
  if (isWord(toks[v], "in") && isWord(toks[v - 1], "came")) v--;
  const verb = toks[v];
  if (!isWord(verb) || !FINISHED.has(verb.l)) return undefined;
  return placeTaken(toks, v, e);
}

/**
 * Whether a person's name ends right before the comma at c, and no preposition leads it ("Doyle, 38," but not
 * "In Paris, 12,": a place's name before a number between commas is no subject with an age).
 */
function agedName(toks: readonly Tok[], c: number): boolean {
  let k = c;
  while (k > 0 && isWord(toks[k - 1]) && isCapitalised(toks[k - 1]!) && !PREPOSITIONS.has(toks[k - 1]!.l)) k--;
  return k < c && !PREPOSITIONS.has(toks[k - 1]?.l ?? "");
}

/**
 * The label of a bare ordinal ending at `e` that is the place the subject of the verb at `v` took: by the ranking it
 * is in, else by that subject; undefined when a noun follows it or no subject is named.
 */
export function placeTaken(toks: readonly Tok[], v: number, e: number): string | undefined {
  const verb = toks[v]!;
  const next = toks[e];
  if (isWord(next) && !AFTER.has(next.l)) return undefined;
  // "finished fourth in his final ride": a possessive opens the event as "the" does.
  if (isWord(next, "in") && (isWord(toks[e + 1], "the") || POSSESSIVES.has(toks[e + 1]?.l ?? ""))) {
    const end = forwardNP(toks, e + 2);
    if (end > e + 2) return `place in ${toks[e + 1]!.l} ${phrase(toks, e + 2, end)}`;
  }
  // "Queen Elizabeth I came sixth": a regnal "I" after a name is no pronoun; the subject is the name before it.
  const regnal = toks[v - 1]?.s === "I" && toks[v - 2] !== undefined && isCapitalised(toks[v - 2]!) && !atSentenceStart(toks, v - 2);
  // "Doyle, 38, finished third": the subject's age between commas stands between it and the verb (aside-age.ts reads
  // the age; card-audit-53's made-up shape 9: the place was no candidate).
  const aged = toks[v - 1]?.s === "," && toks[v - 2]?.kind === NUM && toks[v - 3]?.s === "," && agedName(toks, v - 3);
  const k = regnal ? v - 1 : aged ? v - 3 : v;
  // "pressure on the champion team with Vettel finishing third": an "-ing" form's subject is the noun right before it,
  // not the head a preposition leads back to.
  const span = verb.l.endsWith("ing") ? backNP(toks, k, false) : verbSubject(toks, k);
  // "Spurs finished fifth": a club's name the tagger took for a verb (name-subject.ts).
  if (span === undefined) {
    const name = verb.l.endsWith("ing") ? undefined : nameSubject(toks, k);
    // "They are third": a pronoun opening the sentence holds it; candidates.ts names it by the sentence before (pronoun-place.ts).
    if (name === undefined) return OPENING_PRONOUNS.has(toks[k - 1]?.l ?? "") && atSentenceStart(toks, k - 1) ? "place" : undefined;
    return `place of ${name}`;
  }
  // "The 29-year-old finished second": the noun phrase starts at the number its compound is glued to.
  const [a, b] = span;
  // "the fate of Bali Nine drug smugglers is probably third": a name the phrase reader cut (at "Nine") names no holder.
  const before = toks[a - 1];
  if (isWord(before) && isCapitalised(before) && !atSentenceStart(toks, a - 1)) return undefined;
  const glued = toks[a - 1]?.s === "-" && toks[a - 2]?.kind === NUM && adjacent(toks[a - 2], toks[a - 1]) && adjacent(toks[a - 1], toks[a]);
  const words = glued ? `${toks[a - 2]!.s}-${phrase(toks, a, b)}` : spanWords(toks, span);
  const subject = regnal ? `${words} I` : words;
  return PRONOUNS.has(subject.toLowerCase()) ? undefined : `place of ${subject}`;
}

import { PEOPLE, PERSON_NOUNS } from "#brief/figures/language/lexicon.ts";
import { isWord, PUNCT, type Tok, WORD } from "#brief/figures/language/tokens.ts";

// An age limit required without "aged": "jurors at crown and county courts must be 19,", "drivers have to be at least
// 21", "Voters must be 18 or over". Read as a count, it took a neighbouring noun ('19 — county courts'; card audit 43,
// sample AK: a type error); it is an age, off the card, as "the drinking age is 17" already is. The number ends its
// clause (a stop, or a small word: "or over", "to vote"): a noun after it is what it counts ("must be 19 metres").
// A limit's change ("a reduction of the drinking age to 16", "lowered to 30") stays a figure: change-after.ts and
// limit-changed.ts label it by the limit, the story's news.

/** Small words that may follow an age and end its phrase: "must be 18 or over", "18 to vote", "to 16 in Wales". */
const AFTER = new Set(["or", "and", "to", "for", "in", "before", "by", "from", "under", "when", "if", "at", "next", "this"]);

/** Modals that make "be N" a requirement: "must be 19", "should be 16". */
const MODALS = new Set(["must", "should", "shall"]);

/** Verbs before "to be N" that make it a requirement: "have to be 18", "needs to be 21". */
const NEEDS = new Set(["have", "has", "had", "need", "needs"]);

/** Whether the bare number whose phrase runs from `s` (hedge included) to `end` is a required age ("must be 19"). */
export function ageLimit(toks: readonly Tok[], s: number, end: number): boolean {
  const next = toks[end];
  const ends = next === undefined || (next.kind === PUNCT && next.s !== "%" && next.s !== "-") || (isWord(next) && AFTER.has(next.l));
  if (!ends || !isWord(toks[s - 1], "be")) return false;
  const modal = required(toks, s - 2);
  return modal >= 0 && personBefore(toks, modal);
}

/** Where the words before "be" at `k + 1` that require it start ("must be", "have to be"), else -1. */
function required(toks: readonly Tok[], k: number): number {
  const w = toks[k];
  if (!isWord(w)) return -1;
  if (MODALS.has(w.l)) return k;
  return w.l === "to" && NEEDS.has(toks[k - 1]?.l ?? "") ? k - 1 : -1;
}

/** How far back from the modal the clause's subject may name its people: "jurors at crown and county courts must". */
const SUBJECT_REACH = 8;

/** Nouns of people by their ending: "applicants", "drivers", "jurors", "residents", "cyclists", "pensioners". */
const PEOPLE_ENDING = /(?:ers|ors|ants|ents|ists|ians)$/;

/**
 * Plurals with a people ending that name things: "Orders must be 20 or more" is a minimum, no age (the round's
 * review). A noun made with -ment is an act or a thing ("payments", "documents"); the others are common things whose
 * ending is no agent's ("orders", "letters", "errors", "plants", "lists").
 */
const MENT = /ments$/;
const THINGS = new Set(
  ("orders numbers letters papers waters matters layers offers powers answers chapters meters centers centres " +
    "filters computers containers towers tiers quarters borders barriers registers characters headquarters " +
    "errors doors floors sectors factors colors motors mirrors vectors indicators monitors corridors " +
    "plants grants restaurants variants lists wrists").split(" "),
);

/** A plural that names people by its ending, not a thing's plural with the same ending. */
const peopleByEnding = (w: string): boolean => PEOPLE_ENDING.test(w) && !MENT.test(w) && !THINGS.has(w);

/**
 * Whether the clause before the modal at `m` names people: only a person has an age to require. "Turnout must be 50
 * or above" and "The price should be 20 or less" were read as ages and dropped (the round's review).
 */
function personBefore(toks: readonly Tok[], m: number): boolean {
  for (let k = m - 1; k >= 0 && m - k <= SUBJECT_REACH; k--) {
    const t = toks[k] as Tok;
    if (t.kind !== WORD) return false;
    if (PEOPLE.has(t.l) || PERSON_NOUNS.has(t.l) || peopleByEnding(t.l)) return true;
  }
  return false;
}
